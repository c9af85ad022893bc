package org.kairos.compiler;

import com.oracle.truffle.api.source.Source;
import org.kairos.parser.Ast.Pos;
import org.kairos.parser.PySyntaxError;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PTuple;

/** SyntaxErrors from the parser and the compiler as Python exceptions with CPython's attributes. */
public final class CompileErrors {
    private CompileErrors() {
    }

    static PException syntax(String msg, String filename, Pos pos, Source source) {
        String text = lineText(source, pos.line());
        return create(ExceptionClasses.SyntaxError, msg, filename, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1, text);
    }

    /** A construct the compiler does not support yet, reported as a SyntaxError at its position. */
    static PException unsupported(String what, String filename, Pos pos, Source source) {
        return syntax(what + " are not supported by Kairos yet", filename, pos, source);
    }

    public static PException fromParser(PySyntaxError e) {
        PClass cls = switch (e.type) {
            case "IndentationError" -> ExceptionClasses.IndentationError;
            case "TabError" -> ExceptionClasses.TabError;
            default -> ExceptionClasses.SyntaxError;
        };
        return create(cls, e.msg, e.filename, e.line, e.col, e.endLine, e.endCol, e.text);
    }

    static PException create(PClass cls, String msg, String filename, int line, int col, int endLine, int endCol, String text) {
        Object textObj = text == null ? org.kairos.runtime.PNone.NONE : text + "\n";
        PBaseException exc = new PBaseException(cls, new Object[]{msg, new PTuple(new Object[]{filename, (long) line, (long) col, textObj, (long) endLine, (long) endCol})});
        var d = exc.getOrCreateDict();
        d.putStr("msg", msg);
        d.putStr("filename", filename);
        d.putStr("lineno", (long) line);
        d.putStr("offset", (long) col);
        d.putStr("text", textObj);
        d.putStr("end_lineno", (long) endLine);
        d.putStr("end_offset", (long) endCol);
        d.putStr("print_file_and_line", org.kairos.runtime.PNone.NONE);
        return new PException(exc);
    }

    private static String lineText(Source source, int line) {
        try {
            if (line >= 1 && line <= source.getLineCount()) {
                return source.getCharacters(line).toString();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
