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
}
