package org.kairos.runtime;

import java.util.ArrayList;
import java.util.List;

/** The builtin exception hierarchy of Python 3.13. */
public final class ExceptionClasses {
    private ExceptionClasses() {
    }

    public static final List<PClass> ALL = new ArrayList<>();

    private static PClass def(String name, PClass base) {
        PClass c = new PClass(name, base, PClass.Layout.EXCEPTION);
        ALL.add(c);
        return c;
    }

    public static final PClass BaseException = def("BaseException", PClass.OBJECT);
    public static final PClass BaseExceptionGroup = def("BaseExceptionGroup", BaseException);
    public static final PClass GeneratorExit = def("GeneratorExit", BaseException);
    public static final PClass KeyboardInterrupt = def("KeyboardInterrupt", BaseException);
    public static final PClass SystemExit = def("SystemExit", BaseException);
    public static final PClass Exception = def("Exception", BaseException);
    public static final PClass ArithmeticError = def("ArithmeticError", Exception);
    public static final PClass FloatingPointError = def("FloatingPointError", ArithmeticError);
    public static final PClass OverflowError = def("OverflowError", ArithmeticError);
    public static final PClass ZeroDivisionError = def("ZeroDivisionError", ArithmeticError);
    public static final PClass AssertionError = def("AssertionError", Exception);
    public static final PClass AttributeError = def("AttributeError", Exception);
    public static final PClass BufferError = def("BufferError", Exception);
    public static final PClass EOFError = def("EOFError", Exception);
    public static final PClass ExceptionGroup = groupClass();
    public static final PClass ImportError = def("ImportError", Exception);
    public static final PClass ModuleNotFoundError = def("ModuleNotFoundError", ImportError);
    public static final PClass LookupError = def("LookupError", Exception);
    public static final PClass IndexError = def("IndexError", LookupError);
    public static final PClass KeyError = def("KeyError", LookupError);
    public static final PClass MemoryError = def("MemoryError", Exception);
    public static final PClass NameError = def("NameError", Exception);
    public static final PClass UnboundLocalError = def("UnboundLocalError", NameError);
    public static final PClass OSError = def("OSError", Exception);
    public static final PClass BlockingIOError = def("BlockingIOError", OSError);
    public static final PClass ChildProcessError = def("ChildProcessError", OSError);
    public static final PClass ConnectionError = def("ConnectionError", OSError);
    public static final PClass BrokenPipeError = def("BrokenPipeError", ConnectionError);
    public static final PClass ConnectionAbortedError = def("ConnectionAbortedError", ConnectionError);
    public static final PClass ConnectionRefusedError = def("ConnectionRefusedError", ConnectionError);
    public static final PClass ConnectionResetError = def("ConnectionResetError", ConnectionError);
    public static final PClass FileExistsError = def("FileExistsError", OSError);
    public static final PClass FileNotFoundError = def("FileNotFoundError", OSError);
    public static final PClass InterruptedError = def("InterruptedError", OSError);
    public static final PClass IsADirectoryError = def("IsADirectoryError", OSError);
    public static final PClass NotADirectoryError = def("NotADirectoryError", OSError);
    public static final PClass PermissionError = def("PermissionError", OSError);
    public static final PClass ProcessLookupError = def("ProcessLookupError", OSError);
    public static final PClass TimeoutError = def("TimeoutError", OSError);
    public static final PClass ReferenceError = def("ReferenceError", Exception);
    public static final PClass RuntimeError = def("RuntimeError", Exception);
    public static final PClass NotImplementedError = def("NotImplementedError", RuntimeError);
    public static final PClass PythonFinalizationError = def("PythonFinalizationError", RuntimeError);
    public static final PClass RecursionError = def("RecursionError", RuntimeError);
    public static final PClass StopAsyncIteration = def("StopAsyncIteration", Exception);
    public static final PClass StopIteration = def("StopIteration", Exception);
    public static final PClass SyntaxError = def("SyntaxError", Exception);
    public static final PClass IndentationError = def("IndentationError", SyntaxError);
    public static final PClass TabError = def("TabError", IndentationError);
    public static final PClass SystemError = def("SystemError", Exception);
    public static final PClass TypeError = def("TypeError", Exception);
    public static final PClass ValueError = def("ValueError", Exception);
    public static final PClass UnicodeError = def("UnicodeError", ValueError);
    public static final PClass UnicodeDecodeError = def("UnicodeDecodeError", UnicodeError);
    public static final PClass UnicodeEncodeError = def("UnicodeEncodeError", UnicodeError);
    public static final PClass UnicodeTranslateError = def("UnicodeTranslateError", UnicodeError);
    public static final PClass Warning = def("Warning", Exception);
    public static final PClass BytesWarning = def("BytesWarning", Warning);
    public static final PClass DeprecationWarning = def("DeprecationWarning", Warning);
    public static final PClass EncodingWarning = def("EncodingWarning", Warning);
    public static final PClass FutureWarning = def("FutureWarning", Warning);
    public static final PClass ImportWarning = def("ImportWarning", Warning);
    public static final PClass PendingDeprecationWarning = def("PendingDeprecationWarning", Warning);
    public static final PClass ResourceWarning = def("ResourceWarning", Warning);
    public static final PClass RuntimeWarning = def("RuntimeWarning", Warning);
    public static final PClass SyntaxWarning = def("SyntaxWarning", Warning);
    public static final PClass UnicodeWarning = def("UnicodeWarning", Warning);
    public static final PClass UserWarning = def("UserWarning", Warning);

    private static PClass groupClass() {
        PClass c = def("ExceptionGroup", BaseExceptionGroup);
        // ExceptionGroup(BaseExceptionGroup, Exception): MRO as CPython computes it.
        c.bases = new PClass[]{BaseExceptionGroup, Exception};
        c.mro = new PClass[]{c, BaseExceptionGroup, Exception, BaseException, PClass.OBJECT};
        return c;
    }

    /** The OSError subclass CPython picks for an errno (Linux numbering) in {@code OSError(errno, strerror)}. */
    public static PClass osErrorSubclass(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> BlockingIOError;
            case 10 -> ChildProcessError;
            case 32, 108 -> BrokenPipeError;
            case 103 -> ConnectionAbortedError;
            case 111 -> ConnectionRefusedError;
            case 104 -> ConnectionResetError;
            case 17 -> FileExistsError;
            case 2 -> FileNotFoundError;
            case 21 -> IsADirectoryError;
            case 20 -> NotADirectoryError;
            case 4 -> InterruptedError;
            case 1, 13 -> PermissionError;
            case 3 -> ProcessLookupError;
            case 110 -> TimeoutError;
            default -> OSError;
        };
    }

    /**
     * OSError's argument convention: with 2 to 5 arguments they are errno, strerror, filename, winerror,
     * filename2, and {@code args} keeps only the first two once a filename is given.
     */
    public static void initOSError(PBaseException e, Object[] args) {
        e.args = new PTuple(args);
        if (args.length >= 2 && args.length <= 5) {
            PDict d = e.getOrCreateDict();
            d.putStr("errno", args[0]);
            d.putStr("strerror", args[1]);
            if (args.length >= 3) {
                d.putStr("filename", args[2]);
                if (args.length == 5) {
                    d.putStr("filename2", args[4]);
                }
                e.args = new PTuple(new Object[]{args[0], args[1]});
            }
        }
    }

    /** An OSError (or subclass chosen by errno) raised by the runtime, e.g. by {@code open()}. */
    public static PException osError(long errno, String strerror, Object filename) {
        PBaseException e = new PBaseException(osErrorSubclass(errno));
        initOSError(e, filename == null ? new Object[]{errno, strerror} : new Object[]{errno, strerror, filename});
        return new PException(e);
    }

    /** {@code str()} of an OSError with errno/strerror set, or null to use the generic form. */
    static String osErrorStr(PBaseException e) {
        if (e.dict == null) {
            return null;
        }
        Object errno = e.dict.getStr("errno");
        Object strerror = e.dict.getStr("strerror");
        Object fn = e.dict.getStr("filename");
        Object fn2 = e.dict.getStr("filename2");
        if (fn != null && fn != PNone.NONE) {
            String r = "[Errno " + Py.str(errno) + "] " + Py.str(strerror) + ": " + Py.repr(fn);
            return fn2 != null && fn2 != PNone.NONE ? r + " -> " + Py.repr(fn2) : r;
        }
        if (errno != null && strerror != null && errno != PNone.NONE && strerror != PNone.NONE) {
            return "[Errno " + Py.str(errno) + "] " + Py.str(strerror);
        }
        return null;
    }

    /** A UnicodeEncodeError/UnicodeDecodeError with CPython's five arguments (encoding, object, start, end, reason). */
    public static PException unicodeError(PClass cls, String encoding, Object object, int start, int end, String reason) {
        return new PException(new PBaseException(cls, new Object[]{encoding, object, (long) start, (long) end, reason}));
    }

    /** {@code str()} of a UnicodeEncodeError/UnicodeDecodeError built from its five arguments, or null. */
    static String unicodeErrorStr(PBaseException e) {
        Object[] a = e.args.items;
        if (a.length != 5 || !(a[2] instanceof Long start) || !(a[3] instanceof Long end)) {
            return null;
        }
        String enc = Py.str(a[0]);
        String reason = Py.str(a[4]);
        if (e.cls.isSubclassOf(UnicodeEncodeError) && a[1] instanceof String obj) {
            if (end - start == 1 && start < obj.length()) {
                int cp = obj.codePointAt(obj.offsetByCodePoints(0, (int) (long) start));
                String ch = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                return "'" + enc + "' codec can't encode character '" + ch + "' in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (e.cls.isSubclassOf(UnicodeDecodeError) && a[1] instanceof PBytes obj) {
            if (end - start == 1 && start < obj.bytes.length) {
                return "'" + enc + "' codec can't decode byte 0x" + String.format("%02x", obj.bytes[(int) (long) start] & 0xff) + " in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        return null;
    }
}
