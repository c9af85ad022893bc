package org.kairos.compiler;

import org.kairos.parser.Ast;
import org.kairos.parser.Ast.Arguments;
import org.kairos.parser.Ast.Comprehension;
import org.kairos.parser.Ast.Expr;
import org.kairos.parser.Ast.Name;
import org.kairos.parser.Ast.Stmt;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the reads of a function's local variables that no path can reach with the variable unbound,
 * so that the compiler emits them without the {@code UnboundLocalError} check (one instruction
 * less per read in the interpreter, one guard less in compiled code).
 * <p>
 * A forward analysis over Python's structured control flow that errs on the side of checking: a
 * name counts as assigned after a compound statement only if every way out of it that reaches the
 * next statement assigns it; loop bodies, {@code with} bodies (their exceptions may be suppressed),
 * the operands after the first of {@code and}/{@code or}, chained comparisons and conditional
 * expressions count as possibly skipped; exception handlers and {@code finally} blocks start from
 * what held before the {@code try}, less what its blocks delete. {@code del x} and the end of an
 * {@code except ... as x} handler unbind {@code x}, also for the start of an enclosing loop body.
 */
final class DefiniteAssignment {
    private final Scope scope;
    private final Set<Name> assignedReads = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The names bound on every path to the current point; null when the point is unreachable. */
    private Set<String> bound;

    private DefiniteAssignment(Scope scope, Set<String> bound) {
        this.scope = scope;
        this.bound = bound;
    }

    /** The reads in a {@code def}'s body (and its walrus targets) that need no unbound check. */
    static Set<Name> ofFunction(Scope scope, List<Stmt> body) {
        DefiniteAssignment a = new DefiniteAssignment(scope, new HashSet<>(scope.params));
        a.stmts(body);
        return a.assignedReads;
    }

    /** As {@link #ofFunction} for a lambda's body. */
    static Set<Name> ofLambda(Scope scope, Expr body) {
        DefiniteAssignment a = new DefiniteAssignment(scope, new HashSet<>(scope.params));
        a.expr(body);
        return a.assignedReads;
    }

    /**
     * As {@link #ofFunction} for a comprehension's own scope: the first iterable is evaluated
     * outside it; each target is bound before the conditions and the generators that follow it.
     */
    static Set<Name> ofComprehension(Scope scope, List<Comprehension> gens, Expr elt, Expr value) {
        DefiniteAssignment a = new DefiniteAssignment(scope, new HashSet<>(scope.params));
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                a.expr(g.iter());
            }
            a.bindTarget(g.target());
            for (Expr cond : g.ifs()) {
                a.expr(cond);
            }
        }
        a.expr(elt);
        a.expr(value);
        return a.assignedReads;
    }

    // ------------------------------------------------------------------ state

    private Set<String> copy() {
        return copy(bound);
    }

    private static Set<String> copy(Set<String> s) {
        return s == null ? null : new HashSet<>(s);
    }

    private static Set<String> meet(Set<String> x, Set<String> y) {
        if (x == null) {
            return y;
        }
        if (y == null) {
            return x;
        }
        Set<String> r = new HashSet<>(x);
        r.retainAll(y);
        return r;
    }

    private static Set<String> minus(Set<String> s, Set<String> removed) {
        if (s == null) {
            return null;
        }
        Set<String> r = new HashSet<>(s);
        r.removeAll(removed);
        return r;
    }

    private void bind(String name) {
        if (bound != null) {
            bound.add(name);
        }
    }

    private void unbind(String name) {
        if (bound != null) {
            bound.remove(name);
        }
    }

    // ------------------------------------------------------------------ statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Ast.FunctionDef f -> {
                exprs(f.decorators());
                arguments(f.args());
                expr(f.returns());
                bind(f.name());
            }
            case Ast.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                for (Ast.Keyword k : c.keywords()) {
                    expr(k.value());
                }
                bind(c.name());
            }
            case Ast.Return r -> {
                expr(r.value());
                bound = null;
            }
            case Ast.Delete d -> {
                for (Expr t : d.targets()) {
                    deleteTarget(t);
                }
            }
            case Ast.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    bindTarget(t);
                }
            }
            case Ast.AugAssign a -> {
                if (a.target() instanceof Name n) {
                    read(n);
                    expr(a.value());
                    bind(n.id());
                } else {
                    targetParts(a.target());
                    expr(a.value());
                }
            }
            case Ast.AnnAssign a -> {
                expr(a.value());
                if (a.value() != null) {
                    bindTarget(a.target());
                } else if (!(a.target() instanceof Name)) {
                    targetParts(a.target());
                }
            }
            case Ast.For f -> {
                expr(f.iter());
                Set<String> entry = minus(bound, unbinds(f.body()));
                bound = copy(entry);
                bindTarget(f.target());
                stmts(f.body());
                bound = copy(entry);
                stmts(f.orelse());
                bound = minus(entry, unbinds(f.orelse()));
            }
            case Ast.While w -> {
                Set<String> entry = minus(bound, unbinds(w.body()));
                bound = copy(entry);
                expr(w.test());
                Set<String> afterTest = copy();
                stmts(w.body());
                bound = afterTest;
                stmts(w.orelse());
                // a break leaves with the body's deletions done, and the test rebinds only on the else path
                Set<String> removed = unbinds(w.body());
                removed.addAll(unbinds(w.orelse()));
                bound = minus(afterTest, removed);
            }
            case Ast.If i -> {
                expr(i.test());
                Set<String> start = copy();
                stmts(i.body());
                Set<String> then = bound;
                bound = start;
                stmts(i.orelse());
                bound = meet(then, bound);
            }
            case Ast.With w -> {
                for (Ast.WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        bindTarget(item.optionalVars());
                    }
                }
                Set<String> afterItems = copy();
                stmts(w.body());
                // the context manager may swallow an exception raised anywhere in the body
                bound = minus(afterItems, unbinds(w.body()));
            }
            case Ast.Raise r -> {
                expr(r.exc());
                expr(r.cause());
                bound = null;
            }
            case Ast.Try t -> tryStmt(t);
            case Ast.Assert a -> {
                expr(a.test());
                Set<String> afterTest = copy();
                expr(a.msg());
                bound = afterTest;
            }
            case Ast.Import i -> {
                for (Ast.Alias al : i.names()) {
                    String n = al.asname() != null ? al.asname() : al.name();
                    int dot = n.indexOf('.');
                    bind(dot < 0 ? n : n.substring(0, dot));
                }
            }
            case Ast.ImportFrom i -> {
                for (Ast.Alias al : i.names()) {
                    bind(al.asname() != null ? al.asname() : al.name());
                }
            }
            case Ast.ExprStmt e -> expr(e.value());
            case Ast.Break b -> bound = null;
            case Ast.Continue c -> bound = null;
            case Ast.Global g -> {
            }
            case Ast.Nonlocal n -> {
            }
            case Ast.Pass p -> {
            }
        }
    }

    private void tryStmt(Ast.Try t) {
        Set<String> before = copy();
        stmts(t.body());
        stmts(t.orelse());
        Set<String> normal = bound;
        Set<String> handlerStart = minus(before, unbinds(t.body()));
        if (t.isStar()) {
            // except*: a handler may run after others, which may have unbound names
            handlerStart = minus(handlerStart, handlerUnbinds(t));
        }
        for (Ast.ExceptHandler h : t.handlers()) {
            bound = copy(handlerStart);
            expr(h.type());
            if (h.name() != null) {
                bind(h.name());
            }
            stmts(h.body());
            if (h.name() != null) {
                unbind(h.name());
            }
            normal = meet(normal, bound);
        }
        if (!t.finalbody().isEmpty()) {
            Set<String> removed = unbinds(t.body());
            removed.addAll(unbinds(t.orelse()));
            removed.addAll(handlerUnbinds(t));
            bound = minus(before, removed);
            stmts(t.finalbody());
            Set<String> finallyRemoved = unbinds(t.finalbody());
            // the finally block runs on the way out of every path; only its unbinds carry over
            normal = bound == null ? null : minus(normal, finallyRemoved);
        }
        bound = normal;
    }

    private static Set<String> handlerUnbinds(Ast.Try t) {
        Set<String> removed = new HashSet<>();
        for (Ast.ExceptHandler h : t.handlers()) {
            removed.addAll(unbinds(h.body()));
            if (h.name() != null) {
                removed.add(h.name());
            }
        }
        return removed;
    }

    private void deleteTarget(Expr t) {
        switch (t) {
            case Name n -> unbind(n.id());
            case Ast.TupleExpr tu -> tu.elts().forEach(this::deleteTarget);
            case Ast.ListExpr l -> l.elts().forEach(this::deleteTarget);
            default -> targetParts(t);
        }
    }

    private void bindTarget(Expr t) {
        switch (t) {
            case Name n -> bind(n.id());
            case Ast.TupleExpr tu -> tu.elts().forEach(this::bindTarget);
            case Ast.ListExpr l -> l.elts().forEach(this::bindTarget);
            case Ast.Starred st -> bindTarget(st.value());
            default -> targetParts(t);
        }
    }

    /** The reads of an attribute or subscript target. */
    private void targetParts(Expr t) {
        switch (t) {
            case Ast.Attribute a -> expr(a.value());
            case Ast.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void arguments(Arguments args) {
        exprs(args.defaults());
        for (Expr d : args.kwDefaults()) {
            expr(d);
        }
        for (Ast.Arg a : args.posonlyargs()) {
            expr(a.annotation());
        }
        for (Ast.Arg a : args.args()) {
            expr(a.annotation());
        }
        for (Ast.Arg a : args.kwonlyargs()) {
            expr(a.annotation());
        }
        if (args.vararg() != null) {
            expr(args.vararg().annotation());
        }
        if (args.kwarg() != null) {
            expr(args.kwarg().annotation());
        }
    }

    // ------------------------------------------------------------------ expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void read(Name n) {
        if (bound != null && bound.contains(n.id()) && scope.binding(n.id()) == Scope.Binding.LOCAL) {
            assignedReads.add(n);
        }
    }

    /** Evaluates {@code e}; its walrus bindings count only where every path evaluates them. */
    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Name n -> read(n);
            case Ast.NamedExpr n -> {
                expr(n.value());
                bind(n.target().id());
                read(n.target());
            }
            case Ast.BoolOp o -> {
                expr(o.values().get(0));
                Set<String> afterFirst = copy();
                for (int i = 1; i < o.values().size(); i++) {
                    expr(o.values().get(i));
                }
                bound = afterFirst;
            }
            case Ast.IfExp i -> {
                expr(i.test());
                Set<String> start = copy();
                expr(i.body());
                Set<String> then = bound;
                bound = start;
                expr(i.orelse());
                bound = meet(then, bound);
            }
            case Ast.Compare c -> {
                expr(c.left());
                expr(c.comparators().get(0));
                Set<String> afterFirst = copy();
                for (int i = 1; i < c.comparators().size(); i++) {
                    expr(c.comparators().get(i));
                }
                bound = afterFirst;
            }
            case Ast.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Ast.UnaryOp u -> expr(u.operand());
            case Ast.Lambda l -> arguments(l.args());
            case Ast.Dict d -> {
                for (int i = 0; i < d.values().size(); i++) {
                    expr(d.keys().get(i));
                    expr(d.values().get(i));
                }
            }
            case Ast.SetExpr s -> exprs(s.elts());
            case Ast.ListExpr l -> exprs(l.elts());
            case Ast.TupleExpr t -> exprs(t.elts());
            // only the first iterable is evaluated here; the rest runs in the comprehension's scope
            case Ast.ListComp c -> expr(c.generators().get(0).iter());
            case Ast.SetComp c -> expr(c.generators().get(0).iter());
            case Ast.DictComp c -> expr(c.generators().get(0).iter());
            case Ast.GeneratorExp c -> expr(c.generators().get(0).iter());
            case Ast.Await a -> expr(a.value());
            case Ast.Yield y -> expr(y.value());
            case Ast.YieldFrom y -> expr(y.value());
            case Ast.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Ast.Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Ast.FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            case Ast.JoinedStr j -> exprs(j.values());
            case Ast.Constant c -> {
            }
            case Ast.Attribute a -> expr(a.value());
            case Ast.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Ast.Starred s -> expr(s.value());
            case Ast.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
        }
    }

    // ------------------------------------------------------------------ unbinding

    /** The names that {@code del} or the end of an {@code except ... as} handler may unbind in {@code body}. */
    private static Set<String> unbinds(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        for (Stmt s : body) {
            collectUnbinds(s, out);
        }
        return out;
    }

    private static void collectUnbinds(Stmt s, Set<String> out) {
        switch (s) {
            case Ast.Delete d -> {
                for (Expr t : d.targets()) {
                    deletedNames(t, out);
                }
            }
            case Ast.For f -> {
                f.body().forEach(x -> collectUnbinds(x, out));
                f.orelse().forEach(x -> collectUnbinds(x, out));
            }
            case Ast.While w -> {
                w.body().forEach(x -> collectUnbinds(x, out));
                w.orelse().forEach(x -> collectUnbinds(x, out));
            }
            case Ast.If i -> {
                i.body().forEach(x -> collectUnbinds(x, out));
                i.orelse().forEach(x -> collectUnbinds(x, out));
            }
            case Ast.With w -> w.body().forEach(x -> collectUnbinds(x, out));
            case Ast.Try t -> {
                t.body().forEach(x -> collectUnbinds(x, out));
                t.orelse().forEach(x -> collectUnbinds(x, out));
                t.finalbody().forEach(x -> collectUnbinds(x, out));
                for (Ast.ExceptHandler h : t.handlers()) {
                    if (h.name() != null) {
                        out.add(h.name());
                    }
                    h.body().forEach(x -> collectUnbinds(x, out));
                }
            }
            default -> {
            }
        }
    }

    private static void deletedNames(Expr t, Set<String> out) {
        switch (t) {
            case Name n -> out.add(n.id());
            case Ast.TupleExpr tu -> tu.elts().forEach(x -> deletedNames(x, out));
            case Ast.ListExpr l -> l.elts().forEach(x -> deletedNames(x, out));
            default -> {
            }
        }
    }
}
