package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.BuiltinClasses;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** {@code open()} for text files and the methods of {@link PTextIO}. */
final class OpenFunction {
    private OpenFunction() {
    }

    static void installMethods() {
        var c = PTextIO.CLASS;
        Builtins.method(c, "write", "self, s, /", a -> {
            if (!(a[1] instanceof String s)) {
                throw PException.typeError("write() argument must be str, not " + Py.typeName(a[1]));
            }
            ((PTextIO) a[0]).write(s);
            return (long) s.codePointCount(0, s.length());
        });
        Builtins.method(c, "flush", "self, /", a -> {
            ((PTextIO) a[0]).flush();
            return PNone.NONE;
        });
        Builtins.method(c, "read", "self, size=-1, /", a -> ((PTextIO) a[0]).read());
        Builtins.method(c, "readline", "self, size=-1, /", a -> ((PTextIO) a[0]).readline());
        Builtins.method(c, "readlines", "self, hint=-1, /", a -> {
            PTextIO t = (PTextIO) a[0];
            PList l = new PList();
            String line;
            while (!(line = t.readline()).isEmpty()) {
                l.append(line);
            }
            return l;
        });
        Builtins.method(c, "writelines", "self, lines, /", a -> {
            Object it = Py.getIter(a[1]);
            Object v;
            while ((v = Py.next(it)) != null) {
                ((PTextIO) a[0]).write((String) v);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "close", "self, /", a -> {
            ((PTextIO) a[0]).close();
            return PNone.NONE;
        });
        Builtins.method(c, "__enter__", "self, /", a -> a[0]);
        Builtins.method(c, "__exit__", "self, *args", a -> {
            ((PTextIO) a[0]).close();
            return false;
        });
        Builtins.method(c, "__iter__", "self, /", a -> {
            PTextIO t = (PTextIO) a[0];
            return new PIterator.FnIterator(BuiltinClasses.ITERATOR, () -> {
                String l = t.readline();
                return l.isEmpty() ? null : l;
            });
        });
        Builtins.method(c, "__next__", "self, /", a -> {
            String l = ((PTextIO) a[0]).readline();
            if (l.isEmpty()) {
                throw PException.raise(ExceptionClasses.StopIteration, null);
            }
            return l;
        });
        Builtins.getset(c, "closed", o -> ((PTextIO) o).closed, null);
        Builtins.getset(c, "name", o -> ((PTextIO) o).name, null);
        Builtins.getset(c, "mode", o -> ((PTextIO) o).mode, null);
        Builtins.method(c, "fileno", "self, /", a -> {
            String n = ((PTextIO) a[0]).name;
            return n.equals("<stdin>") ? 0L : n.equals("<stdout>") ? 1L : n.equals("<stderr>") ? 2L : 3L;
        });
        Builtins.method(c, "isatty", "self, /", a -> false);
        Builtins.method(c, "writable", "self, /", a -> !((PTextIO) a[0]).mode.startsWith("r"));
        Builtins.method(c, "readable", "self, /", a -> ((PTextIO) a[0]).mode.startsWith("r"));
    }

    static void install(KairosContext ctx, PDict d) {
        Builtins.def(d, "open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None", a -> {
            String mode = TypeHelpers.strArg(a[1], "open", "'mode'");
            String path = Py.str(a[0]);
            String m = mode.replace("t", "");
            if (m.contains("b")) {
                throw PException.raise(ExceptionClasses.NotImplementedError, "binary mode is not supported");
            }
            try {
                PTextIO t;
                if (m.startsWith("r")) {
                    t = PTextIO.forInput(path, new InputStreamReader(new FileInputStream(path), StandardCharsets.UTF_8));
                } else if (m.startsWith("w") || m.startsWith("a") || m.startsWith("x")) {
                    if (m.startsWith("x") && new java.io.File(path).exists()) {
                        throw ExceptionClasses.osError(17, "File exists", path);
                    }
                    t = PTextIO.forOutput(path, new OutputStreamWriter(new FileOutputStream(path, m.startsWith("a")), StandardCharsets.UTF_8), false);
                } else {
                    throw PException.valueError("invalid mode: '" + mode + "'");
                }
                t.mode = mode;
                return t;
            } catch (FileNotFoundException e) {
                if (new java.io.File(path).isDirectory()) {
                    throw ExceptionClasses.osError(21, "Is a directory", path);
                }
                throw ExceptionClasses.osError(2, "No such file or directory", path);
            }
        });
    }
}
