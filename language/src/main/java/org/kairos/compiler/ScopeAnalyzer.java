package org.kairos.compiler;

import org.kairos.parser.Ast;
import org.kairos.parser.Ast.*;
import org.kairos.parser.Ast.Module;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * Decides for every name in every scope whether it is a fast local, a cell, a free variable, a
 * global or a class/module-level name (CPython's symtable). Comprehensions and lambdas are function
 * scopes; functions in a class that use {@code super} or {@code __class__} get the implicit
 * {@code __class__} cell of the class.
 */
final class ScopeAnalyzer {
    final IdentityHashMap<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    Scope analyze(Module m) {
        Scope s = new Scope(Scope.Kind.MODULE, null, "<module>", "");
        scopes.put(m, s);
        current = s;
        stmts(m.body());
        resolve(s);
        return s;
    }

    private static String childQualname(Scope parent, String name) {
        if (parent == null || parent.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (parent.kind == Scope.Kind.FUNCTION) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void bind(String n) {
        if (current.assigned.add(n) && current.suspended) {
            current.boundAfterSuspension.add(n);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> {
                for (Expr d : f.decorators()) {
                    expr(d);
                }
                argDefaults(f.args());
                bind(f.name());
                Scope fs = new Scope(Scope.Kind.FUNCTION, current, f.name(), childQualname(current, f.name()));
                fs.isCoroutine = f.isAsync();
                // A coroutine's body first runs at its first send, which for tasks created in a
                // fan-out comes after thousands of calls: its start counts as a suspension point.
                fs.suspended = f.isAsync();
                scopes.put(f, fs);
                Scope saved = current;
                current = fs;
                params(f.args());
                stmts(f.body());
                current = saved;
            }
            case ClassDef c -> {
                for (Expr d : c.decorators()) {
                    expr(d);
                }
                for (Expr b : c.bases()) {
                    expr(b);
                }
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                bind(c.name());
                Scope cs = new Scope(Scope.Kind.CLASS, current, c.name(), childQualname(current, c.name()));
                scopes.put(c, cs);
                Scope saved = current;
                current = cs;
                stmts(c.body());
                current = saved;
            }
            case Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Delete d -> d.targets().forEach(this::target);
            case Assign a -> {
                expr(a.value());
                a.targets().forEach(this::target);
            }
            case AugAssign a -> {
                expr(a.value());
                target(a.target());
                if (a.target() instanceof Name n) {
                    current.used.add(n.id());
                } else {
                    expr(a.target());
                }
            }
            case AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    target(a.target());
                } else if (a.target() instanceof Name n && current.kind != Scope.Kind.MODULE) {
                    bind(n.id());
                }
            }
            case For f -> {
                expr(f.iter());
                int before = current.unconditionalSuspensions;
                if (f.isAsync()) {
                    suspension();
                }
                target(f.target());
                loopBody(f, f.body(), before);
                stmts(f.orelse());
            }
            case While w -> {
                int before = current.unconditionalSuspensions;
                expr(w.test());
                loopBody(w, w.body(), before);
                stmts(w.orelse());
            }
            case If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case With w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (w.isAsync()) {
                        suspension();
                    }
                    if (it.optionalVars() != null) {
                        target(it.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Try t -> {
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Import i -> {
                for (Alias a : i.names()) {
                    bind(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
                }
            }
            case ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (!a.name().equals("*")) {
                        bind(a.asname() != null ? a.asname() : a.name());
                    }
                }
            }
            case Global g -> current.globals.addAll(g.names());
            case Nonlocal n -> current.nonlocals.addAll(n.names());
            case ExprStmt e -> expr(e.value());
            case Pass p -> {
            }
            case Break b -> {
            }
            case Continue c -> {
            }
        }
    }

    private void argDefaults(Arguments a) {
        for (Expr d : a.defaults()) {
            expr(d);
        }
        for (Expr d : a.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
    }

    private void params(Arguments a) {
        for (Arg p : a.posonlyargs()) {
            param(p.arg());
        }
        for (Arg p : a.args()) {
            param(p.arg());
        }
        if (a.vararg() != null) {
            param(a.vararg().arg());
        }
        for (Arg p : a.kwonlyargs()) {
            param(p.arg());
        }
        if (a.kwarg() != null) {
            param(a.kwarg().arg());
        }
    }

    private void param(String n) {
        current.params.add(n);
        current.assigned.add(n);
    }

    /** An await, yield or async for/with of the current scope. */
    private void suspension() {
        current.suspended = true;
        if (current.conditionalDepth == 0) {
            current.unconditionalSuspensions++;
        }
    }

    /**
     * Visits a loop's body and records the loop in {@link Scope#alwaysSuspendingLoops} if every
     * iteration suspends: a suspension since {@code before} (in the test, or an async for's
     * step), or in one of the body's leading simple statements, which every iteration runs. A
     * suspension after an {@code if}, a {@code continue} or any other compound statement may be
     * skipped.
     */
    private void loopBody(Stmt loop, List<Stmt> body, int before) {
        boolean always = current.unconditionalSuspensions > before;
        boolean leading = true;
        for (Stmt st : body) {
            leading &= st instanceof ExprStmt || st instanceof Assign || st instanceof AugAssign || st instanceof AnnAssign;
            stmt(st);
            always |= leading && current.unconditionalSuspensions > before;
        }
        if (always) {
            current.alwaysSuspendingLoops.add(loop);
        }
    }

    private void target(Expr t) {
        switch (t) {
            case Name n -> bind(n.id());
            case TupleExpr tu -> tu.elts().forEach(this::target);
            case ListExpr l -> l.elts().forEach(this::target);
            case Starred s -> target(s.value());
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case BoolOp b -> {
                expr(b.values().get(0));
                current.conditionalDepth++;
                for (int k = 1; k < b.values().size(); k++) {
                    expr(b.values().get(k));
                }
                current.conditionalDepth--;
            }
            case NamedExpr n -> {
                expr(n.value());
                Scope s = current;
                if (s.isComprehension) {
                    Scope owner = s;
                    while (owner.isComprehension) {
                        owner.nonlocals.add(n.target().id());
                        owner = owner.parent;
                    }
                    if (owner.kind == Scope.Kind.MODULE) {
                        for (Scope c = s; c.isComprehension; c = c.parent) {
                            c.nonlocals.remove(n.target().id());
                            c.globals.add(n.target().id());
                        }
                    }
                    owner.assigned.add(n.target().id());
                } else {
                    bind(n.target().id());
                }
            }
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case Lambda l -> {
                argDefaults(l.args());
                Scope fs = new Scope(Scope.Kind.FUNCTION, current, "<lambda>", childQualname(current, "<lambda>"));
                scopes.put(l, fs);
                Scope saved = current;
                current = fs;
                params(l.args());
                expr(l.body());
                current = saved;
            }
            case IfExp i -> {
                expr(i.test());
                current.conditionalDepth++;
                expr(i.body());
                expr(i.orelse());
                current.conditionalDepth--;
            }
            case Dict d -> {
                for (Expr k : d.keys()) {
                    if (k != null) {
                        expr(k);
                    }
                }
                d.values().forEach(this::expr);
            }
            case SetExpr s -> s.elts().forEach(this::expr);
            case ListComp c -> comprehension(e, "<listcomp>", c.generators(), List.of(c.elt()));
            case SetComp c -> comprehension(e, "<setcomp>", c.generators(), List.of(c.elt()));
            case DictComp c -> comprehension(e, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
            case GeneratorExp c -> comprehension(e, "<genexpr>", c.generators(), List.of(c.elt()));
            case Await a -> {
                if (current.isComprehension) {
                    current.isCoroutine = true;
                }
                current.usesAwait = true;
                expr(a.value());
                suspension();
            }
            case Yield y -> {
                current.isGenerator = true;
                if (y.value() != null) {
                    expr(y.value());
                }
                suspension();
            }
            case YieldFrom y -> {
                current.isGenerator = true;
                expr(y.value());
                suspension();
            }
            case Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case JoinedStr j -> j.values().forEach(this::expr);
            case Constant c -> {
            }
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Starred s -> expr(s.value());
            case Name n -> {
                if (n.ctx() == Ctx.LOAD) {
                    current.used.add(n.id());
                    if (n.id().equals("super") || n.id().equals("__class__")) {
                        current.usesSuper = true;
                    }
                } else {
                    target(n);
                }
            }
            case ListExpr l -> {
                if (l.ctx() == Ctx.LOAD) {
                    l.elts().forEach(this::expr);
                } else {
                    target(l);
                }
            }
            case TupleExpr t -> {
                if (t.ctx() == Ctx.LOAD) {
                    t.elts().forEach(this::expr);
                } else {
                    target(t);
                }
            }
            case Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, List<Expr> elts) {
        // the first iterable is evaluated in the enclosing scope
        expr(gens.get(0).iter());
        Scope cs = new Scope(Scope.Kind.FUNCTION, current, name, childQualname(current, name));
        cs.isComprehension = true;
        cs.isGenerator = node instanceof GeneratorExp;
        scopes.put(node, cs);
        Scope saved = current;
        current = cs;
        param(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
            if (g.isAsync()) {
                cs.isCoroutine = true;
            }
        }
        elts.forEach(this::expr);
        current = saved;
        if (cs.isCoroutine && !cs.isGenerator) {
            // an async list, set or dict comprehension is awaited by this scope
            suspension();
        }
    }

    // ------------------------------------------------------------------ resolution

    private void resolve(Scope s) {
        for (Scope c : s.children) {
            resolve(c);
        }
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String n : s.nonlocals) {
                if (!s.freevars.contains(n)) {
                    makeFree(s, n);
                }
            }
            for (String n : s.used) {
                if (s.isLocalHere(n) || s.globals.contains(n) || s.freevars.contains(n) || s.cellvars.contains(n)) {
                    continue;
                }
                Scope def = findDefining(s.parent, n);
                if (def != null) {
                    makeFree(s, n);
                }
            }
            if (s.usesSuper && !s.freevars.contains("__class__")) {
                Scope c = s.parent;
                while (c != null && c.kind == Scope.Kind.FUNCTION) {
                    c = c.parent;
                }
                if (c != null && c.kind == Scope.Kind.CLASS) {
                    makeFree(s, "__class__");
                }
            }
        }
    }

    private static Scope findDefining(Scope from, String n) {
        for (Scope p = from; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.MODULE) {
                return null;
            }
            if (p.kind == Scope.Kind.CLASS) {
                if (n.equals("__class__")) {
                    return p;
                }
                continue;
            }
            if (p.globals.contains(n)) {
                return null;
            }
            if (p.isLocalHere(n) || p.cellvars.contains(n) || p.freevars.contains(n) || p.nonlocals.contains(n)) {
                return p;
            }
        }
        return null;
    }

    /** Makes {@code n} free in {@code s} and every scope up to the one defining it, where it becomes a cell. */
    private static void makeFree(Scope s, String n) {
        s.freevars.add(n);
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.MODULE) {
                return;
            }
            if (p.kind == Scope.Kind.CLASS) {
                if (n.equals("__class__")) {
                    p.cellvars.add(n);
                    return;
                }
                p.freevars.add(n);
                continue;
            }
            if (p.isLocalHere(n) && !p.nonlocals.contains(n)) {
                p.cellvars.add(n);
                return;
            }
            p.freevars.add(n);
            if (p.nonlocals.contains(n) || p.freevars.contains(n) && findDefining(p.parent, n) == null) {
                // keep walking: a nonlocal passes the binding through
            }
        }
    }

}
