package org.kairos.parser;

import java.util.List;

/**
 * The abstract syntax tree produced by {@link Parser}: one record per node kind, named and shaped after
 * CPython's {@code ast} module (3.13), so the compiler reads like {@code compile.c}. Every node carries
 * its exact source position ({@link Pos}); optional children are {@code null}, lists are never null.
 */
public final class Ast {
    private Ast() {
    }

    /**
     * A source span: 1-based lines, 0-based character columns (as CPython's col_offset but in
     * characters), and absolute character offsets into the source for Truffle source sections.
     */
    public record Pos(int line, int col, int endLine, int endCol, int start, int end) {
        public static Pos span(Pos from, Pos to) {
            return new Pos(from.line, from.col, to.endLine, to.endCol, from.start, to.end);
        }
    }

    /** Any AST node. */
    public sealed interface Node permits Expr, Stmt, Arguments, Arg, Keyword, Alias, WithItem, ExceptHandler, Comprehension, Module {
        Pos pos();
    }

    public enum Ctx { LOAD, STORE, DEL }

    public enum BinOpKind {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"), LSHIFT("<<"), RSHIFT(">>"),
        BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;

        BinOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    public enum UnaryOpKind { INVERT, NOT, UADD, USUB }

    public enum CmpOpKind {
        EQ("=="), NOTEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="), IS("is"), ISNOT("is not"), IN("in"), NOTIN("not in");

        public final String symbol;

        CmpOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Constant values the parser cannot express with a Java type of their own. */
    public enum Singleton { NONE, ELLIPSIS }

    // ---------------------------------------------------------------- module and helpers

    public record Module(List<Stmt> body, Pos pos) implements Node {
    }

    /** Function parameters; {@code kwDefaults} has one (nullable) entry per kw-only argument. */
    public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults,
                    Arg kwarg, List<Expr> defaults, Pos pos) implements Node {
    }

    public record Arg(String arg, Expr annotation, Pos pos) implements Node {
    }

    /** {@code arg} is null for {@code **mapping}. */
    public record Keyword(String arg, Expr value, Pos pos) implements Node {
    }

    public record Alias(String name, String asname, Pos pos) implements Node {
    }

    public record WithItem(Expr contextExpr, Expr optionalVars, Pos pos) implements Node {
    }

    public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {
    }

    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync, Pos pos) implements Node {
    }

    // ---------------------------------------------------------------- statements

    public sealed interface Stmt extends Node permits FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If, With,
                    Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break, Continue {
    }

    /** {@code def} and {@code async def}. */
    public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, boolean isAsync, Pos pos) implements Stmt {
    }

    public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators, Pos pos) implements Stmt {
    }

    public record Return(Expr value, Pos pos) implements Stmt {
    }

    public record Delete(List<Expr> targets, Pos pos) implements Stmt {
    }

    /** {@code a = b = value}: targets in source order. */
    public record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
    }

    public record AugAssign(Expr target, BinOpKind op, Expr value, Pos pos) implements Stmt {
    }

    public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
    }

    public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, Pos pos) implements Stmt {
    }

    public record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    public record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    public record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Pos pos) implements Stmt {
    }

    public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
    }

    /** {@code try} and {@code try ... except*} ({@code isStar}). */
    public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, boolean isStar, Pos pos) implements Stmt {
    }

    public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
    }

    public record Import(List<Alias> names, Pos pos) implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}; a single alias named "*" is a star import. */
    public record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
    }

    public record Global(List<String> names, Pos pos) implements Stmt {
    }

    public record Nonlocal(List<String> names, Pos pos) implements Stmt {
    }

    /** An expression statement (CPython's {@code Expr}). */
    public record ExprStmt(Expr value, Pos pos) implements Stmt {
    }

    public record Pass(Pos pos) implements Stmt {
    }

    public record Break(Pos pos) implements Stmt {
    }

    public record Continue(Pos pos) implements Stmt {
    }

    // ---------------------------------------------------------------- expressions

    public sealed interface Expr extends Node permits BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, SetExpr, ListComp, SetComp, DictComp,
                    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name,
                    ListExpr, TupleExpr, Slice {
    }

    /** {@code isAnd}: {@code and}, else {@code or}; two or more values. */
    public record BoolOp(boolean isAnd, List<Expr> values, Pos pos) implements Expr {
    }

    public record NamedExpr(Name target, Expr value, Pos pos) implements Expr {
    }

    public record BinOp(Expr left, BinOpKind op, Expr right, Pos pos) implements Expr {
    }

    public record UnaryOp(UnaryOpKind op, Expr operand, Pos pos) implements Expr {
    }

    public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
    }

    public record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
    }

    /** A null key means {@code **value}. */
    public record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    }

    public record SetExpr(List<Expr> elts, Pos pos) implements Expr {
    }

    public record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    public record Await(Expr value, Pos pos) implements Expr {
    }

    public record Yield(Expr value, Pos pos) implements Expr {
    }

    public record YieldFrom(Expr value, Pos pos) implements Expr {
    }

    public record Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators, Pos pos) implements Expr {
    }

    /** Positional {@code args} may contain {@link Starred}; keywords with a null name are {@code **}. */
    public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {
    }

    /** One {@code {...}} of an f-string; conversion is -1, 's', 'r' or 'a'; formatSpec may be null. */
    public record FormattedValue(Expr value, int conversion, JoinedStr formatSpec, Pos pos) implements Expr {
    }

    /** An f-string (also a format spec with replacement fields): Constant strings and FormattedValues. */
    public record JoinedStr(List<Expr> values, Pos pos) implements Expr {
    }

    /**
     * A literal. {@code value} is a Long, BigInteger, Double, String, byte[], Boolean, {@link Singleton}
     * or {@link Imaginary}.
     */
    public record Constant(Object value, Pos pos) implements Expr {
    }

    /** The value of an imaginary literal such as {@code 2j}. */
    public record Imaginary(double imag) {
    }

    public record Attribute(Expr value, String attr, Ctx ctx, Pos pos) implements Expr {
    }

    public record Subscript(Expr value, Expr slice, Ctx ctx, Pos pos) implements Expr {
    }

    public record Starred(Expr value, Ctx ctx, Pos pos) implements Expr {
    }

    public record Name(String id, Ctx ctx, Pos pos) implements Expr {
    }

    public record ListExpr(List<Expr> elts, Ctx ctx, Pos pos) implements Expr {
    }

    public record TupleExpr(List<Expr> elts, Ctx ctx, Pos pos) implements Expr {
    }

    public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
    }
}
