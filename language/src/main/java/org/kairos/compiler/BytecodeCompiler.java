package org.kairos.compiler;

import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.source.Source;
import org.kairos.KairosLanguage;
import org.kairos.nodes.KairosRootNodeGen;
import org.kairos.parser.Ast;
import org.kairos.parser.Ast.*;
import org.kairos.parser.Ast.Module;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBytes;
import org.kairos.runtime.Ops.CmpOp;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Signature;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits one Bytecode DSL root per module, function, lambda, comprehension and class body. Function
 * bodies are queued and compiled after the root that defines them, so roots never nest; in bundled
 * modules a {@code def} body is instead compiled on its first call, as a batch of its own.
 */
final class BytecodeCompiler {
    private final KairosLanguage language;
    private final Source source;
    private final String filename;
    private final ScopeAnalyzer analyzer;
    private final Module module;
    /** Code objects by creation order, reused when the DSL re-runs the parser. */
    private final List<PCode> codes;
    private int codeCounter;
    /**
     * Code objects by their AST node, shared by the module's batch and the batches compiled later
     * from the same tree (lazy bodies, eager entries): the two roots of a coroutine create the same
     * nested code objects, whose bodies only the batch that created them compiles.
     */
    private final Map<Ast.Node, PCode> codeOf;
    /** The code objects this compiler created, whose bodies it compiles (again when the DSL re-parses). */
    private final Set<PCode> owned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Set for the batch of a coroutine's eager entry (see {@link #compileEagerEntry}): the code whose root it is. */
    private PCode eagerEntryOf;
    final List<PCode> rootOrder = new ArrayList<>();
    /** The scope of each root in {@link #rootOrder}. */
    final List<Scope> rootScopes = new ArrayList<>();
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    /** {@code def} bodies are compiled on first call, each as its own batch (bundled modules only). */
    private final boolean lazyFunctions;

    private KairosRootNodeGen.Builder b;
    private Unit u;

    /** Per-root compilation state. */
    private static final class Unit {
        final Scope scope;
        final Map<String, BytecodeLocal> locals = new HashMap<>();
        BytecodeLocal nsLocal;
        BytecodeLocal lastValue;
        final ArrayDeque<BytecodeLabel[]> loops = new ArrayDeque<>();
        /**
         * Unnamed temporaries of finished constructs, free for reuse. Locals are root-scoped (no
         * block scoping), so without reuse every await and handler would add frame slots, and
         * each slot costs every suspended frame of the code 13 bytes (Object, long and tag).
         */
        final ArrayDeque<BytecodeLocal> freeTemps = new ArrayDeque<>();
        boolean isClass;
        /** The reads of locals that need no unbound check (see {@link DefiniteAssignment}). */
        Set<Ast.Name> assignedReads = Set.of();
        /** The root of a generator, coroutine or async generator: see {@link #beginReturn}. */
        final boolean generatorRoot;

        Unit(Scope scope) {
            this.scope = scope;
            this.generatorRoot = scope.kind == Scope.Kind.FUNCTION && (scope.isGenerator || scope.isCoroutine);
        }
    }

    /**
     * Starts a return from the current root. A generator-like root returns its value wrapped as a
     * finished continuation result, so that all its returns, suspensions included, are of one
     * class: Truffle speculates on the class a call target returns, and the first return of a
     * frame that had only suspended so far would otherwise invalidate the compiled code of every
     * caller (the event loop's iteration among them). Close with {@link #endReturn}.
     */
    private void beginReturn() {
        b.beginReturn();
        if (u.generatorRoot) {
            b.beginGeneratorFinished();
        }
    }

    private void endReturn() {
        if (u.generatorRoot) {
            b.endGeneratorFinished();
        }
        b.endReturn();
    }

    /**
     * A temporary for a construct whose uses all lie within the code it emits; give it back with
     * {@link #release} once that code is emitted. Nested constructs get other temporaries, since
     * one in use is not free; code emitted later may reuse it, as its value is dead by then.
     */
    private BytecodeLocal temp() {
        BytecodeLocal l = u.freeTemps.pollLast();
        return l != null ? l : b.createLocal();
    }

    private void release(BytecodeLocal... ls) {
        for (BytecodeLocal l : ls) {
            u.freeTemps.addLast(l);
        }
    }

    BytecodeCompiler(KairosLanguage language, Source source, String filename, ScopeAnalyzer analyzer, Module module, Map<Ast.Node, PCode> codeOf,
                    boolean lazyFunctions) {
        this.language = language;
        this.codeOf = codeOf;
        this.codes = new ArrayList<>();
        this.lazyFunctions = lazyFunctions;
        this.source = source;
        this.filename = filename;
        this.analyzer = analyzer;
        this.module = module;
    }

    void compile(KairosRootNodeGen.Builder builder) {
        compileBatch(builder, () -> {
            PCode moduleCode = code(module, "<module>", "<module>", 1, new Signature(new String[0], 0, 0, 0, false, false), analyzer.scopes.get(module));
            compileModuleRoot(moduleCode);
        });
    }

    /** One batch of roots: {@code first} begins the first root; the bodies it queues follow. */
    private void compileBatch(KairosRootNodeGen.Builder builder, Runnable first) {
        this.b = builder;
        this.codeCounter = 0;
        rootOrder.clear();
        rootScopes.clear();
        pending.clear();
        b.beginSource(source);
        first.run();
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
        b.endSource();
    }

    private PCode code(Ast.Node node, String name, String qualname, int line, Signature sig, Scope scope) {
        int idx = codeCounter++;
        if (idx < codes.size()) {
            return codes.get(idx);
        }
        PCode c;
        // lazy bodies of one module may compile on several threads at once (each under its own code's lock)
        synchronized (codeOf) {
            c = codeOf.get(node);
            if (c == null) {
                c = new PCode(name, qualname, filename, line, sig, scope.isGenerator && !scope.isCoroutine, scope.isCoroutine && !scope.isGenerator,
                                scope.isCoroutine && scope.isGenerator, scope.freevars.toArray(new String[0]));
                c.cellvars = cellvarsInCPythonOrder(scope, sig);
                codeOf.put(node, c);
                owned.add(c);
            }
        }
        codes.add(c);
        return c;
    }

    /** Queues the body of a nested code object, unless another batch compiles it (see {@link #codeOf}). */
    private void queueBody(PCode code, Runnable body) {
        if (owned.contains(code)) {
            pending.add(body);
        }
    }

    // ------------------------------------------------------------------ roots

    private void compileModuleRoot(PCode code) {
        Scope scope = analyzer.scopes.get(module);
        u = new Unit(scope);
        rootOrder.add(code);
        rootScopes.add(scope);
        b.beginRoot();
        b.beginSourceSection(0, source.getLength());
        b.beginBlock();
        u.lastValue = b.createLocal();
        b.beginStoreLocal(u.lastValue);
        b.emitLoadConstant(PNone.NONE);
        b.endStoreLocal();
        List<Stmt> body = module.body();
        setDoc(code, body);
        for (Stmt s : body) {
            if (s instanceof ExprStmt e) {
                statementStart(s);
                b.beginStoreLocal(u.lastValue);
                expr(e.value());
                b.endStoreLocal();
                statementEnd();
            } else {
                stmt(s);
            }
        }
        beginReturn();
        b.emitLoadLocal(u.lastValue);
        endReturn();
        b.endBlock();
        b.endSourceSection();
        b.endRoot();
    }

    private static void setDoc(PCode code, List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c && c.value() instanceof String s) {
            code.doc = s;
        }
    }

    /** co_cellvars as CPython orders them: parameters that are cells in co_varnames order, then the others sorted. */
    private static String[] cellvarsInCPythonOrder(Scope scope, Signature sig) {
        List<String> out = new ArrayList<>();
        for (int i : parameterOrder(sig, scope.params.size())) {
            String n = scope.params.get(i);
            if (scope.cellvars.contains(n)) {
                out.add(n);
            }
        }
        List<String> rest = new ArrayList<>();
        for (String n : scope.cellvars) {
            if (!out.contains(n)) {
                rest.add(n);
            }
        }
        rest.sort(null);
        out.addAll(rest);
        return out.toArray(new String[0]);
    }

    /**
     * The indices into the signature-ordered parameters (positional, *args, keyword-only, **kwargs)
     * in co_varnames order (positional, keyword-only, *args, **kwargs).
     */
    private static int[] parameterOrder(Signature sig, int count) {
        int[] order = new int[count];
        if (count == 0) {
            return order;
        }
        int k = 0;
        for (int i = 0; i < sig.positional && k < count; i++) {
            order[k++] = i;
        }
        int kwStart = sig.positional + (sig.varargs ? 1 : 0);
        for (int i = 0; i < sig.kwOnly && k < count; i++) {
            order[k++] = kwStart + i;
        }
        if (sig.varargs && k < count) {
            order[k++] = sig.positional;
        }
        for (int i = kwStart + sig.kwOnly; i < count && k < count; i++) {
            order[k++] = i;
        }
        return order;
    }

    private void compileFunctionRoot(PCode code, Scope scope, Ast.Node node, Runnable body) {
        Unit saved = u;
        u = new Unit(scope);
        u.assignedReads = switch (node) {
            case FunctionDef f -> DefiniteAssignment.ofFunction(scope, f.body());
            case Lambda l -> DefiniteAssignment.ofLambda(scope, l.body());
            case ListComp c -> DefiniteAssignment.ofComprehension(scope, c.generators(), c.elt(), null);
            case SetComp c -> DefiniteAssignment.ofComprehension(scope, c.generators(), c.elt(), null);
            case DictComp c -> DefiniteAssignment.ofComprehension(scope, c.generators(), c.key(), c.value());
            case GeneratorExp c -> DefiniteAssignment.ofComprehension(scope, c.generators(), c.elt(), null);
            default -> Set.of();
        };
        rootOrder.add(code);
        rootScopes.add(scope);
        b.beginRoot();
        Pos p = node.pos();
        b.beginSourceSection(p.start(), p.end() - p.start());
        b.beginBlock();
        if (u.generatorRoot) {
            // first, while no slot holds a value yet (see SuspendedLocals)
            b.emitTagObjectLocals();
        }
        // Parameters, plain locals, cells, free variables: the locals are created in the order of
        // CPython's co_varnames, which locals() and f_locals follow (keyword-only parameters before
        // *args; the frame's arguments come in signature order, *args first).
        List<String> varnames = new ArrayList<>();
        for (int i : parameterOrder(code.signature, scope.params.size())) {
            String n = scope.params.get(i);
            BytecodeLocal l = b.createLocal(n, null);
            u.locals.put(n, l);
            varnames.add(n);
            if (scope.cellvars.contains(n)) {
                b.beginStoreLocal(l);
                b.beginMakeCell();
                b.emitLoadArg(i + 1);
                b.endMakeCell();
                b.endStoreLocal();
            } else {
                b.emitStoreArg(l, i + 1);
            }
        }
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (String n : scope.assigned) {
                if (!u.locals.containsKey(n) && scope.binding(n) == Scope.Binding.LOCAL) {
                    u.locals.put(n, b.createLocal(n, null));
                    varnames.add(n);
                }
            }
            code.varnames = varnames.toArray(new String[0]);
        }
        for (String n : scope.cellvars) {
            if (!u.locals.containsKey(n)) {
                BytecodeLocal l = b.createLocal(n, null);
                u.locals.put(n, l);
                b.beginStoreLocal(l);
                b.beginMakeCell();
                b.emitLoadConstant(PNone.NO_VALUE);
                b.endMakeCell();
                b.endStoreLocal();
            }
        }
        int fi = 0;
        for (String n : scope.freevars) {
            BytecodeLocal l = b.createLocal(n, null);
            u.locals.put(n, l);
            b.beginStoreLocal(l);
            b.emitLoadClosure(fi++);
            b.endStoreLocal();
        }
        if (scope.kind == Scope.Kind.FUNCTION && (scope.isGenerator || scope.isCoroutine)) {
            b.emitReleaseArgs();
            // The call returns this first continuation, which the caller wraps in a generator
            // object. The eager entry of a coroutine (await f(args), see AwaitCall) runs on instead.
            if (code != eagerEntryOf) {
                b.beginPop();
                b.beginResumeValue();
                b.beginYield();
                b.emitLoadConstant(PNone.NONE);
                b.endYield();
                b.endResumeValue();
                b.endPop();
            }
        }
        if (scope.kind == Scope.Kind.CLASS) {
            u.isClass = true;
            u.nsLocal = b.createLocal();
            b.beginStoreLocal(u.nsLocal);
            b.emitLoadArg(1);
            b.endStoreLocal();
        }
        body.run();
        b.endBlock();
        b.endSourceSection();
        b.endRoot();
        u = saved;
    }

    // ------------------------------------------------------------------ statements

    private void statementStart(Stmt s) {
        Pos p = s.pos();
        b.beginSourceSection(p.start(), Math.max(0, p.end() - p.start()));
        b.beginTag(StatementTag.class);
    }

    private void statementEnd() {
        b.endTag(StatementTag.class);
        b.endSourceSection();
    }

    private void stmts(List<Stmt> body) {
        b.beginBlock();
        for (Stmt s : body) {
            stmt(s);
        }
        b.endBlock();
    }

    private void stmt(Stmt s) {
        statementStart(s);
        b.beginBlock();
        stmtBody(s);
        b.endBlock();
        statementEnd();
    }

    private void stmtBody(Stmt s) {
        switch (s) {
            case ExprStmt e -> {
                b.beginPop();
                expr(e.value());
                b.endPop();
            }
            case Assign a -> {
                if (a.targets().size() == 1) {
                    store(a.targets().get(0), () -> expr(a.value()));
                } else {
                    BytecodeLocal tmp = b.createLocal();
                    b.beginStoreLocal(tmp);
                    expr(a.value());
                    b.endStoreLocal();
                    for (Expr t : a.targets()) {
                        store(t, () -> b.emitLoadLocal(tmp));
                    }
                }
            }
            case AugAssign a -> augAssign(a);
            case AnnAssign a -> {
                if (a.value() != null) {
                    store(a.target(), () -> expr(a.value()));
                }
            }
            case Pass p -> {
            }
            case If i -> {
                if (i.orelse().isEmpty()) {
                    b.beginIfThen();
                    condition(i.test());
                    stmts(i.body());
                    b.endIfThen();
                } else {
                    b.beginIfThenElse();
                    condition(i.test());
                    stmts(i.body());
                    stmts(i.orelse());
                    b.endIfThenElse();
                }
            }
            case While w -> whileStmt(w);
            case For f -> forStmt(f);
            case Break br -> {
                if (u.loops.isEmpty()) {
                    throw CompileErrors.syntax("'break' outside loop", filename, br.pos(), source);
                }
                b.emitBranch(u.loops.peek()[1]);
            }
            case Continue c -> {
                if (u.loops.isEmpty()) {
                    throw CompileErrors.syntax("'continue' not properly in loop", filename, c.pos(), source);
                }
                b.emitBranch(u.loops.peek()[0]);
            }
            case Return r -> {
                if (u.scope.kind != Scope.Kind.FUNCTION || u.scope.isComprehension) {
                    throw CompileErrors.syntax("'return' outside function", filename, r.pos(), source);
                }
                beginReturn();
                if (r.value() == null) {
                    b.emitLoadConstant(PNone.NONE);
                } else {
                    expr(r.value());
                }
                endReturn();
            }
            case FunctionDef f -> functionDef(f);
            case ClassDef c -> classDef(c);
            case Delete d -> {
                for (Expr t : d.targets()) {
                    delete(t);
                }
            }
            case Raise r -> {
                if (r.exc() == null) {
                    b.beginPop();
                    b.emitReraise();
                    b.endPop();
                } else {
                    b.beginPop();
                    b.beginRaise();
                    expr(r.exc());
                    if (r.cause() == null) {
                        b.emitLoadConstant(PNone.NO_VALUE);
                    } else {
                        expr(r.cause());
                    }
                    b.endRaise();
                    b.endPop();
                }
            }
            case Try t -> tryStmt(t);
            case Assert a -> {
                b.beginIfThen();
                b.beginNot();
                expr(a.test());
                b.endNot();
                b.beginPop();
                // CPython raises the AssertionError at the test's position
                beginSection(a.test().pos());
                b.beginAssertFail();
                if (a.msg() == null) {
                    b.emitLoadConstant(PNone.NO_VALUE);
                } else {
                    expr(a.msg());
                }
                b.endAssertFail();
                b.endSourceSection();
                b.endPop();
                b.endIfThen();
            }
            case With w -> withStmt(w, 0);
            case Import i -> {
                for (Alias a : i.names()) {
                    if (a.asname() != null) {
                        storeName(a.asname(), () -> {
                            b.emitImportName(a.name(), 0, true);
                        });
                    } else {
                        String top = a.name().split("\\.")[0];
                        storeName(top, () -> {
                            b.emitImportName(a.name(), 0, false);
                        });
                    }
                }
            }
            case ImportFrom i -> importFrom(i);
            case Global g -> {
            }
            case Nonlocal n -> {
                if (u.scope.kind == Scope.Kind.MODULE) {
                    throw CompileErrors.syntax("nonlocal declaration not allowed at module level", filename, n.pos(), source);
                }
            }
        }
    }

    private void importFrom(ImportFrom i) {
        String mod = i.module() == null ? "" : i.module();
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            b.beginImportStar();
            b.emitImportName(mod, i.level(), true);
            if (u.isClass) {
                b.emitLoadLocal(u.nsLocal);
            } else {
                b.emitLoadConstant(PNone.NONE);
            }
            b.endImportStar();
            return;
        }
        BytecodeLocal m = b.createLocal();
        b.beginStoreLocal(m);
        b.emitImportName(mod, i.level(), true);
        b.endStoreLocal();
        for (Alias a : i.names()) {
            storeName(a.asname() != null ? a.asname() : a.name(), () -> {
                b.beginImportFrom(a.name());
                b.emitLoadLocal(m);
                b.endImportFrom();
            });
        }
    }

    private void condition(Expr test) {
        if (isBool(test)) {
            expr(test);
            return;
        }
        if (!compareTest(test, false)) {
            b.beginIsTrue();
            expr(test);
            b.endIsTrue();
        }
    }

    /**
     * Emits {@code test} as one {@code CompareTest} (the comparison and its truth in one
     * instruction; {@code fence}: a loop's test, see {@code LoopTest}) if it is a single rich
     * comparison; returns false and emits nothing otherwise.
     */
    private boolean compareTest(Expr test, boolean fence) {
        CmpOp op = orderingOp(test);
        if (op == null) {
            return false;
        }
        Compare c = (Compare) test;
        beginSection(c.pos());
        if (c.comparators().get(0) instanceof Constant k && k.value() instanceof Long v && boundLocal(c.left()) != null) {
            b.emitCompareTestLocalConst(boundLocal(c.left()), op, fence, v);
        } else if (c.comparators().get(0) instanceof Constant k && k.value() instanceof Long v) {
            b.beginCompareTestConst(op, fence);
            expr(c.left());
            b.endCompareTestConst(v);
        } else {
            b.beginCompareTest(op, fence);
            expr(c.left());
            expr(c.comparators().get(0));
            b.endCompareTest();
        }
        b.endSourceSection();
        return true;
    }

    /** The operator of a single rich comparison ({@code <}, {@code ==}, ...), or null. */
    private static CmpOp orderingOp(Expr e) {
        if (!(e instanceof Compare c) || c.ops().size() != 1) {
            return null;
        }
        return switch (c.ops().get(0)) {
            case EQ -> CmpOp.EQ;
            case NOTEQ -> CmpOp.NE;
            case LT -> CmpOp.LT;
            case LTE -> CmpOp.LE;
            case GT -> CmpOp.GT;
            case GTE -> CmpOp.GE;
            default -> null;
        };
    }

    /** Whether {@code e} always evaluates to a Java boolean, so that a branch can take it as it is. */
    private static boolean isBool(Expr e) {
        if (e instanceof Compare c && c.ops().size() == 1) {
            return switch (c.ops().get(0)) {
                case IS, ISNOT, IN, NOTIN -> true;
                default -> false;
            };
        }
        return e instanceof UnaryOp u && u.op() == UnaryOpKind.NOT;
    }

    private void whileStmt(While w) {
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        b.beginWhile();
        if (u.scope.alwaysSuspendingLoops.contains(w)) {
            condition(w.test());
        } else if (!compareTest(w.test(), true)) {
            b.beginLoopTest();
            expr(w.test());
            b.endLoopTest();
        }
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        u.loops.push(new BytecodeLabel[]{continueLabel, breakLabel});
        for (Stmt s : w.body()) {
            stmt(s);
        }
        u.loops.pop();
        b.emitLabel(continueLabel);
        b.endBlock();
        b.endWhile();
        for (Stmt s : w.orelse()) {
            stmt(s);
        }
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    private void forStmt(For f) {
        if (f.isAsync()) {
            checkAwait(f.pos());
            BytecodeLocal ait = b.createLocal();
            b.beginBlock();
            b.beginStoreLocal(ait);
            b.beginGetAIter();
            expr(f.iter());
            b.endGetAIter();
            b.endStoreLocal();
            asyncLoop(ait, f.target(), f.body(), null, f.orelse());
            b.endBlock();
            return;
        }
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        BytecodeLocal it = b.createLocal();
        b.beginStoreLocal(it);
        // iter() fails at the iterable's position in CPython
        beginSection(f.iter().pos());
        b.beginGetIter();
        expr(f.iter());
        b.endGetIter();
        b.endSourceSection();
        b.endStoreLocal();
        BytecodeLocal target = plainLocal(f.target());
        BytecodeLocal val = target != null ? target : objectTemp();
        b.beginWhile();
        iterCondition(it, val, target != null, !u.scope.alwaysSuspendingLoops.contains(f));
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        if (target == null) {
            store(f.target(), () -> b.emitLoadLocal(val));
        }
        u.loops.push(new BytecodeLabel[]{continueLabel, breakLabel});
        for (Stmt s : f.body()) {
            stmt(s);
        }
        u.loops.pop();
        b.emitLabel(continueLabel);
        b.endBlock();
        b.endWhile();
        for (Stmt s : f.orelse()) {
            stmt(s);
        }
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    /**
     * A new local for a loop's values, for a target that is not a plain local (see
     * {@link #plainLocal}), with an object stored into it before the loop, so that its
     * boxing-elimination tag is "object" from the first store on. Otherwise a loop over ints
     * would tag it {@code long} and the NO_VALUE that ends the loop would change the tag when the
     * loop first ends, which invalidates all compiled code of the function (its continuation roots
     * included), typically just after it was compiled. The local holds boxed values anyway
     * ({@code IterNext} returns objects).
     */
    private BytecodeLocal objectTemp() {
        BytecodeLocal val = b.createLocal();
        b.beginStoreLocal(val);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.endStoreLocal();
        return val;
    }

    /**
     * The local of an assignment target that is a plain name of a function's own (not a cell,
     * global or class-body name), which fused instructions may write directly; null otherwise.
     */
    private BytecodeLocal plainLocal(Expr target) {
        if (target instanceof Name n && !u.isClass && u.scope.binding(n.id()) == Scope.Binding.LOCAL) {
            return u.locals.get(n.id());
        }
        return null;
    }

    /** As {@link #plainLocal} for a read, which also has to be of a surely bound name (no UnboundLocalError check). */
    private BytecodeLocal boundLocal(Expr read) {
        return read instanceof Name n && u.assignedReads.contains(n) ? plainLocal(n) : null;
    }

    /**
     * {@code (val = next(it)) is not exhausted} as a loop condition; with {@code into}, {@code val}
     * is the loop's target itself (see {@link #plainLocal}), stored only when there is a value.
     * {@code fence} for a loop that may iterate without suspending (see
     * {@code KairosRootNode.loopFence}).
     */
    private void iterCondition(BytecodeLocal it, BytecodeLocal val, boolean into, boolean fence) {
        if (into) {
            b.beginStoreNextInto(val, fence);
            b.emitLoadLocal(it);
            b.endStoreNextInto();
            return;
        }
        b.beginStoreNextPending(val);
        if (fence) {
            b.beginLoopIterNext();
            b.emitLoadLocal(it);
            b.endLoopIterNext();
        } else {
            b.beginIterNext();
            b.emitLoadLocal(it);
            b.endIterNext();
        }
        b.endStoreNextPending();
    }

    private void tryStmt(Try t) {
        if (!t.finalbody().isEmpty()) {
            // normal exits run the finally body as is; an exception runs it as if in an except
            // block, so exceptions raised by the finally body chain to the propagating one
            b.beginTryCatchOtherwise(() -> {
                for (Stmt s : t.finalbody()) {
                    stmt(s);
                }
            });
            b.beginBlock();
            tryExcept(t);
            b.endBlock();
            b.beginBlock();
            BytecodeLocal raw = temp();
            BytecodeLocal saved = temp();
            b.beginStoreLocal(raw);
            b.emitLoadException();
            b.endStoreLocal();
            b.beginStoreLocal(saved);
            b.beginEnterFinally();
            b.emitLoadLocal(raw);
            b.endEnterFinally();
            b.endStoreLocal();
            b.beginTryFinally(() -> {
                b.beginExitHandler();
                b.emitLoadLocal(saved);
                b.endExitHandler();
            });
            b.beginBlock();
            for (Stmt s : t.finalbody()) {
                stmt(s);
            }
            b.beginPop();
            b.beginRethrow();
            b.emitLoadLocal(raw);
            b.endRethrow();
            b.endPop();
            b.endBlock();
            b.endTryFinally();
            b.endBlock();
            release(raw, saved);
            b.endTryCatchOtherwise();
        } else {
            tryExcept(t);
        }
    }

    private void tryExcept(Try t) {
        if (t.handlers().isEmpty()) {
            stmts(t.body());
            for (Stmt s : t.orelse()) {
                stmt(s);
            }
            return;
        }
        BytecodeLocal ok = t.orelse().isEmpty() ? null : b.createLocal();
        b.beginBlock();
        if (ok != null) {
            b.beginStoreLocal(ok);
            b.emitLoadConstant(false);
            b.endStoreLocal();
        }
        b.beginTryCatch();
        b.beginBlock();
        for (Stmt s : t.body()) {
            stmt(s);
        }
        if (ok != null) {
            b.beginStoreLocal(ok);
            b.emitLoadConstant(true);
            b.endStoreLocal();
        }
        b.endBlock();
        if (t.isStar()) {
            exceptStarHandlers(t.handlers());
        } else {
            handlers(t.handlers());
        }
        b.endTryCatch();
        if (ok != null) {
            b.beginIfThen();
            b.beginIsTrue();
            b.emitLoadLocal(ok);
            b.endIsTrue();
            stmts(t.orelse());
            b.endIfThen();
        }
        b.endBlock();
    }

    private void handlers(List<ExceptHandler> hs) {
        HandlerLocals h = beginHandler();
        handlerChain(hs, 0, h.raw, h.exc);
        endHandler(h);
    }

    private void handlerChain(List<ExceptHandler> hs, int i, BytecodeLocal raw, BytecodeLocal exc) {
        if (i == hs.size()) {
            rethrow(raw);
            return;
        }
        ExceptHandler h = hs.get(i);
        if (h.type() == null) {
            handlerBody(h, exc);
            return;
        }
        b.beginIfThenElse();
        b.beginExceptionMatches();
        b.emitLoadLocal(exc);
        expr(h.type());
        b.endExceptionMatches();
        b.beginBlock();
        handlerBody(h, exc);
        b.endBlock();
        b.beginBlock();
        handlerChain(hs, i + 1, raw, exc);
        b.endBlock();
        b.endIfThenElse();
    }

    private void handlerBody(ExceptHandler h, BytecodeLocal exc) {
        b.beginSourceSection(h.pos().start(), Math.max(0, h.pos().end() - h.pos().start()));
        b.beginBlock();
        if (h.name() != null) {
            storeName(h.name(), () -> b.emitLoadLocal(exc));
            b.beginTryFinally(() -> unbindName(h.name()));
            stmts(h.body());
            b.endTryFinally();
        } else {
            stmts(h.body());
        }
        b.endBlock();
        b.endSourceSection();
    }

    private void unbindName(String n) {
        Scope.Binding bd = u.scope.binding(n);
        if (bd == Scope.Binding.LOCAL) {
            b.beginStoreLocal(u.locals.get(n));
            b.emitLoadNull();
            b.endStoreLocal();
        } else {
            // CPython's `n = None; del n`: the name is unbound after the handler
            storeName(n, () -> b.emitLoadConstant(PNone.NONE));
            deleteName(n);
        }
    }

    private void exceptStarHandlers(List<ExceptHandler> hs) {
        b.beginBlock();
        BytecodeLocal raw = b.createLocal();
        BytecodeLocal exc = b.createLocal();
        BytecodeLocal holder = b.createLocal();
        b.beginStoreLocal(raw);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginStoreLocal(exc);
        b.beginExceptionValue();
        b.emitLoadLocal(raw);
        b.endExceptionValue();
        b.endStoreLocal();
        b.beginStoreLocal(holder);
        b.beginExceptStarHolder();
        b.emitLoadLocal(exc);
        b.endExceptStarHolder();
        b.endStoreLocal();
        for (ExceptHandler h : hs) {
            BytecodeLocal part = b.createLocal();
            b.beginStoreLocal(part);
            b.beginExceptStarSplit();
            b.emitLoadLocal(holder);
            expr(h.type());
            b.endExceptStarSplit();
            b.endStoreLocal();
            b.beginIfThen();
            b.beginNot();
            b.beginIsNoValue();
            b.emitLoadLocal(part);
            b.endIsNoValue();
            b.endNot();
            b.beginBlock();
            BytecodeLocal saved = b.createLocal();
            b.beginStoreLocal(saved);
            b.beginEnterHandler();
            b.emitLoadLocal(part);
            b.endEnterHandler();
            b.endStoreLocal();
            b.beginTryFinally(() -> {
                b.beginExitHandler();
                b.emitLoadLocal(saved);
                b.endExitHandler();
            });
            b.beginTryCatch();
            handlerBody(h, part);
            b.beginBlock();
            b.beginExceptStarRaised();
            b.emitLoadLocal(holder);
            b.beginExceptionValue();
            b.emitLoadException();
            b.endExceptionValue();
            b.endExceptStarRaised();
            b.endBlock();
            b.endTryCatch();
            b.endTryFinally();
            b.endBlock();
            b.endIfThen();
        }
        b.beginExceptStarFinish();
        b.emitLoadLocal(holder);
        b.endExceptStarFinish();
        b.endBlock();
    }

    private void withStmt(With w, int index) {
        if (index == w.items().size()) {
            for (Stmt s : w.body()) {
                stmt(s);
            }
            return;
        }
        WithItem item = w.items().get(index);
        if (w.isAsync()) {
            checkAwait(w.pos());
        }
        boolean async = w.isAsync();
        BytecodeLocal state = b.createLocal();
        b.beginBlock();
        b.beginStoreLocal(state);
        if (async) {
            b.beginAsyncWithEnter();
            expr(item.contextExpr());
            b.endAsyncWithEnter();
        } else {
            b.beginWithEnter(false);
            expr(item.contextExpr());
            b.endWithEnter();
        }
        b.endStoreLocal();
        // element 1 of the state is __enter__()'s value, or the awaitable of __aenter__()
        Runnable enterValue = () -> {
            Runnable element = () -> {
                b.beginArrayElement(1);
                b.emitLoadLocal(state);
                b.endArrayElement();
            };
            if (async) {
                await(element);
            } else {
                element.run();
            }
        };
        if (item.optionalVars() != null) {
            store(item.optionalVars(), enterValue);
        } else if (async) {
            b.beginPop();
            enterValue.run();
            b.endPop();
        }
        b.beginTryCatchOtherwise(() -> {
            if (async) {
                b.beginPop();
                await(() -> {
                    b.beginAsyncWithExit();
                    b.emitLoadLocal(state);
                    b.emitLoadConstant(PNone.NONE);
                    b.endAsyncWithExit();
                });
                b.endPop();
            } else {
                b.beginWithExitNormal();
                b.emitLoadLocal(state);
                b.endWithExitNormal();
            }
        });
        b.beginBlock();
        withStmt(w, index + 1);
        b.endBlock();
        HandlerLocals h = beginHandler();
        // __exit__ runs while the exception is being handled; a true result suppresses it
        b.beginIfThen();
        b.beginNot();
        if (async) {
            b.beginIsTrue();
            await(() -> {
                b.beginAsyncWithExit();
                b.emitLoadLocal(state);
                b.emitLoadLocal(h.exc);
                b.endAsyncWithExit();
            });
            b.endIsTrue();
        } else {
            b.beginWithExitExc();
            b.emitLoadLocal(state);
            b.emitLoadLocal(h.exc);
            b.endWithExitExc();
        }
        b.endNot();
        rethrow(h.raw);
        b.endIfThen();
        endHandler(h);
        b.endTryCatchOtherwise();
        b.endBlock();
    }

    /** Locals of an except-style handler: the caught Truffle exception and its Python object. */
    private record HandlerLocals(BytecodeLocal raw, BytecodeLocal exc, BytecodeLocal saved) {
    }

    /**
     * Starts the catch part of a TryCatch: stores the exception, makes it the handled exception
     * and opens a TryFinally that restores the previous one; close with {@link #endHandler}.
     */
    private HandlerLocals beginHandler() {
        b.beginBlock();
        BytecodeLocal raw = temp();
        BytecodeLocal exc = temp();
        BytecodeLocal saved = temp();
        b.beginStoreLocal(raw);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginStoreLocal(exc);
        b.beginExceptionValue();
        b.emitLoadLocal(raw);
        b.endExceptionValue();
        b.endStoreLocal();
        b.beginStoreLocal(saved);
        b.beginEnterHandler();
        b.emitLoadLocal(exc);
        b.endEnterHandler();
        b.endStoreLocal();
        b.beginTryFinally(() -> {
            b.beginExitHandler();
            b.emitLoadLocal(saved);
            b.endExitHandler();
        });
        b.beginBlock();
        return new HandlerLocals(raw, exc, saved);
    }

    private void endHandler(HandlerLocals h) {
        b.endBlock();
        b.endTryFinally();
        b.endBlock();
        release(h.raw, h.exc, h.saved);
    }

    private void rethrow(BytecodeLocal raw) {
        b.beginPop();
        b.beginRethrow();
        b.emitLoadLocal(raw);
        b.endRethrow();
        b.endPop();
    }

    /** Opens a source section over {@code p}; close it with {@code b.endSourceSection()}. */
    private void beginSection(Pos p) {
        b.beginSourceSection(p.start(), Math.max(0, p.end() - p.start()));
    }

    /**
     * Whether evaluating {@code e} surely leaves the function's plain locals as they were: no
     * assignment expression, yield or await in it (a conservative list of forms). Then an
     * in-place operation may read its local target after the value, not before as CPython does.
     */
    private static boolean keepsLocals(Expr e) {
        return switch (e) {
            case Name n -> true;
            case Constant c -> true;
            case Attribute at -> keepsLocals(at.value());
            case Subscript sub -> keepsLocals(sub.value()) && keepsLocals(sub.slice());
            case BinOp bo -> keepsLocals(bo.left()) && keepsLocals(bo.right());
            case UnaryOp uo -> keepsLocals(uo.operand());
            case Compare c -> keepsLocals(c.left()) && c.comparators().stream().allMatch(BytecodeCompiler::keepsLocals);
            case BoolOp bo -> bo.values().stream().allMatch(BytecodeCompiler::keepsLocals);
            case TupleExpr t -> t.elts().stream().allMatch(BytecodeCompiler::keepsLocals);
            case ListExpr l -> l.elts().stream().allMatch(BytecodeCompiler::keepsLocals);
            case Call c -> keepsLocals(c.func()) && c.args().stream().allMatch(BytecodeCompiler::keepsLocals) &&
                            c.keywords().stream().allMatch(k -> keepsLocals(k.value()));
            case Starred st -> keepsLocals(st.value());
            default -> false;
        };
    }

    /** The int constant {@code right} of a {@code +} or {@code -} that {@code BinaryConst} computes, or null. */
    private static Long smallIntOperand(BinOpKind op, Expr right) {
        if ((op == BinOpKind.ADD || op == BinOpKind.SUB) && right instanceof Constant k && k.value() instanceof Long v) {
            return v;
        }
        return null;
    }

    private void augAssign(AugAssign a) {
        Ops.BinOp op = binOp(a.op());
        switch (a.target()) {
            case Name n when boundLocal(n) != null && (smallIntOperand(a.op(), a.value()) != null || keepsLocals(a.value())) -> {
                BytecodeLocal l = boundLocal(n);
                Long k = smallIntOperand(a.op(), a.value());
                if (k != null) {
                    b.emitInplaceLocalConst(l, op, k);
                } else {
                    b.beginInplaceLocal(l, op);
                    expr(a.value());
                    b.endInplaceLocal();
                }
            }
            case Name n -> storeName(n.id(), () -> {
                Long k = smallIntOperand(a.op(), a.value());
                if (k != null) {
                    b.beginBinaryConst(op, true);
                    loadName(n);
                    b.endBinaryConst(k);
                    return;
                }
                b.beginInplaceBinary(op);
                loadName(n);
                expr(a.value());
                b.endInplaceBinary();
            });
            case Attribute at -> {
                BytecodeLocal obj = b.createLocal();
                b.beginStoreLocal(obj);
                expr(at.value());
                b.endStoreLocal();
                // as in CPython: the load and the store fail at the target, the operation at the statement
                beginSection(at.pos());
                b.beginSetAttr(at.attr());
                beginSection(a.pos());
                b.beginInplaceBinary(op);
                beginSection(at.pos());
                b.beginGetAttr(at.attr());
                b.emitLoadLocal(obj);
                b.endGetAttr();
                b.endSourceSection();
                expr(a.value());
                b.endInplaceBinary();
                b.endSourceSection();
                b.emitLoadLocal(obj);
                b.endSetAttr();
                b.endSourceSection();
            }
            case Subscript sub -> {
                BytecodeLocal obj = b.createLocal();
                BytecodeLocal key = b.createLocal();
                b.beginStoreLocal(obj);
                expr(sub.value());
                b.endStoreLocal();
                b.beginStoreLocal(key);
                expr(sub.slice());
                b.endStoreLocal();
                beginSection(sub.pos());
                b.beginSetItem();
                beginSection(a.pos());
                b.beginInplaceBinary(op);
                beginSection(sub.pos());
                b.beginGetItem();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                b.endGetItem();
                b.endSourceSection();
                expr(a.value());
                b.endInplaceBinary();
                b.endSourceSection();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                b.endSetItem();
                b.endSourceSection();
            }
            default -> throw CompileErrors.syntax("'" + "expression" + "' is an illegal expression for augmented assignment", filename, a.pos(), source);
        }
    }

    // ------------------------------------------------------------------ functions and classes

    private void functionDef(FunctionDef f) {
        Scope fs = analyzer.scopes.get(f);
        Signature sig = signature(f.args());
        PCode code = code(f, f.name(), fs.qualname, f.pos().line(), sig, fs);
        setDoc(code, f.body());
        storeName(f.name(), () -> {
            decorated(f.decorators(), 0, () -> annotated(f.args(), f.returns(), () -> makeFunction(code, fs, f.args())));
        });
        if (!owned.contains(code)) {
            return;
        }
        if (lazyFunctions) {
            code.setLazyBody(() -> compileLazily(code, fs, f));
        } else {
            pending.add(() -> functionBody(code, fs, f));
        }
        if (code.isCoroutine || code.isGenerator || code.isAsyncGenerator) {
            code.setEagerBody(() -> compileEagerEntry(code, fs, f));
        }
    }

    private void functionBody(PCode code, Scope fs, FunctionDef f) {
        compileFunctionRoot(code, fs, f, () -> {
            for (Stmt s : f.body()) {
                stmt(s);
            }
            beginReturn();
            b.emitLoadConstant(PNone.NONE);
            endReturn();
        });
    }

    /** A {@code def} body left for its first call: its own batch, with the code nested in it. */
    private void compileLazily(PCode code, Scope fs, FunctionDef f) {
        BytecodeCompiler sub = new BytecodeCompiler(language, source, filename, analyzer, module, codeOf, true);
        ModuleCompiler.install(KairosRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, builder -> sub.compileBatch(builder, () -> sub.functionBody(code, fs, f))),
                        sub.rootOrder, sub.rootScopes, null);
    }

    /**
     * The eager entry of a coroutine, generator or async generator function, compiled on the first
     * resume of one made by a plain call or the first {@code await f(args)} or
     * {@code yield from f(args)} that starts it (see {@link PCode#eagerCallTarget}): the body
     * without the start yield, as its own batch. Two roots
     * keep the body out of the plain call's root: that one is only the start yield, so creating a
     * coroutine compiles and inlines small, and the body is compiled from the entry that runs it.
     */
    private void compileEagerEntry(PCode code, Scope fs, FunctionDef f) {
        BytecodeCompiler sub = new BytecodeCompiler(language, source, filename, analyzer, module, codeOf, lazyFunctions);
        sub.eagerEntryOf = code;
        ModuleCompiler.install(KairosRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, builder -> sub.compileBatch(builder, () -> sub.functionBody(code, fs, f))),
                        sub.rootOrder, sub.rootScopes, code);
    }

    private void decorated(List<Expr> decorators, int i, Runnable inner) {
        if (i == decorators.size()) {
            inner.run();
            return;
        }
        b.beginCall();
        expr(decorators.get(i));
        decorated(decorators, i + 1, inner);
        b.endCall();
    }

    /** Wraps the function built by {@code make} in PFunction.SET_ANNOTATIONS when the def has annotations. */
    private void annotated(Arguments args, Expr returns, Runnable make) {
        List<Arg> all = new ArrayList<>();
        all.addAll(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        all.removeIf(a -> a.annotation() == null);
        if (all.isEmpty() && returns == null) {
            make.run();
            return;
        }
        b.beginCall();
        b.emitLoadConstant(org.kairos.runtime.PFunction.SET_ANNOTATIONS);
        make.run();
        b.beginBuildDict();
        for (Arg a : all) {
            b.emitLoadConstant(a.arg());
            expr(a.annotation());
        }
        if (returns != null) {
            b.emitLoadConstant("return");
            expr(returns);
        }
        b.endBuildDict();
        b.endCall();
    }

    private void makeFunction(PCode code, Scope fs, Arguments args) {
        b.beginMakeFunction(code);
        if (args.defaults().isEmpty()) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            b.beginBuildTuple();
            for (Expr d : args.defaults()) {
                expr(d);
            }
            b.endBuildTuple();
        }
        if (args.kwonlyargs().isEmpty()) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            b.beginBuildTuple();
            for (Expr d : args.kwDefaults()) {
                if (d == null) {
                    b.emitLoadConstant(PNone.NO_VALUE);
                } else {
                    expr(d);
                }
            }
            b.endBuildTuple();
        }
        for (String fv : fs.freevars) {
            loadCellObject(fv);
        }
        b.endMakeFunction();
    }

    /** Pushes the PCell holding {@code n} in the current unit (for building a closure). */
    private void loadCellObject(String n) {
        BytecodeLocal l = u.locals.get(n);
        if (l == null) {
            throw new IllegalStateException("no cell for " + n + " in " + u.scope.qualname);
        }
        b.emitLoadLocal(l);
    }

    private Signature signature(Arguments a) {
        List<String> names = new ArrayList<>();
        for (Arg p : a.posonlyargs()) {
            names.add(p.arg());
        }
        for (Arg p : a.args()) {
            names.add(p.arg());
        }
        int positional = names.size();
        if (a.vararg() != null) {
            names.add(a.vararg().arg());
        }
        for (Arg p : a.kwonlyargs()) {
            names.add(p.arg());
        }
        if (a.kwarg() != null) {
            names.add(a.kwarg().arg());
        }
        return new Signature(names.toArray(new String[0]), a.posonlyargs().size(), positional, a.kwonlyargs().size(), a.vararg() != null, a.kwarg() != null);
    }

    private void classDef(ClassDef c) {
        Scope cs = analyzer.scopes.get(c);
        PCode code = code(c, c.name(), cs.qualname, c.pos().line(), new Signature(new String[]{".ns"}, 0, 1, 0, false, false), cs);
        setDoc(code, c.body());
        List<String> kwnames = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw CompileErrors.unsupported("**kwargs in class bases", filename, c.pos(), source);
            }
            kwnames.add(k.arg());
        }
        storeName(c.name(), () -> decorated(c.decorators(), 0, () -> {
            b.beginBuildClass(c.name(), kwnames.toArray(new String[0]));
            b.beginMakeFunction(code);
            b.emitLoadConstant(PNone.NO_VALUE);
            b.emitLoadConstant(PNone.NO_VALUE);
            for (String fv : cs.freevars) {
                loadCellObject(fv);
            }
            b.endMakeFunction();
            for (Expr base : c.bases()) {
                if (base instanceof Starred) {
                    throw CompileErrors.unsupported("*bases", filename, c.pos(), source);
                }
                expr(base);
            }
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            b.endBuildClass();
        }));
        queueBody(code, () -> compileFunctionRoot(code, cs, c, () -> {
            if (code.doc instanceof String doc) {
                b.beginStoreClassName("__doc__");
                b.emitLoadLocal(u.nsLocal);
                b.emitLoadConstant(doc);
                b.endStoreClassName();
            }
            for (Stmt s : c.body()) {
                stmt(s);
            }
            beginReturn();
            if (cs.cellvars.contains("__class__")) {
                b.emitLoadLocal(u.locals.get("__class__"));
            } else {
                b.emitLoadConstant(PNone.NONE);
            }
            endReturn();
        }));
    }

    // ------------------------------------------------------------------ names

    private void loadName(Ast.Name site) {
        String n = site.id();
        Scope.Binding bd = u.scope.binding(n);
        switch (bd) {
            case LOCAL -> {
                BytecodeLocal l = u.locals.get(n);
                if (u.assignedReads.contains(site)) {
                    b.emitLoadLocal(l);
                } else {
                    b.beginCheckLocal(n);
                    b.emitLoadLocal(l);
                    b.endCheckLocal();
                }
            }
            case CELL, FREE -> {
                if (u.isClass) {
                    b.beginLoadClassDeref(n);
                    b.emitLoadLocal(u.nsLocal);
                    b.emitLoadLocal(u.locals.get(n));
                    b.endLoadClassDeref();
                } else {
                    b.beginLoadCell(n, bd == Scope.Binding.FREE);
                    b.emitLoadLocal(u.locals.get(n));
                    b.endLoadCell();
                }
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b.emitLoadGlobal(n);
            case NAME -> {
                if (u.isClass) {
                    b.beginLoadClassName(n);
                    b.emitLoadLocal(u.nsLocal);
                    b.endLoadClassName();
                } else {
                    b.emitLoadGlobal(n);
                }
            }
        }
    }

    private void storeName(String n, Runnable value) {
        Scope.Binding bd = u.scope.binding(n);
        switch (bd) {
            case LOCAL -> {
                b.beginStoreLocal(u.locals.get(n));
                value.run();
                b.endStoreLocal();
            }
            case CELL, FREE -> {
                if (u.isClass && bd == Scope.Binding.FREE) {
                    b.beginStoreClassName(n);
                    b.emitLoadLocal(u.nsLocal);
                    value.run();
                    b.endStoreClassName();
                } else {
                    b.beginStoreCell();
                    b.emitLoadLocal(u.locals.get(n));
                    value.run();
                    b.endStoreCell();
                }
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> {
                b.beginStoreGlobal(n);
                value.run();
                b.endStoreGlobal();
            }
            case NAME -> {
                if (u.isClass) {
                    b.beginStoreClassName(n);
                    b.emitLoadLocal(u.nsLocal);
                    value.run();
                    b.endStoreClassName();
                } else {
                    b.beginStoreGlobal(n);
                    value.run();
                    b.endStoreGlobal();
                }
            }
        }
    }

    private void deleteName(String n) {
        Scope.Binding bd = u.scope.binding(n);
        switch (bd) {
            case LOCAL -> {
                b.beginPop();
                b.beginCheckLocal(n);
                b.emitLoadLocal(u.locals.get(n));
                b.endCheckLocal();
                b.endPop();
                b.beginStoreLocal(u.locals.get(n));
                b.emitLoadNull();
                b.endStoreLocal();
            }
            case CELL, FREE -> {
                b.beginDeleteCell(n, bd == Scope.Binding.FREE);
                b.emitLoadLocal(u.locals.get(n));
                b.endDeleteCell();
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b.emitDeleteGlobal(n);
            case NAME -> {
                if (u.isClass) {
                    b.beginDeleteClassName(n);
                    b.emitLoadLocal(u.nsLocal);
                    b.endDeleteClassName();
                } else {
                    b.emitDeleteGlobal(n);
                }
            }
        }
    }

    private void store(Expr target, Runnable value) {
        switch (target) {
            case Name n -> storeName(n.id(), value);
            // the store fails at the target's position in CPython
            case Attribute a -> {
                beginSection(a.pos());
                b.beginSetAttr(a.attr());
                value.run();
                expr(a.value());
                b.endSetAttr();
                b.endSourceSection();
            }
            case Subscript s -> {
                beginSection(s.pos());
                b.beginSetItem();
                value.run();
                expr(s.value());
                expr(s.slice());
                b.endSetItem();
                b.endSourceSection();
            }
            case TupleExpr t -> unpackStore(t.elts(), value, target.pos());
            case ListExpr l -> unpackStore(l.elts(), value, target.pos());
            case Starred s -> throw CompileErrors.syntax("starred assignment target must be in a list or tuple", filename, s.pos(), source);
            default -> throw CompileErrors.syntax("cannot assign to expression", filename, target.pos(), source);
        }
    }

    private void unpackStore(List<Expr> elts, Runnable value, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) {
                    throw CompileErrors.syntax("multiple starred expressions in assignment", filename, pos, source);
                }
                star = i;
            }
        }
        BytecodeLocal arr = b.createLocal();
        b.beginStoreLocal(arr);
        b.beginUnpack(elts.size(), star);
        value.run();
        b.endUnpack();
        b.endStoreLocal();
        for (int i = 0; i < elts.size(); i++) {
            Expr t = elts.get(i);
            if (t instanceof Starred s) {
                t = s.value();
            }
            final int idx = i;
            store(t, () -> {
                b.beginArrayElement(idx);
                b.emitLoadLocal(arr);
                b.endArrayElement();
            });
        }
    }

    private void delete(Expr t) {
        switch (t) {
            case Name n -> deleteName(n.id());
            case Attribute a -> {
                b.beginDelAttr(a.attr());
                expr(a.value());
                b.endDelAttr();
            }
            case Subscript s -> {
                b.beginDelItem();
                expr(s.value());
                expr(s.slice());
                b.endDelItem();
            }
            case TupleExpr tu -> tu.elts().forEach(this::delete);
            case ListExpr l -> l.elts().forEach(this::delete);
            default -> throw CompileErrors.syntax("cannot delete expression", filename, t.pos(), source);
        }
    }

    // ------------------------------------------------------------------ expressions

    private static Ops.BinOp binOp(BinOpKind k) {
        return switch (k) {
            case ADD -> Ops.BinOp.ADD;
            case SUB -> Ops.BinOp.SUB;
            case MULT -> Ops.BinOp.MUL;
            case MATMULT -> Ops.BinOp.MATMUL;
            case DIV -> Ops.BinOp.TRUEDIV;
            case MOD -> Ops.BinOp.MOD;
            case POW -> Ops.BinOp.POW;
            case LSHIFT -> Ops.BinOp.LSHIFT;
            case RSHIFT -> Ops.BinOp.RSHIFT;
            case BITOR -> Ops.BinOp.OR;
            case BITXOR -> Ops.BinOp.XOR;
            case BITAND -> Ops.BinOp.AND;
            case FLOORDIV -> Ops.BinOp.FLOORDIV;
        };
    }

    /**
     * Compiles {@code e} with its own source section when its instruction can raise, so that a
     * traceback shows the expression's line and columns as CPython's instruction positions do
     * (see Tracebacks' carets); calls have theirs in {@link #call}.
     */
    private void expr(Expr e) {
        if (e instanceof Name || e instanceof BinOp || e instanceof UnaryOp || e instanceof Compare || e instanceof Attribute || e instanceof Subscript ||
                        e instanceof Await || e instanceof YieldFrom) {
            beginSection(e.pos());
            exprWithoutSection(e);
            b.endSourceSection();
        } else {
            exprWithoutSection(e);
        }
    }

    private void exprWithoutSection(Expr e) {
        switch (e) {
            case Constant c -> constant(c);
            case Name n -> loadName(n);
            case BinOp bo -> {
                Long k = smallIntOperand(bo.op(), bo.right());
                if (k != null && boundLocal(bo.left()) != null) {
                    b.emitBinaryLocalConst(boundLocal(bo.left()), binOp(bo.op()), k);
                    return;
                }
                if (k != null) {
                    b.beginBinaryConst(binOp(bo.op()), false);
                    expr(bo.left());
                    b.endBinaryConst(k);
                    return;
                }
                switch (bo.op()) {
                    case ADD -> b.beginAdd();
                    case SUB -> b.beginSub();
                    case MULT -> b.beginMul();
                    default -> b.beginBinary(binOp(bo.op()));
                }
                expr(bo.left());
                expr(bo.right());
                switch (bo.op()) {
                    case ADD -> b.endAdd();
                    case SUB -> b.endSub();
                    case MULT -> b.endMul();
                    default -> b.endBinary();
                }
            }
            case UnaryOp uo -> {
                switch (uo.op()) {
                    case NOT -> b.beginNot();
                    case USUB -> b.beginNeg();
                    case UADD -> b.beginPos();
                    case INVERT -> b.beginInvert();
                }
                expr(uo.operand());
                switch (uo.op()) {
                    case NOT -> b.endNot();
                    case USUB -> b.endNeg();
                    case UADD -> b.endPos();
                    case INVERT -> b.endInvert();
                }
            }
            case BoolOp bo -> {
                if (bo.isAnd()) {
                    b.beginPyAnd();
                } else {
                    b.beginPyOr();
                }
                for (Expr v : bo.values()) {
                    expr(v);
                }
                if (bo.isAnd()) {
                    b.endPyAnd();
                } else {
                    b.endPyOr();
                }
            }
            case Compare c -> compare(c);
            case IfExp i -> {
                b.beginConditional();
                condition(i.test());
                expr(i.body());
                expr(i.orelse());
                b.endConditional();
            }
            case Call c -> call(c);
            case Attribute a -> {
                b.beginGetAttr(a.attr());
                expr(a.value());
                b.endGetAttr();
            }
            case Subscript s -> {
                if (s.slice() instanceof Constant k && k.value() instanceof Long c && boundLocal(s.value()) != null) {
                    b.emitGetLocalItemConst(boundLocal(s.value()), c);
                } else if (s.slice() instanceof Constant k && k.value() instanceof Long c) {
                    b.beginGetItemConst();
                    expr(s.value());
                    b.endGetItemConst(c);
                } else {
                    b.beginGetItem();
                    expr(s.value());
                    expr(s.slice());
                    b.endGetItem();
                }
            }
            case Slice s -> {
                b.beginBuildSlice();
                optional(s.lower());
                optional(s.upper());
                optional(s.step());
                b.endBuildSlice();
            }
            case TupleExpr t -> sequence(t.elts(), 0);
            case ListExpr l -> sequence(l.elts(), 1);
            case SetExpr s -> sequence(s.elts(), 2);
            case Dict d -> dict(d);
            case JoinedStr j -> joined(j);
            case FormattedValue f -> formatted(f);
            case NamedExpr n -> {
                b.beginBlock();
                storeName(n.target().id(), () -> expr(n.value()));
                loadName(n.target());
                b.endBlock();
            }
            case Lambda l -> lambda(l);
            case ListComp c -> comprehension(c, c.generators(), 1, c.elt(), null);
            case SetComp c -> comprehension(c, c.generators(), 2, c.elt(), null);
            case DictComp c -> comprehension(c, c.generators(), 3, c.key(), c.value());
            case GeneratorExp g -> comprehension(g, g.generators(), 0, g.elt(), null);
            case Await a -> {
                checkAwait(a.pos());
                if (isPlainCall(a.value())) {
                    delegationLoop(() -> awaitCall((Call) a.value(), false));
                } else {
                    yieldFromLoop(() -> {
                        b.beginGetAwaitable();
                        expr(a.value());
                        b.endGetAwaitable();
                    });
                }
            }
            case Yield y -> {
                checkYield(y.pos());
                b.beginResumeValue();
                b.beginYield();
                if (u.scope.isAsyncGenerator()) {
                    b.beginAsyncGenWrap();
                }
                optional(y.value());
                if (u.scope.isAsyncGenerator()) {
                    b.endAsyncGenWrap();
                }
                b.endYield();
                b.endResumeValue();
            }
            case YieldFrom y -> {
                checkYield(y.pos());
                if (u.scope.isAsyncGenerator()) {
                    throw CompileErrors.syntax("'yield from' inside async function", filename, y.pos(), source);
                }
                if (isPlainCall(y.value())) {
                    delegationLoop(() -> awaitCall((Call) y.value(), true));
                } else {
                    yieldFromLoop(() -> {
                        b.beginGetYieldFromIter(false);
                        expr(y.value());
                        b.endGetYieldFromIter();
                    });
                }
            }
            case Starred s -> throw CompileErrors.syntax("can't use starred expression here", filename, s.pos(), source);
        }
    }

    private void optional(Expr e) {
        if (e == null) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            expr(e);
        }
    }

    private void constant(Constant c) {
        Object v = c.value();
        if (v instanceof Singleton s) {
            b.emitLoadConstant(s == Singleton.NONE ? PNone.NONE : PNone.ELLIPSIS);
        } else if (v instanceof byte[] bytes) {
            b.emitLoadConstant(new PBytes(bytes));
        } else if (v instanceof Imaginary im) {
            b.emitLoadConstant(new org.kairos.runtime.PComplex(0.0, im.imag()));
        } else {
            b.emitLoadConstant(v);
        }
    }

    private void compare(Compare c) {
        int n = c.ops().size();
        if (n == 1 && (c.ops().get(0) == CmpOpKind.IS || c.ops().get(0) == CmpOpKind.ISNOT)
                        && c.comparators().get(0) instanceof Constant k && k.value() == Singleton.NONE) {
            if (c.ops().get(0) == CmpOpKind.IS) {
                b.beginIsNone();
                expr(c.left());
                b.endIsNone();
            } else {
                b.beginIsNotNone();
                expr(c.left());
                b.endIsNotNone();
            }
            return;
        }
        if (n == 1) {
            compareOp(c.ops().get(0), () -> expr(c.left()), () -> expr(c.comparators().get(0)));
            return;
        }
        b.beginPyAnd();
        BytecodeLocal prev = null;
        for (int i = 0; i < n; i++) {
            final BytecodeLocal left = prev;
            final Expr rightExpr = c.comparators().get(i);
            final BytecodeLocal right = i < n - 1 ? b.createLocal() : null;
            compareOp(c.ops().get(i), () -> {
                if (left == null) {
                    expr(c.left());
                } else {
                    b.emitLoadLocal(left);
                }
            }, () -> {
                if (right == null) {
                    expr(rightExpr);
                } else {
                    b.beginBlock();
                    b.beginStoreLocal(right);
                    expr(rightExpr);
                    b.endStoreLocal();
                    b.emitLoadLocal(right);
                    b.endBlock();
                }
            });
            prev = right;
        }
        b.endPyAnd();
    }

    private void compareOp(CmpOpKind op, Runnable left, Runnable right) {
        switch (op) {
            case EQ -> b.beginEq();
            case NOTEQ -> b.beginNe();
            case LT -> b.beginLt();
            case LTE -> b.beginLe();
            case GT -> b.beginGt();
            case GTE -> b.beginGe();
            case IS -> b.beginIs();
            case ISNOT -> b.beginIsNot();
            case IN -> b.beginIn();
            case NOTIN -> b.beginNotIn();
        }
        left.run();
        right.run();
        switch (op) {
            case EQ -> b.endEq();
            case NOTEQ -> b.endNe();
            case LT -> b.endLt();
            case LTE -> b.endLe();
            case GT -> b.endGt();
            case GTE -> b.endGe();
            case IS -> b.endIs();
            case ISNOT -> b.endIsNot();
            case IN -> b.endIn();
            case NOTIN -> b.endNotIn();
        }
    }

    /**
     * {@code f(args)} or {@code obj.m(args)} with positional, unstarred arguments and not
     * {@code super(...)}: the operands {@link #awaitCall} compiles.
     */
    private static boolean isPlainCall(Expr e) {
        if (!(e instanceof Call c) || !c.keywords().isEmpty()) {
            return false;
        }
        if (c.func() instanceof Name fn && fn.id().equals("super")) {
            return false;
        }
        for (Expr a : c.args()) {
            if (a instanceof Starred) {
                return false;
            }
        }
        return true;
    }

    /**
     * The call of {@code await f(args)} or {@code await obj.m(args)} together with the await's
     * first step (see AwaitCall and AwaitCallMethod); with {@code yieldFrom}, the same for
     * {@code yield from f(args)} in a generator, which starts a generator function's body at once.
     */
    private void awaitCall(Call c, boolean yieldFrom) {
        // no source section of its own: the await's (see expr) is where CPython puts an error
        // raised by the coroutine's first step
        if (c.func() instanceof Attribute at) {
            b.beginAwaitCallMethod(at.attr(), yieldFrom);
            expr(at.value());
        } else {
            b.beginAwaitCall(yieldFrom);
            expr(c.func());
        }
        for (Expr a : c.args()) {
            expr(a);
        }
        if (c.func() instanceof Attribute) {
            b.endAwaitCallMethod();
        } else {
            b.endAwaitCall();
        }
    }

    private void call(Call c) {
        Pos p = c.pos();
        b.beginSourceSection(p.start(), Math.max(0, p.end() - p.start()));
        boolean hasStar = false;
        boolean hasDoubleStar = false;
        for (Expr a : c.args()) {
            if (a instanceof Starred) {
                hasStar = true;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                hasDoubleStar = true;
            }
        }
        if (c.func() instanceof Name fn && fn.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() &&
                        u.scope.freevars.contains("__class__") && !u.scope.params.isEmpty()) {
            b.beginSuperZeroArg();
            b.emitLoadLocal(u.locals.get("__class__"));
            b.emitLoadLocal(u.locals.get(u.scope.params.get(0)));
            b.endSuperZeroArg();
        } else if (hasStar || hasDoubleStar) {
            b.beginCallEx();
            expr(c.func());
            if (c.args().size() == 1 && c.args().get(0) instanceof Starred s) {
                expr(s.value()); // f(*x): CallEx checks x itself, naming the callee in its error
            } else {
                b.beginBuildSeqUnpack(0);
                for (Expr a : c.args()) {
                    if (a instanceof Starred s) {
                        b.beginStar();
                        expr(s.value());
                        b.endStar();
                    } else {
                        expr(a);
                    }
                }
                b.endBuildSeqUnpack();
            }
            if (c.keywords().isEmpty()) {
                b.emitLoadConstant(PNone.NO_VALUE);
            } else {
                b.beginBuildDictUnpack(true);
                for (Keyword k : c.keywords()) {
                    if (k.arg() == null) {
                        b.beginDoubleStar();
                        expr(k.value());
                        b.endDoubleStar();
                    } else {
                        b.emitLoadConstant(k.arg());
                        expr(k.value());
                    }
                }
                b.endBuildDictUnpack();
            }
            b.endCallEx();
        } else if (!c.keywords().isEmpty()) {
            String[] names = new String[c.keywords().size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = c.keywords().get(i).arg();
            }
            b.beginCallKw(names);
            expr(c.func());
            for (Expr a : c.args()) {
                expr(a);
            }
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            b.endCallKw();
        } else if (c.func() instanceof Attribute at) {
            b.beginCallMethod(at.attr());
            expr(at.value());
            for (Expr a : c.args()) {
                expr(a);
            }
            b.endCallMethod();
        } else {
            b.beginCall();
            expr(c.func());
            for (Expr a : c.args()) {
                expr(a);
            }
            b.endCall();
        }
        b.endSourceSection();
    }

    /** kind: 0 tuple, 1 list, 2 set. */
    private void sequence(List<Expr> elts, int kind) {
        boolean star = false;
        for (Expr e : elts) {
            if (e instanceof Starred) {
                star = true;
            }
        }
        if (star) {
            b.beginBuildSeqUnpack(kind);
            for (Expr e : elts) {
                if (e instanceof Starred s) {
                    b.beginStar();
                    expr(s.value());
                    b.endStar();
                } else {
                    expr(e);
                }
            }
            b.endBuildSeqUnpack();
            return;
        }
        switch (kind) {
            case 0 -> b.beginBuildTuple();
            case 1 -> b.beginBuildList();
            default -> b.beginBuildSet();
        }
        for (Expr e : elts) {
            expr(e);
        }
        switch (kind) {
            case 0 -> b.endBuildTuple();
            case 1 -> b.endBuildList();
            default -> b.endBuildSet();
        }
    }

    private void dict(Dict d) {
        boolean unpack = false;
        for (Expr k : d.keys()) {
            unpack |= k == null;
        }
        if (unpack) {
            b.beginBuildDictUnpack(false);
        } else {
            b.beginBuildDict();
        }
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                b.beginDoubleStar();
                expr(d.values().get(i));
                b.endDoubleStar();
            } else {
                expr(k);
                expr(d.values().get(i));
            }
        }
        if (unpack) {
            b.endBuildDictUnpack();
        } else {
            b.endBuildDict();
        }
    }

    private void joined(JoinedStr j) {
        if (j.values().size() == 1 && j.values().get(0) instanceof Constant c) {
            b.emitLoadConstant(c.value());
            return;
        }
        b.beginBuildString();
        for (Expr v : j.values()) {
            expr(v);
        }
        b.endBuildString();
    }

    private void formatted(FormattedValue f) {
        b.beginFormatValue(f.conversion());
        expr(f.value());
        if (f.formatSpec() == null) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            joined(f.formatSpec());
        }
        b.endFormatValue();
    }

    private void lambda(Lambda l) {
        Scope fs = analyzer.scopes.get(l);
        PCode code = code(l, "<lambda>", fs.qualname, l.pos().line(), signature(l.args()), fs);
        makeFunction(code, fs, l.args());
        queueBody(code, () -> compileFunctionRoot(code, fs, l, () -> {
            beginReturn();
            expr(l.body());
            endReturn();
        }));
    }

    /** kind: 1 list, 2 set, 3 dict. */
    private void comprehension(Expr node, List<Comprehension> gens, int kind, Expr elt, Expr value) {
        Scope cs = analyzer.scopes.get(node);
        if (cs.isCoroutine && !(u.scope.isCoroutine && u.scope.kind == Scope.Kind.FUNCTION) && kind != 0) {
            throw CompileErrors.syntax("asynchronous comprehension outside of an asynchronous function", filename, node.pos(), source);
        }
        String name = kind == 0 ? "<genexpr>" : kind == 1 ? "<listcomp>" : kind == 2 ? "<setcomp>" : "<dictcomp>";
        PCode code = code(node, name, cs.qualname, node.pos().line(), new Signature(new String[]{".0"}, 1, 1, 0, false, false), cs);
        Runnable callComp = () -> {
            b.beginCall();
            b.beginMakeFunction(code);
            b.emitLoadConstant(PNone.NO_VALUE);
            b.emitLoadConstant(PNone.NO_VALUE);
            for (String fv : cs.freevars) {
                loadCellObject(fv);
            }
            b.endMakeFunction();
            if (gens.get(0).isAsync()) {
                b.beginGetAIter();
                expr(gens.get(0).iter());
                b.endGetAIter();
            } else {
                b.beginGetIter();
                expr(gens.get(0).iter());
                b.endGetIter();
            }
            b.endCall();
        };
        if (cs.isCoroutine && kind != 0) {
            yieldFromLoop(() -> {
                b.beginGetAwaitable();
                callComp.run();
                b.endGetAwaitable();
            });
        } else {
            callComp.run();
        }
        if (kind == 0) {
            queueBody(code, () -> compileFunctionRoot(code, cs, node, () -> {
                compLoop(gens, 0, () -> {
                    b.beginPop();
                    b.beginResumeValue();
                    b.beginYield();
                    if (cs.isAsyncGenerator()) {
                        b.beginAsyncGenWrap();
                    }
                    expr(elt);
                    if (cs.isAsyncGenerator()) {
                        b.endAsyncGenWrap();
                    }
                    b.endYield();
                    b.endResumeValue();
                    b.endPop();
                });
                beginReturn();
                b.emitLoadConstant(PNone.NONE);
                endReturn();
            }));
            return;
        }
        queueBody(code, () -> compileFunctionRoot(code, cs, node, () -> {
            BytecodeLocal result = b.createLocal();
            b.beginStoreLocal(result);
            switch (kind) {
                case 1 -> {
                    b.beginBuildList();
                    b.endBuildList();
                }
                case 2 -> {
                    b.beginBuildSet();
                    b.endBuildSet();
                }
                default -> {
                    b.beginBuildDict();
                    b.endBuildDict();
                }
            }
            b.endStoreLocal();
            compLoop(gens, 0, () -> {
                switch (kind) {
                    case 1 -> {
                        b.beginListAppend();
                        b.emitLoadLocal(result);
                        expr(elt);
                        b.endListAppend();
                    }
                    case 2 -> {
                        b.beginSetAdd();
                        b.emitLoadLocal(result);
                        expr(elt);
                        b.endSetAdd();
                    }
                    default -> {
                        b.beginDictSet();
                        b.emitLoadLocal(result);
                        expr(elt);
                        expr(value);
                        b.endDictSet();
                    }
                }
            });
            beginReturn();
            b.emitLoadLocal(result);
            endReturn();
        }));
    }

    private void compLoop(List<Comprehension> gens, int i, Runnable innermost) {
        if (i == gens.size()) {
            innermost.run();
            return;
        }
        Comprehension g = gens.get(i);
        if (g.isAsync()) {
            BytecodeLocal ait = b.createLocal();
            b.beginBlock();
            b.beginStoreLocal(ait);
            if (i == 0) {
                b.emitLoadLocal(u.locals.get(".0"));
            } else {
                b.beginGetAIter();
                expr(g.iter());
                b.endGetAIter();
            }
            b.endStoreLocal();
            asyncLoop(ait, g.target(), null, () -> ifs(g.ifs(), 0, () -> compLoop(gens, i + 1, innermost)), null);
            b.endBlock();
            return;
        }
        BytecodeLocal it = b.createLocal();
        b.beginBlock();
        b.beginStoreLocal(it);
        if (i == 0) {
            b.emitLoadLocal(u.locals.get(".0"));
        } else {
            b.beginGetIter();
            expr(g.iter());
            b.endGetIter();
        }
        b.endStoreLocal();
        BytecodeLocal target = plainLocal(g.target());
        BytecodeLocal val = target != null ? target : objectTemp();
        b.beginWhile();
        iterCondition(it, val, target != null, true);
        b.beginBlock();
        if (target == null) {
            store(g.target(), () -> b.emitLoadLocal(val));
        }
        ifs(g.ifs(), 0, () -> compLoop(gens, i + 1, innermost));
        b.endBlock();
        b.endWhile();
        b.endBlock();
    }

    private void ifs(List<Expr> conds, int i, Runnable body) {
        if (i == conds.size()) {
            body.run();
            return;
        }
        b.beginIfThen();
        condition(conds.get(i));
        b.beginBlock();
        ifs(conds, i + 1, body);
        b.endBlock();
        b.endIfThen();
    }

    // ------------------------------------------------------------------ generators and coroutines

    private void checkYield(Pos pos) {
        if (u.scope.kind != Scope.Kind.FUNCTION) {
            throw CompileErrors.syntax("'yield' outside function", filename, pos, source);
        }
    }

    private void checkAwait(Pos pos) {
        if (u.scope.kind != Scope.Kind.FUNCTION) {
            throw CompileErrors.syntax("'await' outside function", filename, pos, source);
        }
        if (!u.scope.isCoroutine) {
            throw CompileErrors.syntax("'await' outside async function", filename, pos, source);
        }
    }

    /**
     * {@code yield from} / {@code await}: delegate until done; the expression value is the result.
     * One temporary carries the step's result and then the value sent back in; the delegate
     * itself lives in the generator's {@code yieldFrom} between steps, not in the frame.
     */
    private void yieldFromLoop(Runnable iterator) {
        delegationLoop(() -> {
            b.beginYieldFromStart();
            iterator.run();
            b.endYieldFromStart();
        });
    }

    /**
     * The loop of {@link #yieldFromLoop} after {@code firstStep}, which emits the first step's
     * result: {@code if pending(r = first) { while pending(r = next(yield r)) {} } r.value}.
     */
    private void delegationLoop(Runnable firstStep) {
        BytecodeLocal r = temp();
        b.beginBlock();
        b.beginIfThen();
        b.beginStoreStepPending(r);
        firstStep.run();
        b.endStoreStepPending();
        b.beginWhile();
        b.beginStoreStepPending(r);
        b.beginYieldFromNext();
        b.beginYield();
        b.emitLoadLocal(r);
        b.endYield();
        b.endYieldFromNext();
        b.endStoreStepPending();
        b.beginBlock();
        b.endBlock();
        b.endWhile();
        b.endIfThen();
        b.emitYieldFromResult(r);
        b.endBlock();
        release(r);
    }

    private void await(Runnable awaitable) {
        yieldFromLoop(() -> {
            b.beginGetAwaitable();
            awaitable.run();
            b.endGetAwaitable();
        });
    }

    /**
     * {@code async for}: awaits {@code __anext__} until StopAsyncIteration. Either {@code body}
     * (statements, with break/continue and else) or {@code inner} (comprehensions) is given.
     */
    private void asyncLoop(BytecodeLocal ait, Expr target, List<Stmt> body, Runnable inner, List<Stmt> orelse) {
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        BytecodeLabel exhausted = b.createLabel();
        BytecodeLocal val = b.createLocal();
        b.beginWhile();
        b.emitLoadConstant(true);
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        b.beginTryCatch();
        b.beginStoreLocal(val);
        await(() -> {
            b.beginGetANext();
            b.emitLoadLocal(ait);
            b.endGetANext();
        });
        b.endStoreLocal();
        b.beginBlock();
        BytecodeLocal raw = b.createLocal();
        b.beginStoreLocal(raw);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginIfThenElse();
        b.beginExceptionMatches();
        b.beginExceptionValue();
        b.emitLoadLocal(raw);
        b.endExceptionValue();
        b.emitLoadConstant(org.kairos.runtime.ExceptionClasses.StopAsyncIteration);
        b.endExceptionMatches();
        b.emitBranch(exhausted);
        b.beginPop();
        b.beginRethrow();
        b.emitLoadLocal(raw);
        b.endRethrow();
        b.endPop();
        b.endIfThenElse();
        b.endBlock();
        b.endTryCatch();
        store(target, () -> b.emitLoadLocal(val));
        if (body != null) {
            u.loops.push(new BytecodeLabel[]{continueLabel, breakLabel});
            for (Stmt s : body) {
                stmt(s);
            }
            u.loops.pop();
        } else {
            inner.run();
        }
        b.emitLabel(continueLabel);
        b.endBlock();
        b.endWhile();
        b.emitLabel(exhausted);
        if (orelse != null) {
            for (Stmt s : orelse) {
                stmt(s);
            }
        }
        b.emitLabel(breakLabel);
        b.endBlock();
    }
}
