package org.kairos.runtime;

import com.oracle.truffle.api.RootCallTarget;

/** Compiled code of a function, lambda, comprehension, class body or module (CPython's code object). */
public final class PCode extends PythonObject {
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNo;
    public final Signature signature;
    public final boolean isGenerator;
    public final boolean isCoroutine;
    public final boolean isAsyncGenerator;
    public final String[] freevars;
    public RootCallTarget callTarget;
    /** The docstring (first statement string literal) or None. */
    public Object doc = PNone.NONE;
    /** Set by types.coroutine: a generator that may be awaited (CO_ITERABLE_COROUTINE). */
    public boolean iterableCoroutine;
    /** Names of the cells this code creates for inner functions ({@code co_cellvars}); set by the compiler. */
    public String[] cellvars = new String[0];

    public PCode(String name, String qualname, String filename, int firstLineNo, Signature signature, boolean isGenerator, boolean isCoroutine,
                    boolean isAsyncGenerator, String[] freevars) {
        super(PClass.CODE);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.signature = signature;
        this.isGenerator = isGenerator;
        this.isCoroutine = isCoroutine;
        this.isAsyncGenerator = isAsyncGenerator;
        this.freevars = freevars;
    }
}
