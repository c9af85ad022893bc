package org.kairos.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kairos.parser.Ast;

/** The names of one module, class or function scope and how each one is stored. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** Where a name lives. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    final Kind kind;
    final Scope parent;
    final String name;
    final String qualname;
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final List<String> params = new ArrayList<>();
    final LinkedHashSet<String> cellvars = new LinkedHashSet<>();
    final LinkedHashSet<String> freevars = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Binding> bindings = new HashMap<>();
    boolean isGenerator;
    boolean isCoroutine;
    boolean isComprehension;
    boolean usesSuper;
    boolean usesAwait;
    /**
     * Names first bound after a suspension point (await, yield, async for/with, and the start of
     * an async def) in source order; their boxing-elimination tag is "object" from the first call
     * (see SuspendedLocals).
     */
    final Set<String> boundAfterSuspension = new LinkedHashSet<>();
    /** While analyzing: a suspension point of this scope has been seen in source order. */
    boolean suspended;
    /** While analyzing: the suspension points seen so far outside conditional expressions. */
    int unconditionalSuspensions;
    /** While analyzing: the depth of conditional subexpressions (and/or operands, if-else arms). */
    int conditionalDepth;
    /**
     * The {@code while} and {@code for} loops of this scope that suspend on every iteration (see
     * {@code ScopeAnalyzer.loopBody}): compiled code ends at each suspension, so they need no
     * fence to see other threads' writes (see {@code KairosRootNode.loopFence}).
     */
    final Set<Ast.Node> alwaysSuspendingLoops = Collections.newSetFromMap(new IdentityHashMap<>());

    boolean isAsyncGenerator() {
        return isCoroutine && isGenerator;
    }

    Scope(Kind kind, Scope parent, String name, String qualname) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.qualname = qualname;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isLocalHere(String n) {
        return kind == Kind.FUNCTION && assigned.contains(n) && !globals.contains(n) && !nonlocals.contains(n);
    }

    Binding binding(String n) {
        Binding b = bindings.get(n);
        if (b != null) {
            return b;
        }
        if (globals.contains(n)) {
            return Binding.GLOBAL_EXPLICIT;
        }
        if (freevars.contains(n)) {
            return Binding.FREE;
        }
        if (kind == Kind.MODULE) {
            return Binding.NAME;
        }
        if (kind == Kind.CLASS) {
            return Binding.NAME;
        }
        if (cellvars.contains(n)) {
            return Binding.CELL;
        }
        if (isLocalHere(n)) {
            return Binding.LOCAL;
        }
        return Binding.GLOBAL_IMPLICIT;
    }
}
