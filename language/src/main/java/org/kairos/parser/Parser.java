package org.kairos.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kairos.parser.Ast.*;
import org.kairos.parser.Token.Kind;

/**
 * Hand-written recursive-descent parser for the Python 3.13 grammar subset Kairos supports. Expressions are always
 * parsed in LOAD context and rewritten to STORE/DEL once they turn out to be targets (records are immutable).
 * Error messages and positions follow CPython 3.13 for the common cases.
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
                    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
                    "raise", "return", "try", "while", "with", "yield");

    final SourceMap map;
    private final Tokenizer tz;
    private final List<Token> toks = new ArrayList<>();
    private int idx;

    Parser(SourceMap map, Tokenizer tz) {
        this.map = map;
        this.tz = tz;
    }

    /** Parses a whole module (exec/file input). */
    public static Ast.Module parseModule(String source, String filename) {
        SourceMap map = new SourceMap(source, filename);
        Parser p = new Parser(map, new Tokenizer(map));
        List<Stmt> body = new ArrayList<>();
        try {
            while (p.peek().kind() != Kind.ENDMARKER) {
                body.addAll(p.statement());
            }
        } catch (PySyntaxError e) {
            throw p.preferTokenizerError(e);
        }
        return new Ast.Module(body, map.pos(0, source.length()));
    }

    /**
     * Like CPython, after a parser error the rest of the input is tokenized: a tokenizer error found there (an
     * unterminated string, a stray bracket) wins, and an unclosed bracket wins if it was opened on an earlier line
     * than the parser error.
     */
    PySyntaxError preferTokenizerError(PySyntaxError e) {
        if (tz.failure() != null || e.type.equals("IndentationError")) {
            return e;
        }
        try {
            peek(Integer.MAX_VALUE / 4 - idx);
        } catch (PySyntaxError te) {
            if (te.msg.endsWith("was never closed") && te.line >= e.line) {
                return e;
            }
            return te;
        }
        return e;
    }

    /** Parses the input of {@code eval()}: an expression list, surrounded by optional whitespace/newlines. */
    public static Expr parseExpression(String source, String filename) {
        SourceMap map = new SourceMap(source, filename);
        int start = 0;
        while (start < source.length() && (source.charAt(start) == ' ' || source.charAt(start) == '\t' || source.charAt(start) == '\n'
                        || source.charAt(start) == '\r' || source.charAt(start) == '\f')) {
            start++;
        }
        Parser p = new Parser(map, new Tokenizer(map, start, source.length(), false));
        try {
            Expr e = p.starExpressions();
            while (p.peek().kind() == Kind.NEWLINE) {
                p.advance();
            }
            if (p.peek().kind() != Kind.ENDMARKER) {
                throw p.syntaxError(p.peek());
            }
            return e;
        } catch (PySyntaxError e) {
            throw p.preferTokenizerError(e);
        }
    }

    // ------------------------------------------------------------------ token helpers

    Token peek() {
        return peek(0);
    }

    Token peek(int k) {
        while (toks.size() <= idx + k) {
            if (!toks.isEmpty() && toks.get(toks.size() - 1).kind() == Kind.ENDMARKER) {
                return toks.get(toks.size() - 1);
            }
            toks.add(tz.next());
        }
        return toks.get(idx + k);
    }

    Token advance() {
        Token t = peek();
        if (t.kind() != Kind.ENDMARKER) {
            idx++;
        }
        return t;
    }

    private boolean at(String s) {
        return peek().is(s);
    }

    private boolean atKw(String s) {
        Token t = peek();
        return t.kind() == Kind.NAME && t.text().equals(s);
    }

    private Token expect(String s) {
        if (!at(s)) {
            throw syntaxError(peek());
        }
        return advance();
    }

    /** End of the last consumed token that has text (a compound statement ends with its last body line, not the DEDENT). */
    private int prevEnd() {
        for (int i = idx - 1; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.kind() != Kind.NEWLINE && t.kind() != Kind.INDENT && t.kind() != Kind.DEDENT) {
                return t.end();
            }
        }
        return peek().start();
    }

    private Pos pos(int start) {
        return map.pos(start, Math.max(start, prevEnd()));
    }

    private static Pos span(Node a, Node b) {
        return Pos.span(a.pos(), b.pos());
    }

    private String name() {
        Token t = peek();
        if (t.kind() != Kind.NAME || KEYWORDS.contains(t.text())) {
            throw syntaxError(t);
        }
        advance();
        return t.text();
    }

    private boolean isName(Token t) {
        return t.kind() == Kind.NAME && !KEYWORDS.contains(t.text());
    }

    /**
     * The generic "invalid syntax" error at {@code t}. Like CPython, the rest of the input is tokenized first so that a
     * tokenizer error (unclosed bracket, unterminated string) takes precedence.
     */
    PySyntaxError syntaxError(Token t) {
        if (t.kind() == Kind.INDENT) {
            int l = map.line(t.start());
            return map.errorAt("IndentationError", "unexpected indent", l, map.col(t.start()), l, -1);
        }
        if (t.kind() == Kind.DEDENT) {
            int l = map.line(t.start());
            return map.errorAt("IndentationError", "unexpected unindent", l, map.col(t.start()), l, -1);
        }
        return map.error("invalid syntax", t.start(), t.end());
    }

    private PySyntaxError errorAt(String msg, Node n) {
        Pos p = n.pos();
        return new PySyntaxError("SyntaxError", msg, map.filename, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1, map.lineText(p.line()));
    }

    private PySyntaxError errorAt(String msg, Token t) {
        return map.error(msg, t.start(), t.end());
    }

    // ------------------------------------------------------------------ statements

    List<Stmt> statement() {
        Token t = peek();
        if (t.kind() == Kind.INDENT) {
            throw syntaxError(t);
        }
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "if":
                    return List.of(ifStmt());
                case "while":
                    return List.of(whileStmt());
                case "for":
                    return List.of(forStmt(t.start(), false));
                case "try":
                    return List.of(tryStmt());
                case "with":
                    return List.of(withStmt(t.start(), false));
                case "def":
                    return List.of(funcDef(List.of(), t.start(), false));
                case "class":
                    return List.of(classDef(List.of()));
                case "async": {
                    Token n = peek(1);
                    if (n.is("def") || n.is("for") || n.is("with")) {
                        advance();
                        return List.of(switch (n.text()) {
                            case "def" -> funcDef(List.of(), t.start(), true);
                            case "for" -> forStmt(t.start(), true);
                            default -> withStmt(t.start(), true);
                        });
                    }
                    break;
                }
                default:
                    break;
            }
        }
        if (t.is("@")) {
            return List.of(decorated());
        }
        return simpleStmts();
    }

    private List<Stmt> simpleStmts() {
        List<Stmt> out = new ArrayList<>();
        out.add(smallStmt());
        while (at(";")) {
            advance();
            if (peek().kind() == Kind.NEWLINE || peek().kind() == Kind.ENDMARKER) {
                break;
            }
            out.add(smallStmt());
        }
        expectNewline();
        return out;
    }

    private void expectNewline() {
        Token t = peek();
        if (t.kind() == Kind.NEWLINE) {
            advance();
        } else if (t.kind() != Kind.ENDMARKER) {
            throw syntaxError(t);
        }
    }

    private boolean atStmtEnd() {
        Token t = peek();
        return t.kind() == Kind.NEWLINE || t.kind() == Kind.ENDMARKER || t.is(";");
    }

    /** A block after ':' — an indented suite or simple statements on the same line. */
    private List<Stmt> block(String what, int headerStart) {
        if (peek().kind() != Kind.NEWLINE) {
            if (peek().kind() == Kind.ENDMARKER) {
                throw syntaxError(peek());
            }
            return simpleStmts();
        }
        advance();
        Token t = peek();
        if (t.kind() == Kind.ENDMARKER) {
            // at end of input CPython points just past the header line
            Token nl = toks.get(idx - 1);
            int l = map.line(nl.start());
            throw map.errorAt("IndentationError", "expected an indented block after " + what + " on line " + map.line(headerStart), l, map.col(nl.start()) + 1, l, -1);
        }
        if (t.kind() != Kind.INDENT) {
            throw map.error("IndentationError", "expected an indented block after " + what + " on line " + map.line(headerStart), t.start(), t.end());
        }
        advance();
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != Kind.DEDENT && peek().kind() != Kind.ENDMARKER) {
            body.addAll(statement());
        }
        if (peek().kind() == Kind.DEDENT) {
            advance();
        }
        return body;
    }

    private void expectColon() {
        Token t = peek();
        if (!t.is(":")) {
            throw errorAt("expected ':'", t);
        }
        advance();
    }

    /** The header colon of if/elif/while, with CPython's hint for {@code if x = 1:}. */
    private void expectColonAfterTest(Expr test) {
        if (at("=")) {
            advance();
            int save = idx;
            try {
                Expr rhs = expression();
                throw new PySyntaxError("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", map.filename, test.pos().line(),
                                test.pos().col() + 1, rhs.pos().endLine(), rhs.pos().endCol() + 1, map.lineText(test.pos().line()));
            } catch (PySyntaxError e) {
                if (e.msg.startsWith("invalid syntax. Maybe")) {
                    throw e;
                }
                idx = save - 1;
            }
        }
        expectColon();
    }

    private Stmt ifStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        expectColonAfterTest(test);
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.start());
        List<Stmt> orelse = List.of();
        if (atKw("elif")) {
            orelse = List.of(ifStmt());
        } else if (atKw("else")) {
            Token e = advance();
            expectColon();
            orelse = block("'else' statement", e.start());
        }
        return new If(test, body, orelse, pos(kw.start()));
    }

    private Stmt whileStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        expectColonAfterTest(test);
        List<Stmt> body = block("'while' statement", kw.start());
        List<Stmt> orelse = elseBlock();
        return new While(test, body, orelse, pos(kw.start()));
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            Token e = advance();
            expectColon();
            return block("'else' statement", e.start());
        }
        return List.of();
    }

    private Stmt forStmt(int start, boolean isAsync) {
        Token kw = advance();
        Expr target = starTargets();
        if (!atKw("in")) {
            throw syntaxError(peek());
        }
        advance();
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", kw.start());
        List<Stmt> orelse = elseBlock();
        return new For(target, iter, body, orelse, isAsync, pos(start));
    }

    private Stmt tryStmt() {
        Token kw = advance();
        expectColon();
        List<Stmt> body = block("'try' statement", kw.start());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean isStar = false;
        while (atKw("except")) {
            Token ex = advance();
            boolean star = false;
            if (at("*")) {
                advance();
                star = true;
            }
            if (!handlers.isEmpty() && star != isStar) {
                throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", ex);
            }
            isStar = star;
            Expr type = null;
            String name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    int save = idx;
                    advance();
                    Expr more = expression();
                    idx = save;
                    throw new PySyntaxError("SyntaxError", "multiple exception types must be parenthesized", map.filename, type.pos().line(), type.pos().col() + 1,
                                    more.pos().endLine(), more.pos().endCol() + 1, map.lineText(type.pos().line()));
                }
                if (atKw("as")) {
                    advance();
                    name = name();
                }
            } else if (star) {
                throw errorAt("expected one or more exception types", peek());
            }
            expectColon();
            List<Stmt> hbody = block(star ? "'except*' statement" : "'except' statement", ex.start());
            handlers.add(new ExceptHandler(type, name, hbody, pos(ex.start())));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (atKw("finally")) {
            Token f = advance();
            expectColon();
            finalbody = block("'finally' statement", f.start());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt("expected 'except' or 'finally' block", peek());
        }
        return new Try(body, handlers, orelse, finalbody, isStar, pos(kw.start()));
    }

    private Stmt withStmt(int start, boolean isAsync) {
        Token kw = advance();
        List<WithItem> items = null;
        if (at("(")) {
            // `with (a as b, c):` — try the parenthesized item list first, else it is an ordinary expression
            int save = idx;
            try {
                advance();
                List<WithItem> list = new ArrayList<>();
                while (true) {
                    list.add(withItem());
                    if (!at(",")) {
                        break;
                    }
                    advance();
                    if (at(")")) {
                        break;
                    }
                }
                expect(")");
                if (at(":")) {
                    items = list;
                } else {
                    idx = save;
                }
            } catch (PySyntaxError e) {
                idx = save;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            items.add(withItem());
            while (at(",")) {
                advance();
                items.add(withItem());
            }
        }
        expectColon();
        List<Stmt> body = block("'with' statement", kw.start());
        return new With(items, body, isAsync, pos(start));
    }

    private WithItem withItem() {
        int s = peek().start();
        Expr ctx = expression();
        Expr vars = null;
        if (atKw("as")) {
            advance();
            vars = toTarget(starTarget(), Ctx.STORE, false);
        }
        return new WithItem(ctx, vars, pos(s));
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (at("@")) {
            advance();
            decorators.add(namedExpression());
            expectNewline();
        }
        Token t = peek();
        if (t.is("def")) {
            return funcDef(decorators, t.start(), false);
        }
        if (t.is("class")) {
            return classDef(decorators);
        }
        if (t.is("async") && peek(1).is("def")) {
            advance();
            return funcDef(decorators, t.start(), true);
        }
        throw syntaxError(t);
    }

    private Stmt funcDef(List<Expr> decorators, int start, boolean isAsync) {
        Token kw = advance();
        String name = name();
        expect("(");
        Arguments args = parameters(")", true);
        expect(")");
        Expr returns = null;
        if (at("->")) {
            advance();
            returns = expression();
        }
        expectColon();
        List<Stmt> body = block("function definition", kw.start());
        return new FunctionDef(name, args, body, decorators, returns, isAsync, pos(start));
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = advance();
        String name = name();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at("(")) {
            Token open = peek();
            CallArgs ca = callArgs();
            for (Expr b : ca.args) {
                if (b instanceof GeneratorExp) {
                    throw errorAt("invalid syntax", open);
                }
            }
            bases = ca.args;
            keywords = ca.keywords;
        }
        expectColon();
        List<Stmt> body = block("class definition", kw.start());
        return new ClassDef(name, bases, keywords, body, decorators, pos(kw.start()));
    }

    private Stmt smallStmt() {
        Token t = peek();
        int s = t.start();
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    advance();
                    return new Pass(pos(s));
                }
                case "break" -> {
                    advance();
                    return new Break(pos(s));
                }
                case "continue" -> {
                    advance();
                    return new Continue(pos(s));
                }
                case "return" -> {
                    advance();
                    Expr v = atStmtEnd() ? null : starExpressions();
                    return new Return(v, pos(s));
                }
                case "raise" -> {
                    advance();
                    Expr exc = null;
                    Expr cause = null;
                    if (!atStmtEnd()) {
                        exc = expression();
                        if (atKw("from")) {
                            advance();
                            cause = expression();
                        }
                    }
                    return new Raise(exc, cause, pos(s));
                }
                case "global", "nonlocal" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    names.add(name());
                    while (at(",")) {
                        advance();
                        names.add(name());
                    }
                    return t.text().equals("global") ? new Global(names, pos(s)) : new Nonlocal(names, pos(s));
                }
                case "del" -> {
                    advance();
                    List<Expr> targets = new ArrayList<>();
                    while (true) {
                        targets.add(toTarget(starTarget(), Ctx.DEL, false));
                        if (!at(",")) {
                            break;
                        }
                        advance();
                        if (atStmtEnd()) {
                            break;
                        }
                    }
                    return new Delete(targets, pos(s));
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = null;
                    if (at(",")) {
                        advance();
                        msg = expression();
                    }
                    return new Assert(test, msg, pos(s));
                }
                case "import" -> {
                    return importStmt();
                }
                case "from" -> {
                    return fromImport();
                }
                default -> {
                }
            }
        }
        return exprStmt();
    }

    private Stmt importStmt() {
        Token kw = advance();
        if (!isName(peek())) {
            Token n = peek();
            throw map.error("Expected one or more names after 'import'", n.start(), n.start());
        }
        List<Alias> names = new ArrayList<>();
        while (true) {
            int s = peek().start();
            String n = dottedName();
            String as = null;
            if (atKw("as")) {
                advance();
                as = name();
            }
            names.add(new Alias(n, as, pos(s)));
            if (!at(",")) {
                break;
            }
            advance();
        }
        return new Import(names, pos(kw.start()));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (at(".")) {
            advance();
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token kw = advance();
        int level = 0;
        while (at(".") || at("...")) {
            level += advance().text().length();
        }
        String module = null;
        if (!atKw("import")) {
            module = dottedName();
        }
        if (!atKw("import")) {
            throw syntaxError(peek());
        }
        advance();
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token st = advance();
            names.add(new Alias("*", null, pos(st.start())));
        } else {
            boolean paren = at("(");
            if (paren) {
                advance();
            }
            if (!isName(peek())) {
                Token n = peek();
                throw map.error("Expected one or more names after 'import'", n.start(), n.start());
            }
            while (true) {
                int s = peek().start();
                String n = name();
                String as = null;
                if (atKw("as")) {
                    advance();
                    as = name();
                }
                names.add(new Alias(n, as, pos(s)));
                if (!at(",")) {
                    break;
                }
                advance();
                if (paren && at(")")) {
                    break;
                }
                if (!paren && atStmtEnd()) {
                    throw errorAt("trailing comma not allowed without surrounding parentheses", peek());
                }
            }
            if (paren) {
                expect(")");
            }
        }
        return new ImportFrom(module, names, level, pos(kw.start()));
    }

    private static final String[] AUG_OPS = {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="};
    private static final BinOpKind[] AUG_KINDS = {BinOpKind.ADD, BinOpKind.SUB, BinOpKind.MULT, BinOpKind.MATMULT, BinOpKind.DIV, BinOpKind.MOD,
                    BinOpKind.BITAND, BinOpKind.BITOR, BinOpKind.BITXOR, BinOpKind.LSHIFT, BinOpKind.RSHIFT, BinOpKind.POW, BinOpKind.FLOORDIV};

    private Stmt exprStmt() {
        int s = peek().start();
        Expr first = yieldOrStarExpressions();
        if (first instanceof Name n && (n.id().equals("print") || n.id().equals("exec")) && startsExpression(peek()) && !at("*")) {
            int save = idx;
            try {
                Expr arg = starExpressions();
                throw new PySyntaxError("SyntaxError", "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?", map.filename,
                                n.pos().line(), n.pos().col() + 1, arg.pos().endLine(), arg.pos().endCol() + 1, map.lineText(n.pos().line()));
            } catch (PySyntaxError e) {
                if (e.msg.startsWith("Missing parentheses")) {
                    throw e;
                }
                idx = save;
            }
        }
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (at("=")) {
                advance();
                targets.add(value);
                value = yieldOrStarExpressions();
            }
            List<Expr> stored = new ArrayList<>(targets.size());
            for (Expr t : targets) {
                stored.add(toTarget(t, Ctx.STORE, targets.size() == 1));
            }
            return new Assign(stored, value, pos(s));
        }
        Token t = peek();
        if (t.kind() == Kind.OP) {
            for (int i = 0; i < AUG_OPS.length; i++) {
                if (t.text().equals(AUG_OPS[i])) {
                    if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                        throw errorAt("'" + exprName(first) + "' is an illegal expression for augmented assignment", first);
                    }
                    advance();
                    Expr value = yieldOrStarExpressions();
                    return new AugAssign(toTarget(first, Ctx.STORE, false), AUG_KINDS[i], value, pos(s));
                }
            }
        }
        if (at(":")) {
            if (first instanceof TupleExpr) {
                throw errorAt("only single target (not tuple) can be annotated", first);
            }
            if (first instanceof ListExpr) {
                throw errorAt("only single target (not list) can be annotated", first);
            }
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw errorAt("illegal target for annotation", first);
            }
            advance();
            Expr ann = expression();
            Expr value = null;
            if (at("=")) {
                advance();
                value = yieldOrStarExpressions();
            }
            boolean simple = first instanceof Name && first.pos().start() == s;
            return new AnnAssign(toTarget(first, Ctx.STORE, false), ann, value, simple, pos(s));
        }
        return new ExprStmt(first, pos(s));
    }

    // ------------------------------------------------------------------ targets

    /** A target list for for-loops and comprehensions, parsed at bitwise-or level so that 'in' is not consumed. */
    private Expr starTargets() {
        int s = peek().start();
        Expr e = starTarget();
        if (!at(",")) {
            return toTarget(e, Ctx.STORE, false);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (at(",")) {
            advance();
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starTarget());
        }
        return toTarget(new TupleExpr(elts, Ctx.LOAD, pos(s)), Ctx.STORE, false);
    }

    private Expr starTarget() {
        if (at("*")) {
            Token st = advance();
            Expr v = bitwiseOr();
            return new Starred(v, Ctx.LOAD, pos(st.start()));
        }
        return bitwiseOr();
    }

    /** Rewrites an expression parsed as LOAD into a STORE/DEL target, or reports CPython's error. */
    private Expr toTarget(Expr e, Ctx ctx, boolean assignHint) {
        switch (e) {
            case Name n -> {
                if (n.id().equals("__debug__") && ctx != Ctx.LOAD) {
                    throw errorAt(ctx == Ctx.DEL ? "cannot delete __debug__" : "cannot assign to __debug__", e);
                }
                return new Name(n.id(), ctx, n.pos());
            }
            case Attribute a -> {
                return new Attribute(a.value(), a.attr(), ctx, a.pos());
            }
            case Subscript sub -> {
                return new Subscript(sub.value(), sub.slice(), ctx, sub.pos());
            }
            case TupleExpr t -> {
                List<Expr> elts = new ArrayList<>(t.elts().size());
                for (Expr x : t.elts()) {
                    elts.add(toTarget(x, ctx, false));
                }
                return new TupleExpr(elts, ctx, t.pos());
            }
            case ListExpr l -> {
                List<Expr> elts = new ArrayList<>(l.elts().size());
                for (Expr x : l.elts()) {
                    elts.add(toTarget(x, ctx, false));
                }
                return new ListExpr(elts, ctx, l.pos());
            }
            case Starred st -> {
                if (ctx == Ctx.DEL) {
                    throw errorAt("cannot delete starred", e);
                }
                return new Starred(toTarget(st.value(), ctx, false), ctx, st.pos());
            }
            default -> {
                String what = exprName(e);
                if ((e instanceof Yield || e instanceof YieldFrom) && ctx == Ctx.STORE) {
                    throw errorAt("assignment to yield expression not possible", e);
                }
                if (ctx == Ctx.DEL) {
                    throw errorAt("cannot delete " + what, e);
                }
                boolean hint = assignHint && !(e instanceof BoolOp || e instanceof Compare || e instanceof IfExp || e instanceof Lambda || e instanceof NamedExpr
                                || e instanceof Yield || e instanceof YieldFrom || e instanceof GeneratorExp
                                || (e instanceof UnaryOp u && u.op() == UnaryOpKind.NOT)
                                || (e instanceof Constant c && (c.value() instanceof Boolean || c.value() == Singleton.NONE)));
                throw errorAt("cannot assign to " + what + (hint ? " here. Maybe you meant '==' instead of '='?" : ""), e);
            }
        }
    }

    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case ListExpr l -> "list";
            case TupleExpr t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case SetExpr s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
            case Constant c -> {
                Object v = c.value();
                if (v == Singleton.NONE) {
                    yield "None";
                } else if (Boolean.TRUE.equals(v)) {
                    yield "True";
                } else if (Boolean.FALSE.equals(v)) {
                    yield "False";
                } else if (v == Singleton.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
        };
    }

    // ------------------------------------------------------------------ expressions

    private boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "lambda", "not", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    Expr yieldOrStarExpressions() {
        return atKw("yield") ? yieldExpr() : starExpressions();
    }

    private Expr yieldExpr() {
        Token y = advance();
        if (atKw("from")) {
            advance();
            Expr v = expression();
            return new YieldFrom(v, pos(y.start()));
        }
        Expr v = startsExpression(peek()) ? starExpressions() : null;
        return new Yield(v, pos(y.start()));
    }

    /** Comma-separated star expressions; a tuple if there is a comma. */
    Expr starExpressions() {
        int s = peek().start();
        Expr e = starExpression();
        if (!at(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (at(",")) {
            advance();
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return new TupleExpr(elts, Ctx.LOAD, pos(s));
    }

    private Expr starExpression() {
        if (at("*")) {
            Token st = advance();
            Expr v = bitwiseOr();
            return new Starred(v, Ctx.LOAD, pos(st.start()));
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at("*")) {
            Token st = advance();
            Expr v = bitwiseOr();
            return new Starred(v, Ctx.LOAD, pos(st.start()));
        }
        return namedExpression();
    }

    private Expr namedExpression() {
        Token t = peek();
        if (isName(t) && peek(1).is(":=")) {
            advance();
            advance();
            Expr v = expression();
            return new NamedExpr(new Name(t.text(), Ctx.STORE, map.pos(t.start(), t.end())), v, pos(t.start()));
        }
        Expr e = expression();
        if (at(":=")) {
            throw errorAt("cannot use assignment expressions with " + exprName(e), e);
        }
        return e;
    }

    Expr expression() {
        if (atKw("lambda")) {
            return lambda();
        }
        int s = peek().start();
        Expr body = disjunction();
        if (atKw("if")) {
            advance();
            Expr test = disjunction();
            if (!atKw("else")) {
                throw new PySyntaxError("SyntaxError", "expected 'else' after 'if' expression", map.filename, body.pos().line(), body.pos().col() + 1,
                                test.pos().endLine(), test.pos().endCol() + 1, map.lineText(body.pos().line()));
            }
            advance();
            Expr orelse = expression();
            return new IfExp(test, body, orelse, pos(s));
        }
        return body;
    }

    private Expr lambda() {
        Token kw = advance();
        Arguments args = parameters(":", false);
        expectColon();
        Expr body = expression();
        return new Lambda(args, body, pos(kw.start()));
    }

    private Expr disjunction() {
        int s = peek().start();
        Expr e = conjunction();
        if (!atKw("or")) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (atKw("or")) {
            advance();
            values.add(conjunction());
        }
        return new BoolOp(false, values, pos(s));
    }

    private Expr conjunction() {
        int s = peek().start();
        Expr e = inversion();
        if (!atKw("and")) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (atKw("and")) {
            advance();
            values.add(inversion());
        }
        return new BoolOp(true, values, pos(s));
    }

    private Expr inversion() {
        if (atKw("not")) {
            Token n = advance();
            Expr operand = inversion();
            return new UnaryOp(UnaryOpKind.NOT, operand, pos(n.start()));
        }
        return comparison();
    }

    private Expr comparison() {
        int s = peek().start();
        Expr left = bitwiseOr();
        List<CmpOpKind> ops = null;
        List<Expr> comparators = null;
        while (true) {
            CmpOpKind op = compOp();
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Compare(left, ops, comparators, pos(s));
    }

    private CmpOpKind compOp() {
        Token t = peek();
        CmpOpKind op = null;
        if (t.kind() == Kind.OP) {
            op = switch (t.text()) {
                case "==" -> CmpOpKind.EQ;
                case "!=" -> CmpOpKind.NOTEQ;
                case "<" -> CmpOpKind.LT;
                case "<=" -> CmpOpKind.LTE;
                case ">" -> CmpOpKind.GT;
                case ">=" -> CmpOpKind.GTE;
                default -> null;
            };
            if (op != null) {
                advance();
            }
            return op;
        }
        if (t.kind() != Kind.NAME) {
            return null;
        }
        switch (t.text()) {
            case "in" -> {
                advance();
                return CmpOpKind.IN;
            }
            case "not" -> {
                if (peek(1).is("in")) {
                    advance();
                    advance();
                    return CmpOpKind.NOTIN;
                }
                return null;
            }
            case "is" -> {
                advance();
                if (atKw("not")) {
                    advance();
                    return CmpOpKind.ISNOT;
                }
                return CmpOpKind.IS;
            }
            default -> {
                return null;
            }
        }
    }

    private Expr bitwiseOr() {
        int s = peek().start();
        Expr e = bitwiseXor();
        while (at("|")) {
            advance();
            e = new BinOp(e, BinOpKind.BITOR, bitwiseXor(), pos(s));
        }
        return e;
    }

    private Expr bitwiseXor() {
        int s = peek().start();
        Expr e = bitwiseAnd();
        while (at("^")) {
            advance();
            e = new BinOp(e, BinOpKind.BITXOR, bitwiseAnd(), pos(s));
        }
        return e;
    }

    private Expr bitwiseAnd() {
        int s = peek().start();
        Expr e = shiftExpr();
        while (at("&")) {
            advance();
            e = new BinOp(e, BinOpKind.BITAND, shiftExpr(), pos(s));
        }
        return e;
    }

    private Expr shiftExpr() {
        int s = peek().start();
        Expr e = sum();
        while (at("<<") || at(">>")) {
            BinOpKind k = advance().text().equals("<<") ? BinOpKind.LSHIFT : BinOpKind.RSHIFT;
            e = new BinOp(e, k, sum(), pos(s));
        }
        return e;
    }

    private Expr sum() {
        int s = peek().start();
        Expr e = term();
        while (at("+") || at("-")) {
            BinOpKind k = advance().text().equals("+") ? BinOpKind.ADD : BinOpKind.SUB;
            e = new BinOp(e, k, term(), pos(s));
        }
        return e;
    }

    private Expr term() {
        int s = peek().start();
        Expr e = factor();
        while (true) {
            Token t = peek();
            if (t.kind() != Kind.OP) {
                return e;
            }
            BinOpKind k = switch (t.text()) {
                case "*" -> BinOpKind.MULT;
                case "/" -> BinOpKind.DIV;
                case "//" -> BinOpKind.FLOORDIV;
                case "%" -> BinOpKind.MOD;
                case "@" -> BinOpKind.MATMULT;
                default -> null;
            };
            if (k == null) {
                return e;
            }
            advance();
            e = new BinOp(e, k, factor(), pos(s));
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.kind() == Kind.OP) {
            UnaryOpKind k = switch (t.text()) {
                case "+" -> UnaryOpKind.UADD;
                case "-" -> UnaryOpKind.USUB;
                case "~" -> UnaryOpKind.INVERT;
                default -> null;
            };
            if (k != null) {
                advance();
                Expr operand = factor();
                return new UnaryOp(k, operand, pos(t.start()));
            }
        }
        return power();
    }

    private Expr power() {
        int s = peek().start();
        Expr e = awaitPrimary();
        if (at("**")) {
            advance();
            return new BinOp(e, BinOpKind.POW, factor(), pos(s));
        }
        return e;
    }

    private Expr awaitPrimary() {
        if (atKw("await")) {
            Token a = advance();
            Expr v = primary();
            return new Await(v, pos(a.start()));
        }
        return primary();
    }

    private Expr primary() {
        int s = peek().start();
        Expr e = atom();
        while (true) {
            if (at(".")) {
                advance();
                String attr = name();
                e = new Attribute(e, attr, Ctx.LOAD, pos(s));
            } else if (at("(")) {
                CallArgs ca = callArgs();
                e = new Call(e, ca.args, ca.keywords, pos(s));
            } else if (at("[")) {
                advance();
                Expr slice = slices();
                expect("]");
                e = new Subscript(e, slice, Ctx.LOAD, pos(s));
            } else {
                return e;
            }
        }
    }

    private record CallArgs(List<Expr> args, List<Keyword> keywords) {
    }

    private CallArgs callArgs() {
        Token open = advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean kwUnpack = false;
        GeneratorExp genexp = null;
        while (!at(")")) {
            Token t = peek();
            int s = t.start();
            if (t.is("*")) {
                advance();
                Expr v = expression();
                if (kwUnpack) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", new Starred(v, Ctx.LOAD, pos(s)));
                }
                args.add(new Starred(v, Ctx.LOAD, pos(s)));
            } else if (t.is("**")) {
                advance();
                Expr v = expression();
                keywords.add(new Keyword(null, v, pos(s)));
                kwUnpack = true;
            } else if (isName(t) && peek(1).is("=")) {
                advance();
                advance();
                Expr v = expression();
                keywords.add(new Keyword(t.text(), v, pos(s)));
            } else {
                Expr e = namedExpression();
                if (atKw("for") || (atKw("async") && peek(1).is("for"))) {
                    List<Comprehension> gens = comprehensionClauses();
                    boolean sole = args.isEmpty() && keywords.isEmpty() && at(")");
                    // a sole generator argument shares the call's parentheses
                    e = sole ? new GeneratorExp(e, gens, map.pos(open.start(), peek().end())) : new GeneratorExp(e, gens, pos(s));
                    if (!sole) {
                        throw errorAt("Generator expression must be parenthesized", e);
                    }
                    genexp = (GeneratorExp) e;
                } else if (at("=")) {
                    throw new PySyntaxError("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", map.filename, e.pos().line(),
                                    e.pos().col() + 1, e.pos().endLine(), map.col(peek().end()) + 1, map.lineText(e.pos().line()));
                }
                if (genexp != null && !args.isEmpty()) {
                    throw errorAt("Generator expression must be parenthesized", genexp);
                }
                if (!keywords.isEmpty()) {
                    // CPython puts the caret on the token after the offending argument
                    throw errorAt(kwUnpack ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", peek());
                }
                args.add(e);
            }
            if (!at(",")) {
                commaOrClose(s, ")");
                break;
            }
            advance();
            if (genexp != null) {
                throw errorAt("Generator expression must be parenthesized", genexp);
            }
        }
        expect(")");
        return new CallArgs(args, keywords);
    }

    /**
     * After an element inside brackets: if another expression follows directly, CPython says "Perhaps you forgot a
     * comma?"; otherwise the generic error at the offending token.
     */
    private void commaOrClose(int elemStart, String close) {
        if (at(close)) {
            return;
        }
        Token t = peek();
        if (startsExpression(t) && !t.is("*") && !(t.kind() == Kind.NAME && KEYWORDS.contains(t.text()) && !t.text().equals("None")
                        && !t.text().equals("True") && !t.text().equals("False"))) {
            int save = idx;
            Token prev = toks.get(idx - 1);
            boolean legacy = prev.kind() == Kind.STRING && t.kind() == Kind.STRING;
            try {
                Expr next = expression();
                if (!legacy) {
                    int l = map.line(elemStart);
                    throw new PySyntaxError("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", map.filename, l, map.col(elemStart) + 1,
                                    next.pos().endLine(), next.pos().endCol() + 1, map.lineText(l));
                }
            } catch (PySyntaxError e) {
                if (e.msg.endsWith("forgot a comma?")) {
                    throw e;
                }
            }
            idx = save;
        }
        throw syntaxError(t);
    }

    private Expr slices() {
        int s = peek().start();
        Expr first = slice();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(",")) {
            advance();
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new TupleExpr(elts, Ctx.LOAD, pos(s));
    }

    private Expr slice() {
        int s = peek().start();
        Expr lower = null;
        if (!at(":")) {
            if (at("*")) {
                return starNamedExpression();
            }
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = null;
        if (!at(":") && !at("]") && !at(",")) {
            upper = expression();
        }
        Expr step = null;
        if (at(":")) {
            advance();
            if (!at("]") && !at(",")) {
                step = expression();
            }
        }
        return new Slice(lower, upper, step, pos(s));
    }

    private Expr atom() {
        Token t = peek();
        int s = t.start();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        advance();
                        return new Constant(Singleton.NONE, pos(s));
                    }
                    case "True" -> {
                        advance();
                        return new Constant(Boolean.TRUE, pos(s));
                    }
                    case "False" -> {
                        advance();
                        return new Constant(Boolean.FALSE, pos(s));
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw syntaxError(t);
                        }
                        advance();
                        return new Name(t.text(), Ctx.LOAD, pos(s));
                    }
                }
            }
            case NUMBER -> {
                advance();
                return new Constant(parseNumber(t.text()), pos(s));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "..." -> {
                        advance();
                        return new Constant(Singleton.ELLIPSIS, pos(s));
                    }
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return dictOrSet();
                    }
                    default -> throw syntaxError(t);
                }
            }
            default -> throw syntaxError(t);
        }
    }

    static Object parseNumber(String text) {
        String t = text.replace("_", "");
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0' && Character.isLetter(t.charAt(1))) {
            char k = Character.toLowerCase(t.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            return narrow(new BigInteger(t.substring(2), radix));
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        return narrow(new BigInteger(t));
    }

    private static Object narrow(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private Expr parenthesized() {
        Token open = advance();
        int s = open.start();
        if (at(")")) {
            advance();
            return new TupleExpr(List.of(), Ctx.LOAD, pos(s));
        }
        if (atKw("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        int es = peek().start();
        Expr first = starNamedExpression();
        if (atKw("for") || (atKw("async") && peek(1).is("for"))) {
            List<Comprehension> gens = comprehensionClauses();
            expect(")");
            return new GeneratorExp(first, gens, pos(s));
        }
        if (at(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (at(",")) {
                advance();
                if (at(")")) {
                    break;
                }
                int s2 = peek().start();
                elts.add(starNamedExpression());
                if (!at(",")) {
                    commaOrClose(s2, ")");
                }
            }
            expect(")");
            return new TupleExpr(elts, Ctx.LOAD, pos(s));
        }
        commaOrClose(es, ")");
        expect(")");
        return first;
    }

    private Expr listDisplay() {
        Token open = advance();
        int s = open.start();
        List<Expr> elts = new ArrayList<>();
        if (at("]")) {
            advance();
            return new ListExpr(elts, Ctx.LOAD, pos(s));
        }
        int es = peek().start();
        Expr first = starNamedExpression();
        if (atKw("for") || (atKw("async") && peek(1).is("for"))) {
            List<Comprehension> gens = comprehensionClauses();
            expect("]");
            return new ListComp(first, gens, pos(s));
        }
        elts.add(first);
        commaOrCloseList(es, "]");
        while (at(",")) {
            advance();
            if (at("]")) {
                break;
            }
            int s2 = peek().start();
            elts.add(starNamedExpression());
            commaOrCloseList(s2, "]");
        }
        expect("]");
        return new ListExpr(elts, Ctx.LOAD, pos(s));
    }

    private void commaOrCloseList(int elemStart, String close) {
        if (!at(",")) {
            commaOrClose(elemStart, close);
        }
    }

    private Expr dictOrSet() {
        Token open = advance();
        int s = open.start();
        if (at("}")) {
            advance();
            return new Dict(List.of(), List.of(), pos(s));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        int es = peek().start();
        if (at("**")) {
            advance();
            keys.add(null);
            values.add(bitwiseOr());
        } else {
            Expr first = starNamedExpression();
            if (at(":") && !(first instanceof Starred)) {
                advance();
                Expr v = expression();
                if (atKw("for") || (atKw("async") && peek(1).is("for"))) {
                    List<Comprehension> gens = comprehensionClauses();
                    expect("}");
                    return new DictComp(first, v, gens, pos(s));
                }
                keys.add(first);
                values.add(v);
            } else {
                // a set
                if (atKw("for") || (atKw("async") && peek(1).is("for"))) {
                    List<Comprehension> gens = comprehensionClauses();
                    expect("}");
                    return new SetComp(first, gens, pos(s));
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                commaOrCloseList(es, "}");
                while (at(",")) {
                    advance();
                    if (at("}")) {
                        break;
                    }
                    int s2 = peek().start();
                    elts.add(starNamedExpression());
                    commaOrCloseList(s2, "}");
                }
                expect("}");
                return new SetExpr(elts, pos(s));
            }
        }
        commaOrCloseList(es, "}");
        while (at(",")) {
            advance();
            if (at("}")) {
                break;
            }
            int s2 = peek().start();
            if (at("**")) {
                advance();
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expectColon();
                values.add(expression());
            }
            commaOrCloseList(s2, "}");
        }
        expect("}");
        return new Dict(keys, values, pos(s));
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKw("for") || (atKw("async") && peek(1).is("for"))) {
            int s = peek().start();
            boolean isAsync = false;
            if (atKw("async")) {
                advance();
                isAsync = true;
            }
            advance();
            Expr target = starTargets();
            if (!atKw("in")) {
                throw syntaxError(peek());
            }
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                advance();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync, pos(s)));
        }
        return gens;
    }

    // ------------------------------------------------------------------ parameters

    /** Parameters of a def (up to ')', with annotations) or a lambda (up to ':'). */
    private Arguments parameters(String close, boolean annotations) {
        int s = peek().start();
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenStar = false;
        boolean seenSlash = false;
        Token bareStar = null;
        while (!at(close)) {
            Token t = peek();
            if (t.is("/")) {
                if (seenSlash) {
                    throw errorAt("/ may appear only once", t);
                }
                if (seenStar) {
                    throw errorAt("/ must be ahead of *", t);
                }
                if (args.isEmpty()) {
                    throw errorAt("at least one argument must precede /", t);
                }
                advance();
                seenSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.is("*")) {
                if (seenStar) {
                    throw errorAt("* argument may appear only once", t);
                }
                advance();
                seenStar = true;
                if (at(",") || at(close)) {
                    bareStar = t;
                } else {
                    vararg = param(annotations, true);
                }
            } else if (t.is("**")) {
                advance();
                kwarg = param(annotations, false);
                if (at("=")) {
                    throw errorAt("var-keyword argument cannot have default value", peek());
                }
                if (at(",")) {
                    advance();
                }
                if (!at(close)) {
                    throw errorAt("arguments cannot follow var-keyword argument", peek());
                }
                break;
            } else {
                Arg a = param(annotations, false);
                Expr d = null;
                if (at("=")) {
                    advance();
                    d = expression();
                }
                if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(d);
                } else {
                    if (d != null) {
                        defaults.add(d);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt("parameter without a default follows parameter with a default", a);
                    }
                    args.add(a);
                }
            }
            if (!at(",")) {
                break;
            }
            advance();
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw errorAt("named arguments must follow bare *", bareStar);
        }
        if (!at(close)) {
            if (close.equals(":") ) {
                throw syntaxError(peek());
            }
            throw syntaxError(peek());
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults, pos(s));
    }

    private Arg param(boolean annotations, boolean star) {
        int s = peek().start();
        String n = name();
        Expr ann = null;
        if (annotations && at(":")) {
            advance();
            ann = star ? starExpression() : expression();
        }
        return new Arg(n, ann, pos(s));
    }

    // ------------------------------------------------------------------ strings

    private Expr strings() {
        int s = peek().start();
        List<Token> parts = new ArrayList<>();
        while (peek().kind() == Kind.STRING) {
            parts.add(advance());
        }
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : parts) {
            String prefix = prefixOf(t);
            if (prefix.indexOf('b') >= 0) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
            if (prefix.indexOf('f') >= 0) {
                anyF = true;
            }
        }
        if (anyBytes && anyStr) {
            Token n = peek();
            throw map.error("cannot mix bytes and nonbytes literals", n.start(), n.end());
        }
        if (anyBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Token t : parts) {
                int[] r = contentRange(t);
                out.writeBytes(StringDecoder.decodeBytes(map, r[0], r[1], prefixOf(t).indexOf('r') >= 0, t.start()));
            }
            return new Constant(out.toByteArray(), pos(s));
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token t : parts) {
                int[] r = contentRange(t);
                sb.append(StringDecoder.decodeStr(map, r[0], r[1], prefixOf(t).indexOf('r') >= 0));
            }
            return new Constant(sb.toString(), pos(s));
        }
        List<Expr> values = new ArrayList<>();
        for (Token t : parts) {
            int[] r = contentRange(t);
            String prefix = prefixOf(t);
            boolean raw = prefix.indexOf('r') >= 0;
            if (prefix.indexOf('f') >= 0) {
                new FStringParser(this, raw).parse(r[0], r[1], values);
            } else {
                values.add(new Constant(StringDecoder.decodeStr(map, r[0], r[1], raw), map.pos(t.start(), t.end())));
            }
        }
        return new JoinedStr(FStringParser.merge(values), pos(s));
    }

    private static String prefixOf(Token t) {
        String text = t.text();
        int q = 0;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            q++;
        }
        return text.substring(0, q).toLowerCase();
    }

    /** The offsets of a string token's body, between its quotes. */
    private static int[] contentRange(Token t) {
        String text = t.text();
        int q = 0;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            q++;
        }
        char c = text.charAt(q);
        boolean triple = text.length() >= q + 6 && text.charAt(q + 1) == c && text.charAt(q + 2) == c;
        int n = triple ? 3 : 1;
        return new int[]{t.start() + q + n, t.end() - n};
    }
}
