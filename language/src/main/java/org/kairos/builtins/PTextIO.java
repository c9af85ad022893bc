package org.kairos.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PythonObject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/** A text stream (sys.stdout/stderr/stdin and files opened with {@code open()}). */
public final class PTextIO extends PythonObject {
    public static final PClass CLASS = new PClass("TextIOWrapper", PClass.OBJECT, PClass.Layout.OTHER);

    public final String name;
    private final Writer out;
    private final BufferedReader in;
    private final boolean autoFlush;
    public boolean closed;
    public String mode;
    /** Flush at each newline, as CPython does for a terminal. */
    public boolean lineBuffered;

    private PTextIO(String name, Writer out, Reader in, boolean autoFlush) {
        super(CLASS);
        this.name = name;
        this.out = out;
        this.in = in == null ? null : (in instanceof BufferedReader br ? br : new BufferedReader(in));
        this.autoFlush = autoFlush;
    }

    public static PTextIO forOutput(String name, Writer out, boolean autoFlush) {
        PTextIO t = new PTextIO(name, out, null, autoFlush);
        t.mode = "w";
        return t;
    }

    public static PTextIO forInput(String name, Reader in) {
        PTextIO t = new PTextIO(name, null, in, false);
        t.mode = "r";
        return t;
    }

    private void checkOpen() {
        if (closed) {
            throw PException.valueError("I/O operation on closed file.");
        }
    }

    @TruffleBoundary
    public void write(String s) {
        checkOpen();
        if (out == null) {
            throw PException.raise(ExceptionClasses.OSError, "not writable");
        }
        try {
            out.write(s);
            if (autoFlush || (lineBuffered && s.indexOf('\n') >= 0)) {
                out.flush();
            }
        } catch (IOException e) {
            throw PException.raise(ExceptionClasses.OSError, String.valueOf(e.getMessage()));
        }
    }

    @TruffleBoundary
    public void flush() {
        checkOpen();
        flushQuietly();
    }

    @TruffleBoundary
    public void flushQuietly() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                // stream gone (e.g. closed pipe): nothing left to report to
            }
        }
    }

    /** Reads a line including its newline; "" at end of input. */
    @TruffleBoundary
    public String readline() {
        checkOpen();
        if (in == null) {
            throw PException.raise(ExceptionClasses.OSError, "not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw PException.raise(ExceptionClasses.OSError, String.valueOf(e.getMessage()));
        }
    }

    @TruffleBoundary
    public String read() {
        checkOpen();
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw PException.raise(ExceptionClasses.OSError, String.valueOf(e.getMessage()));
        }
    }

    @TruffleBoundary
    public void close() {
        if (closed) {
            return;
        }
        flushQuietly();
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            // closing twice or a broken pipe: CPython ignores these on close as well
        }
        closed = true;
    }
}
