package org.kairos.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kairos.parser.Ast;
import org.kairos.parser.Parser;
import org.kairos.parser.PySyntaxError;

/** Tokenizer/parser tests: the conformance corpus parses, errors match CPython 3.13, positions are exact. */
class ParserTest {
    private static final Path CORPUS = Path.of(System.getProperty("kairos.root", ".."), "tests/src/test/resources/conformance");

    @Test
    void conformanceCorpusParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() > 100, "corpus not found at " + CORPUS);
        List<String> failures = new ArrayList<>();
        for (Path p : files) {
            try {
                Parser.parseModule(Files.readString(p), p.toString());
            } catch (PySyntaxError e) {
                failures.add(p + ":" + e.line + ":" + e.col + ": " + e.msg);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Expected values come from CPython 3.13's SyntaxError (msg, lineno, offset). */
    static Stream<Arguments> errors() {
        return Stream.of(
                        Arguments.of("if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5),
                        Arguments.of("print(1\n", "SyntaxError", "'(' was never closed", 1, 6),
                        Arguments.of("x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5),
                        Arguments.of("foo())\n", "SyntaxError", "unmatched ')'", 1, 6),
                        Arguments.of("a = [1,\n 2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 3),
                        Arguments.of("s = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
                        Arguments.of("s = '''abc\n\nx\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5),
                        Arguments.of("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1),
                        Arguments.of("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4),
                        Arguments.of("x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4),
                        Arguments.of("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
                        Arguments.of("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
                        Arguments.of("del f()\n", "SyntaxError", "cannot delete function call", 1, 5),
                        Arguments.of("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5),
                        Arguments.of("x = b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13),
                        Arguments.of("x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8),
                        Arguments.of("[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
                        Arguments.of("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
                        Arguments.of("f'{x!z}'\n", "SyntaxError", "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 6),
                        Arguments.of("try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1),
                        Arguments.of("def f(a=1, b): pass\n", "SyntaxError", "parameter without a default follows parameter with a default", 1, 12));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void syntaxErrors(String src, String type, String msg, int line, int col) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule(src, "x.py"));
        assertEquals(type, e.type, src);
        assertEquals(msg, e.msg, src);
        assertEquals(line, e.line, src);
        assertEquals(col, e.col, src);
        assertEquals("x.py", e.filename);
    }

    @Test
    void callAndAttributePositions() {
        String src = "x = 1\nresult = obj.method(a, b=2)\n";
        Ast.Module m = Parser.parseModule(src, "t.py");
        Ast.Assign assign = assertInstanceOf(Ast.Assign.class, m.body().get(1));
        Ast.Call call = assertInstanceOf(Ast.Call.class, assign.value());
        assertEquals(new Ast.Pos(2, 9, 2, 27, 15, 33), call.pos());
        Ast.Attribute attr = assertInstanceOf(Ast.Attribute.class, call.func());
        assertEquals(new Ast.Pos(2, 9, 2, 19, 15, 25), attr.pos());
        assertEquals("b", call.keywords().get(0).arg());
        assertEquals(Ast.Ctx.STORE, ((Ast.Name) assign.targets().get(0)).ctx());
    }

    @Test
    void compoundStatementPositionCoversBody() {
        String src = "async def f():\n    await g(\n        1)\n\nx = 2\n";
        Ast.Module m = Parser.parseModule(src, "t.py");
        Ast.FunctionDef f = assertInstanceOf(Ast.FunctionDef.class, m.body().get(0));
        assertTrue(f.isAsync());
        assertEquals(1, f.pos().line());
        assertEquals(3, f.pos().endLine());
        assertEquals(10, f.pos().endCol());
        Ast.ExprStmt st = assertInstanceOf(Ast.ExprStmt.class, f.body().get(0));
        Ast.Await aw = assertInstanceOf(Ast.Await.class, st.value());
        Ast.Call c = assertInstanceOf(Ast.Call.class, aw.value());
        assertEquals(new Ast.Pos(2, 10, 3, 10, 25, 38), c.pos());
    }

    @Test
    void fStrings() {
        Ast.Expr e = Parser.parseExpression("f\"{x=}\"", "<string>");
        Ast.JoinedStr js = assertInstanceOf(Ast.JoinedStr.class, e);
        assertEquals("x=", ((Ast.Constant) js.values().get(0)).value());
        Ast.FormattedValue fv = assertInstanceOf(Ast.FormattedValue.class, js.values().get(1));
        assertEquals('r', fv.conversion());
        js = (Ast.JoinedStr) Parser.parseExpression("f\"{n + 1 = :>{w}}\"", "<string>");
        assertEquals("n + 1 = ", ((Ast.Constant) js.values().get(0)).value());
        fv = (Ast.FormattedValue) js.values().get(1);
        assertEquals(-1, fv.conversion());
        assertEquals(2, fv.formatSpec().values().size());
        js = (Ast.JoinedStr) Parser.parseExpression("f'{d[\"k\"]!s}' 'tail'", "<string>");
        assertEquals('s', ((Ast.FormattedValue) js.values().get(0)).conversion());
        assertEquals("tail", ((Ast.Constant) js.values().get(1)).value());
    }

    @Test
    void numbers() {
        assertEquals(-4L, eval("-2**2") instanceof Ast.UnaryOp u && u.operand() instanceof Ast.BinOp ? -4L : 0L);
        assertEquals(255L, ((Ast.Constant) eval("0xff")).value());
        assertEquals(new java.math.BigInteger("123456789012345678901234567890"), ((Ast.Constant) eval("123_456_789_012_345_678_901_234_567_890")).value());
        assertEquals(1000.5, ((Ast.Constant) eval("1_000.5")).value());
        assertEquals(new Ast.Imaginary(2.0), ((Ast.Constant) eval("2j")).value());
    }

    private static Ast.Expr eval(String s) {
        return Parser.parseExpression(s, "<string>");
    }
}
