package org.kairos.nodes;

import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.GenerateBytecode;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.bytecode.Operation;
import com.oracle.truffle.api.bytecode.ShortCircuitOperation;
import com.oracle.truffle.api.bytecode.ShortCircuitOperation.Operator;
import com.oracle.truffle.api.bytecode.Variadic;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.kairos.KairosContext;
import org.kairos.KairosLanguage;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Generators;
import org.kairos.runtime.NativeAwaitable;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.Ops;
import org.kairos.runtime.Ops.BinOp;
import org.kairos.runtime.Ops.CmpOp;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PCell;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PModule;
import com.oracle.truffle.api.Assumption;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PMethod;
import com.oracle.truffle.api.profiles.InlinedConditionProfile;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PList;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PSlice;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;

/**
 * The Bytecode DSL root of every module, function, class body, lambda and comprehension. The
 * operations are thin: fast paths for builtin values as DSL specializations, everything else in
 * the runtime ({@link Py}, {@link Ops}, {@link Runtime}).
 */
@GenerateBytecode(languageClass = KairosLanguage.class, //
                enableYield = true, //
                enableTagInstrumentation = true, //
                enableBlockScoping = false, //
                enableUncachedInterpreter = false, //
                enableMaterializedLocalAccesses = true, //
                defaultLocalValue = "null", // unbound fast locals read as null; CheckLocal raises UnboundLocalError
                storeBytecodeIndexInFrame = true, //
                boxingEliminationTypes = {long.class, boolean.class})
@ShortCircuitOperation(name = "PyAnd", operator = Operator.AND_RETURN_VALUE, booleanConverter = KairosRootNode.IsTrue.class)
@ShortCircuitOperation(name = "PyOr", operator = Operator.OR_RETURN_VALUE, booleanConverter = KairosRootNode.IsTrue.class)
public abstract class KairosRootNode extends com.oracle.truffle.api.nodes.RootNode implements BytecodeRootNode {

    /** The code object this root implements (null only while building). */
    public PCode code;
    private String name = "<module>";
    /**
     * Frame offsets of the locals that {@link TagObjectLocals} tags "object" on the first call,
     * or null once done (see org.kairos.compiler.SuspendedLocals).
     */
    @CompilationFinal(dimensions = 1) public int[] objectLocals;

    protected KairosRootNode(KairosLanguage language, FrameDescriptor fd) {
        super(language, fd);
    }

    public void setInfo(PCode code, String name) {
        this.code = code;
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public Throwable interceptInternalException(Throwable t, VirtualFrame frame, BytecodeNode bytecodeNode, int bci) {
        if (t instanceof StackOverflowError) {
            return PException.raise(ExceptionClasses.RecursionError, "maximum recursion depth exceeded");
        }
        return t;
    }

    @Override
    public AbstractTruffleException interceptTruffleException(AbstractTruffleException ex, VirtualFrame frame, BytecodeNode bytecodeNode, int bci) {
        if (ex instanceof PException pe) {
            recordTraceback(pe, frame.materialize(), bytecodeNode, bci);
        }
        return ex;
    }

    @TruffleBoundary
    private void recordTraceback(PException pe, Object frameId, BytecodeNode bytecodeNode, int bci) {
        PBaseException exc = pe.exc;
        if (exc.traceback == null && !exc.tracebackCleared && exc.context == null) {
            ThreadState ts = KairosContext.get(null).threadState();
            PBaseException handled = ts.handled;
            if (handled != null && handled != exc) {
                Runtime.setContextAvoidingCycles(exc, handled);
            }
        }
        String filename = code == null ? "<unknown>" : code.filename;
        exc.addTraceback(new PBaseException.TracebackEntry(bytecodeNode, bci, name, filename, 0, code), frameId);
    }

    // ================================================================== the most executed operations
    // The generated interpreter's switch is split into two Java methods, since HotSpot compiles no
    // method bigger than 8,000 bytes of bytecode, and instructions go to the first one in the
    // order their operations are declared. The operations that ordinary code, calls and awaits
    // execute most come first, so that they are dispatched without the call into the second
    // method (about 8% of the interpreter's time on coroutine calls); the sections after them
    // hold the rest.

    @Operation
    public static final class IsTrue {
        @Specialization
        static boolean doBoolean(boolean b) {
            return b;
        }

        @Specialization
        static boolean doLong(long l) {
            return l != 0;
        }

        @Fallback
        static boolean doGeneric(Object o) {
            return Py.isTrue(o);
        }
    }

    /**
     * The test of a {@code while} loop that may iterate without suspending: {@link IsTrue} plus
     * {@link #loopFence()}, so that a loop waiting for another thread's write
     * ({@code while not done[0]: ...}) sees it.
     */
    @Operation
    public static final class LoopTest {
        @Specialization
        static boolean doBoolean(boolean b) {
            loopFence();
            return b;
        }

        @Specialization
        static boolean doLong(long l) {
            loopFence();
            return l != 0;
        }

        @Fallback
        static boolean doGeneric(Object o) {
            loopFence();
            return Py.isTrue(o);
        }
    }

    /**
     * Once per loop iteration in compiled code. Guest threads run without a global lock, and
     * Graal may hoist a read of the heap (a list item, a module global) out of a loop that calls
     * nothing, as the Java memory model allows: a loop polling a flag that another thread sets
     * then spun forever once compiled. CPython's threads see each other's writes at the next
     * bytecode. An acquire fence is a memory kill for Graal, so the loop reads the flag again on
     * every iteration; on x86 it emits no instruction. The interpreter re-reads anyway. Loops
     * that suspend on every iteration go without it (compiled code ends at each suspension), as
     * the fence also makes a coroutine's loop re-read its locals from the materialized frame.
     */
    static void loopFence() {
        if (CompilerDirectives.inCompiledCode()) {
            VarHandle.acquireFence();
        }
    }

    @Operation
    public static final class Not {
        @Specialization
        static boolean doBoolean(boolean b) {
            return !b;
        }

        @Fallback
        static boolean doGeneric(Object o) {
            return !Py.isTrue(o);
        }
    }

    @Operation
    public static final class Is {
        @Specialization
        static boolean doIt(Object a, Object b) {
            return Runtime.is(a, b);
        }
    }

    /**
     * {@code x is None}: None is a singleton, so this is a reference comparison; {@link Is} would
     * also compare ints, floats and strings by value. A long or boolean is never None (no boxing).
     */
    @Operation
    public static final class IsNone {
        @Specialization
        static boolean doLong(@SuppressWarnings("unused") long a) {
            return false;
        }

        @Specialization
        static boolean doBoolean(@SuppressWarnings("unused") boolean a) {
            return false;
        }

        @Specialization(replaces = {"doLong", "doBoolean"})
        static boolean doObject(Object a) {
            return a == PNone.NONE;
        }
    }

    /** {@code x is not None}, see {@link IsNone}. */
    @Operation
    public static final class IsNotNone {
        @Specialization
        static boolean doLong(@SuppressWarnings("unused") long a) {
            return true;
        }

        @Specialization
        static boolean doBoolean(@SuppressWarnings("unused") boolean a) {
            return true;
        }

        @Specialization(replaces = {"doLong", "doBoolean"})
        static boolean doObject(Object a) {
            return a != PNone.NONE;
        }
    }

    /**
     * Guard of the float specializations of the comparisons. They take Object, not double: the
     * DSL quickens a specialization with double parameters to read its operands as unboxed
     * doubles, but double is no boxing-elimination type, so every operand arrives boxed, the read
     * fails and the compiled code deoptimized on every execution (a deoptimization cycle).
     */
    static boolean isDouble(Object o) {
        return o instanceof Double;
    }

    @Operation
    @ImportStatic(KairosRootNode.class)
    public static final class Lt {
        @Specialization
        static boolean doLong(long a, long b) {
            return a < b;
        }

        @Specialization(guards = {"isDouble(a)", "isDouble(b)"})
        static boolean doDouble(Object a, Object b) {
            return (double) (Double) a < (double) (Double) b;
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDoubleLong(Object a, long b) {
            int r = Numbers.compareDoubleLong((Double) a, b);
            return r == -1;
        }

        @Specialization(guards = "isDouble(b)")
        static boolean doLongDouble(long a, Object b) {
            int r = Numbers.compareDoubleLong((Double) b, a);
            return r == 1;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.compare(CmpOp.LT, a, b);
        }
    }

    /**
     * A comparison that a branch tests ({@code if a < b:}, {@code while i < n:}): the comparison
     * and the truth of its result in one instruction, as Python evaluates them ({@code bool()} of
     * a rich comparison's result). See BytecodeCompiler.condition. With {@code fence}, the test of
     * a loop that may iterate without suspending, as {@link LoopTest}.
     */
    @Operation
    @ConstantOperand(type = CmpOp.class)
    @ConstantOperand(type = boolean.class, name = "fence")
    @ImportStatic(KairosRootNode.class)
    public static final class CompareTest {
        @Specialization
        static boolean doLong(CmpOp op, boolean fence, long a, long b) {
            fenceIf(fence);
            return holds(op, Long.compare(a, b));
        }

        @Specialization(guards = {"isDouble(a)", "isDouble(b)"})
        static boolean doDouble(CmpOp op, boolean fence, Object a, Object b) {
            fenceIf(fence);
            double x = (Double) a;
            double y = (Double) b;
            return switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            };
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDoubleLong(CmpOp op, boolean fence, Object a, long b) {
            fenceIf(fence);
            return holds(op, Numbers.compareDoubleLong((Double) a, b));
        }

        @Specialization(guards = "isDouble(b)")
        static boolean doLongDouble(CmpOp op, boolean fence, long a, Object b) {
            fenceIf(fence);
            return holds(op, -Numbers.compareDoubleLong((Double) b, a));
        }

        @Fallback
        static boolean doGeneric(CmpOp op, boolean fence, Object a, Object b) {
            fenceIf(fence);
            return Py.isTrue(Ops.compare(op, a, b));
        }

        static void fenceIf(boolean fence) {
            if (fence) {
                loopFence();
            }
        }

        /** Whether {@code op} holds for the order {@code c}: -1, 0, 1, or +-2 when unordered (NaN). */
        static boolean holds(CmpOp op, int c) {
            return switch (op) {
                case LT -> c == -1;
                case LE -> c == -1 || c == 0;
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c == 1;
                case GE -> c == 0 || c == 1;
            };
        }
    }

    /** {@link CompareTest} with an int constant on the right ({@code if n <= 1:}): one instruction less. */
    @Operation
    @ConstantOperand(type = CmpOp.class)
    @ConstantOperand(type = boolean.class, name = "fence")
    @ConstantOperand(type = long.class, name = "c", specifyAtEnd = true)
    @ImportStatic(KairosRootNode.class)
    public static final class CompareTestConst {
        @Specialization
        static boolean doLong(CmpOp op, boolean fence, long a, long c) {
            CompareTest.fenceIf(fence);
            return CompareTest.holds(op, Long.compare(a, c));
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDouble(CmpOp op, boolean fence, Object a, long c) {
            CompareTest.fenceIf(fence);
            return CompareTest.holds(op, Numbers.compareDoubleLong((Double) a, c));
        }

        @Fallback
        static boolean doGeneric(CmpOp op, boolean fence, Object a, long c) {
            CompareTest.fenceIf(fence);
            return Py.isTrue(Ops.compare(op, a, c));
        }
    }

    /** {@link CompareTestConst} of a local that is surely bound ({@code if n <= 1:} with {@code n} a local): one instruction less again. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = CmpOp.class)
    @ConstantOperand(type = boolean.class, name = "fence")
    @ConstantOperand(type = long.class, name = "c")
    public static final class CompareTestLocalConst {
        @Specialization(rewriteOn = NotLong.class)
        static boolean doLong(VirtualFrame frame, LocalAccessor local, CmpOp op, boolean fence, long c, @Bind BytecodeNode bytecode) {
            long a = NotLong.read(frame, local, bytecode);
            CompareTest.fenceIf(fence);
            return CompareTest.holds(op, Long.compare(a, c));
        }

        @Specialization(replaces = "doLong")
        static boolean doGeneric(VirtualFrame frame, LocalAccessor local, CmpOp op, boolean fence, long c, @Bind BytecodeNode bytecode) {
            Object a = local.getObject(bytecode, frame);
            if (a instanceof Long l) {
                return CompareTestConst.doLong(op, fence, l, c);
            } else if (a instanceof Double) {
                return CompareTestConst.doDouble(op, fence, a, c);
            }
            return CompareTestConst.doGeneric(op, fence, a, c);
        }
    }

    @Operation
    @ImportStatic(KairosRootNode.class)
    public static final class Eq {
        @Specialization
        static boolean doLong(long a, long b) {
            return a == b;
        }

        @Specialization(guards = {"isDouble(a)", "isDouble(b)"})
        static boolean doDouble(Object a, Object b) {
            return (double) (Double) a == (double) (Double) b;
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDoubleLong(Object a, long b) {
            int r = Numbers.compareDoubleLong((Double) a, b);
            return r == 0;
        }

        @Specialization(guards = "isDouble(b)")
        static boolean doLongDouble(long a, Object b) {
            int r = Numbers.compareDoubleLong((Double) b, a);
            return r == 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.compare(CmpOp.EQ, a, b);
        }
    }

    @Operation
    public static final class Add {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a + b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.binary(BinOp.ADD, a, b);
        }
    }

    @Operation
    public static final class Sub {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a - b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.binary(BinOp.SUB, a, b);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class LoadGlobal {
        /** Reads the cached entry of the globals dict: a store updates the entry, a delete marks it removed. */
        @Specialization(guards = {"globals(frame) == cachedGlobals", "entry != null", "!entry.removed"}, limit = "2")
        static Object doGlobal(VirtualFrame frame, String name,
                        @Cached("globals(frame)") PDict cachedGlobals,
                        @Cached("cachedGlobals.getEntryStr(name)") PDict.Entry entry) {
            return entry.value;
        }

        /** A builtin, valid while the globals dict gets no new key (which could shadow it). */
        @Specialization(guards = {"globals(frame) == cachedGlobals", "cachedGlobals.version == globalsVersion", "entry != null", "!entry.removed"}, limit = "2")
        static Object doBuiltin(VirtualFrame frame, String name,
                        @Cached("globals(frame)") PDict cachedGlobals,
                        @Cached("cachedGlobals.version") int globalsVersion,
                        @Cached("builtinEntry(cachedGlobals, name, $node)") PDict.Entry entry) {
            return entry.value;
        }

        @Specialization(replaces = {"doGlobal", "doBuiltin"})
        static Object doGeneric(VirtualFrame frame, String name) {
            return Runtime.loadGlobal(globals(frame), name);
        }

        static PDict globals(VirtualFrame frame) {
            return KairosRootNode.globals(frame);
        }

        @TruffleBoundary
        static PDict.Entry builtinEntry(PDict globals, String name, Node node) {
            if (globals.getStr(name) != null) {
                return null;
            }
            return KairosContext.get(node).builtinsDict().getEntryStr(name);
        }
    }

    @Operation
    @ConstantOperand(type = int.class)
    public static final class LoadArg {
        @Specialization
        static Object doIt(VirtualFrame frame, int index) {
            return frame.getArguments()[index];
        }
    }

    /**
     * A parameter from the call's arguments into its local: one instruction where a
     * {@link LoadArg} and a store were. Ints and bools are stored unboxed where the local's kind
     * allows it, as a store instruction would.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = int.class, name = "index")
    public static final class StoreArg {
        @Specialization
        static void doIt(VirtualFrame frame, LocalAccessor local, int index, @Bind BytecodeNode bytecode) {
            storeLocal(frame, local, frame.getArguments()[index], bytecode);
        }
    }

    /**
     * Generator and coroutine frames outlive their call: once the parameters are in locals, the
     * call's argument array lets go of them (a suspended frame would otherwise keep a second
     * reference to each, e.g. an int argument's box next to the unboxed local). Element 0, the
     * function, stays: globals and closures are read through it. Every call builds its own array.
     */
    @Operation
    public static final class ReleaseArgs {
        @Specialization
        static void doIt(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            for (int i = 1; i < args.length; i++) {
                args[i] = null;
            }
        }
    }

    /**
     * On the first call of a generator or coroutine root, gives its {@link #objectLocals} the
     * boxing-elimination tag "object". Local tags live in the cached bytecode node, which only
     * exists once the root runs, so this cannot be done when the root is built. The locals are
     * unbound (null) at this point, so storing null changes nothing but the tag.
     */
    @Operation
    public static final class TagObjectLocals {
        @Specialization
        static void doIt(VirtualFrame frame, @Bind KairosRootNode root, @Bind BytecodeNode bytecode, @Bind("$bytecodeIndex") int bci) {
            if (root.objectLocals != null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                tag(frame, root, bytecode, bci);
            }
        }

        private static void tag(VirtualFrame frame, KairosRootNode root, BytecodeNode bytecode, int bci) {
            int[] offsets = root.objectLocals;
            if (offsets == null) {
                return;
            }
            for (int offset : offsets) {
                bytecode.setLocalValue(bci, frame, offset, null);
            }
            root.objectLocals = null;
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class GetAttr {
        @Specialization
        static Object doIt(String name, Object obj, @Cached GetAttrNode getAttr) {
            return getAttr.execute(obj, name);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class SetAttr {
        @Specialization
        static void doIt(String name, Object value, Object obj, @Cached SetAttrNode setAttr) {
            setAttr.execute(obj, name, value);
        }
    }

    /** {@code obj[c]} for an int constant {@code c} ({@code node[0]}, {@code pair[1]}): one instruction less. */
    @Operation
    @ConstantOperand(type = long.class, name = "c", specifyAtEnd = true)
    public static final class GetItemConst {
        @Specialization(guards = {"list.cls == LIST", "c >= 0", "c < list.size"})
        static Object doList(PList list, long c) {
            return list.items[(int) c];
        }

        @Specialization(guards = {"tuple.cls == TUPLE", "c >= 0", "c < tuple.items.length"})
        static Object doTuple(PTuple tuple, long c) {
            return tuple.items[(int) c];
        }

        @Fallback
        static Object doGeneric(Object obj, long c) {
            return Py.getItem(obj, c);
        }

        static final org.kairos.runtime.PClass LIST = org.kairos.runtime.PClass.LIST;
        static final org.kairos.runtime.PClass TUPLE = org.kairos.runtime.PClass.TUPLE;
    }

    /**
     * {@code x[c]} for a local {@code x} that is surely bound and an int constant {@code c}
     * ({@code node[0]}): one instruction where the local's load and {@link GetItemConst} were.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = long.class, name = "c")
    public static final class GetLocalItemConst {
        @Specialization
        static Object doIt(VirtualFrame frame, LocalAccessor local, long c, @Bind BytecodeNode bytecode) {
            Object obj = local.getObject(bytecode, frame);
            if (obj instanceof PList list && list.cls == PClass.LIST) {
                if (c >= 0 && c < list.size) {
                    return list.items[(int) c];
                }
            } else if (obj instanceof PTuple tuple && tuple.cls == PClass.TUPLE) {
                if (c >= 0 && c < tuple.items.length) {
                    return tuple.items[(int) c];
                }
            }
            return Py.getItem(obj, c);
        }
    }

    @Operation
    public static final class GetItem {
        @Specialization(guards = {"list.cls == LIST", "index >= 0", "index < list.size"})
        static Object doList(PList list, long index) {
            return list.items[(int) index];
        }

        @Fallback
        static Object doGeneric(Object obj, Object key) {
            return Py.getItem(obj, key);
        }

        static final org.kairos.runtime.PClass LIST = org.kairos.runtime.PClass.LIST;
    }

    @Operation(tags = CallTag.class)
    public static final class Call {
        @Specialization(guards = {"fn.code == cachedCode", "args.length == cachedCode.signature.positional", "cachedCode.signature.isSimple()"}, limit = "3")
        static Object doDirect(PFunction fn, @Variadic Object[] args,
                        @Cached("fn.code") PCode cachedCode,
                        @Cached("create(cachedCode.callTarget())") DirectCallNode callNode,
                        @Bind Node node) {
            return CallDispatchNode.invoke(fn, cachedCode, callNode, CallDispatchNode.frameArgs(fn, null, args), node);
        }

        /** Bound methods, classes, builtins and more than three functions: see CallDispatchNode. */
        @Specialization(replaces = "doDirect")
        static Object doGeneric(Object callee, @Variadic Object[] args, @Cached CallDispatchNode dispatch) {
            return dispatch.execute(callee, args);
        }
    }

    /**
     * The frame arguments of an eagerly started coroutine: {@code given} positional arguments
     * (the receiver included), the rest from the defaults; {@code given} and the code are
     * constants of the call site, so the defaults branch folds away when none are needed.
     */
    static Object[] eagerArgs(PFunction fn, PCode code, Object self, Object[] args, int given) {
        if (given == code.signature.positional) {
            return CallDispatchNode.frameArgs(fn, self, args);
        }
        return CallDispatchNode.frameArgsWithDefaults(fn, self, args, code.signature.positional);
    }

    /**
     * {@code await f(args)}: the call and the first delegation step of the await in one (see
     * {@link CallDispatchNode#startAwaited}). Produces the delegate's first yielded value or a
     * finished step's result ({@link Generators#isDone}), like {@link YieldFromStart}. With {@code yieldFrom}, the same for
     * {@code yield from f(args)} in a generator: a generator function's body starts at once.
     */
    @Operation(tags = CallTag.class)
    @ConstantOperand(type = boolean.class, name = "yieldFrom")
    @ImportStatic(CallDispatchNode.class)
    public static final class AwaitCall {
        @Specialization(guards = {"fn.code == cachedCode", "args.length == argc", "argc <= cachedCode.signature.positional", "cachedCode.signature.isSimple()",
                        "eager", "defaultsCover(fn, argc)"}, limit = "3")
        static Object doEager(@SuppressWarnings("unused") boolean yieldFrom, PFunction fn, @Variadic Object[] args,
                        @Cached("fn.code") PCode cachedCode,
                        @Cached("args.length") int argc,
                        // once true, true for good: checked when the entry is made, not per call
                        @Cached("cachedCode.startsEagerly(yieldFrom)") @SuppressWarnings("unused") boolean eager,
                        @Cached("create(cachedCode.eagerCallTarget())") DirectCallNode callNode,
                        @Bind Node node) {
            return CallDispatchNode.startAwaited(fn, cachedCode, callNode, eagerArgs(fn, cachedCode, null, args, argc), node);
        }

        /** Other callees: call, then await the result as any awaitable (or yield from it as any iterable). */
        @Specialization(replaces = "doEager")
        static Object doGeneric(boolean yieldFrom, Object callee, @Variadic Object[] args, @Cached CallDispatchNode dispatch,
                        @Cached YieldFromDelegateNode step, @Bind Node node) {
            Object x = dispatch.execute(callee, args);
            return step.execute(currentGenerator(node), delegateOf(x, yieldFrom), PNone.NONE);
        }
    }

    /** What the first step of {@code await x} or {@code yield from x} sends None to. */
    static Object delegateOf(Object x, boolean yieldFrom) {
        return yieldFrom ? Generators.yieldFromIter(x, false) : Generators.getFrameAwaitable(x);
    }

    /**
     * {@code await obj.m(args)}: as {@link AwaitCall} for a coroutine function found on the
     * receiver's class (with the conditions of {@link CallMethodNode}'s class cache); any other
     * callee is called as {@link CallMethod} does and its result awaited.
     */
    @Operation(tags = CallTag.class)
    @ConstantOperand(type = String.class)
    @ConstantOperand(type = boolean.class, name = "yieldFrom")
    @ImportStatic(CallDispatchNode.class)
    public static final class AwaitCallMethod {
        static final PClass MODULE = PClass.MODULE;

        /** {@code await module.f(args)}, e.g. {@code await asyncio.sleep(0)}. */
        @Specialization(guards = {"module.dict == cachedDict", "module.cls == MODULE", "entry != null", "!entry.removed", "fn != null",
                        "isSame(entry.value, fn)", "args.length == argc", "defaultsCover(fn, argc)"}, limit = "3")
        static Object doModule(@SuppressWarnings("unused") String name, @SuppressWarnings("unused") boolean yieldFrom, PModule module, @Variadic Object[] args,
                        @Cached("module.dict") @SuppressWarnings("unused") PDict cachedDict,
                        @Cached("moduleEntry(module, name)") PDict.Entry entry,
                        @Cached("args.length") int argc,
                        @Cached("eagerFunction(entry, argc, yieldFrom)") PFunction fn,
                        @Cached("create(fn.code.eagerCallTarget())") DirectCallNode callNode,
                        @Bind Node node) {
            return CallDispatchNode.startAwaited(fn, fn.code, callNode, eagerArgs(fn, fn.code, null, args, argc), node);
        }

        static PDict.Entry moduleEntry(PModule module, String name) {
            return GetAttrNode.moduleEntry(module, name);
        }

        static boolean isSame(Object a, Object b) {
            return a == b;
        }

        static PFunction eagerFunction(PDict.Entry entry, int argc, boolean yieldFrom) {
            if (entry != null && entry.value instanceof PFunction f && f.code.startsEagerly(yieldFrom) && f.code.signature.isSimple() && f.code.signature.positional >= argc) {
                return f;
            }
            return null;
        }

        @Specialization(guards = {"classOf(obj) == cachedClass", "fn != null", "args.length == argc",
                        "defaultsCoverWithSelf(fn, argc)"}, assumptions = "layout", limit = "3")
        static Object doMethod(@SuppressWarnings("unused") String name, @SuppressWarnings("unused") boolean yieldFrom, Object obj, @Variadic Object[] args,
                        @Cached("classOf(obj)") @SuppressWarnings("unused") PClass cachedClass,
                        @Cached(value = "cachedClass.mroLayoutAssumptions()", dimensions = 1) @SuppressWarnings("unused") Assumption[] layout,
                        @Cached("args.length") int argc,
                        @Cached("eagerMethod(cachedClass, name, argc, yieldFrom)") PFunction fn,
                        @Cached("create(fn.code.eagerCallTarget())") DirectCallNode callNode,
                        @Bind Node node) {
            return CallDispatchNode.startAwaited(fn, fn.code, callNode, eagerArgs(fn, fn.code, obj, args, argc + 1), node);
        }

        @Specialization(replaces = {"doModule", "doMethod"})
        static Object doGeneric(String name, boolean yieldFrom, Object obj, @Variadic Object[] args, @Cached CallMethodNode callMethod,
                        @Cached YieldFromDelegateNode step, @Bind Node node) {
            Object x = callMethod.execute(obj, name, args);
            return step.execute(currentGenerator(node), delegateOf(x, yieldFrom), PNone.NONE);
        }

        static PClass classOf(Object o) {
            return Py.classOf(o);
        }

        /**
         * The class's coroutine function {@code name} (generator function with {@code yieldFrom})
         * taking the receiver and {@code argc} arguments as they are, or null.
         */
        static PFunction eagerMethod(PClass cls, String name, int argc, boolean yieldFrom) {
            PFunction f = CallMethodNode.methodFunction(cls, name);
            if (f != null && f.code.startsEagerly(yieldFrom) && f.code.signature.isSimple() && f.code.signature.positional >= argc + 1) {
                return f;
            }
            return null;
        }
    }

    @Operation(tags = CallTag.class)
    @ConstantOperand(type = String.class)
    public static final class CallMethod {
        @Specialization
        static Object doIt(String name, Object obj, @Variadic Object[] args, @Cached CallMethodNode callMethod, @Bind Node node) {
            // binding the node makes the DSL store the bytecode index, so callees can find the calling line
            return callMethod.execute(obj, name, args);
        }
    }

    @Operation(tags = CallTag.class)
    @ConstantOperand(type = String[].class)
    public static final class CallKw {
        @Specialization
        static Object doIt(String[] kwnames, Object callee, @Variadic Object[] args, @Cached CallKwNode callKw, @Bind Node node) {
            // binding the node makes the DSL store the bytecode index, so callees can find the calling line
            return callKw.execute(callee, args, kwnames);
        }
    }

    @Operation
    public static final class GetIter {
        @Specialization
        static Object doIt(Object o) {
            return Py.getIter(o);
        }
    }

    /** The next value, or NO_VALUE when the iterator is exhausted. */
    @Operation
    public static final class IterNext {
        @Specialization(guards = "gen.kind() == GENERATOR")
        static Object doGenerator(PGenerator gen, @Cached ResumeGeneratorNode resume) {
            Object r = resume.execute(gen, PNone.NONE);
            return r instanceof Generators.Done ? PNone.NO_VALUE : r;
        }

        static final PGenerator.Kind GENERATOR = PGenerator.Kind.GENERATOR;

        @Specialization(replaces = "doGenerator")
        static Object doIt(Object it) {
            Object v = Py.next(it);
            return v == null ? PNone.NO_VALUE : v;
        }
    }

    /** {@link IterNext} of a loop that may iterate without suspending, plus {@link #loopFence()}. */
    @Operation
    public static final class LoopIterNext {
        @Specialization(guards = "gen.kind() == GENERATOR")
        static Object doGenerator(PGenerator gen, @Cached ResumeGeneratorNode resume) {
            loopFence();
            return IterNext.doGenerator(gen, resume);
        }

        static final PGenerator.Kind GENERATOR = PGenerator.Kind.GENERATOR;

        @Specialization(replaces = "doGenerator")
        static Object doIt(Object it) {
            loopFence();
            return IterNext.doIt(it);
        }
    }

    @Operation
    public static final class Pop {
        @Specialization
        static void doIt(@SuppressWarnings("unused") Object value) {
        }
    }

    /**
     * The value of a generator-like root's {@code return}, as a continuation result without a
     * continuation: the root then returns one class whether it suspends or finishes (see
     * {@code BytecodeCompiler.beginReturn}); {@code PGenerator} unwraps it.
     */
    @Operation
    public static final class GeneratorFinished {
        @Specialization
        static ContinuationResult doIt(Object v) {
            return new ContinuationResult(null, null, v);
        }
    }

    /** After a Yield: raises the exception of a throw(), else produces the sent value. */
    @Operation
    public static final class ResumeValue {
        @Specialization
        static Object doIt(Object v) {
            return Generators.resumeValue(v);
        }
    }

    @Operation
    public static final class GetAwaitable {
        @Specialization
        static Object doIt(Object x) {
            // the result only feeds YieldFromStart
            return Generators.getFrameAwaitable(x);
        }
    }

    /**
     * The first step of yield from / await: {@code it} (the delegate) is sent None. The delegate
     * is kept in the current generator's {@code yieldFrom} from then on (see
     * {@link YieldFromDelegateNode}). Produces the delegate's yielded value or a Done.
     */
    @Operation
    public static final class YieldFromStart {
        @Specialization
        static Object doIt(Object it, @Cached YieldFromDelegateNode step, @Bind Node node) {
            return step.execute(currentGenerator(node), it, PNone.NONE);
        }
    }

    /**
     * A further step of yield from / await: sends the value the frame was resumed with. A
     * {@link Generators.Done} or a {@link PException} sent instead is the outcome of a delegate
     * that was resumed directly (see {@link ResumeGeneratorNode}); guest code cannot send either.
     */
    @Operation
    public static final class YieldFromNext {
        @Specialization
        static Object doIt(Object send, @Cached YieldFromDelegateNode step, @Bind Node node,
                        @Cached InlinedConditionProfile delegateDone) {
            PGenerator current = currentGenerator(node);
            if (delegateDone.profile(node, send instanceof Generators.Done || send instanceof PException)) {
                current.yieldFrom = null;
                if (send instanceof PException e) {
                    throw e;
                }
                return send;
            }
            return step.execute(current, current.yieldFrom, send);
        }
    }

    /**
     * A delegation step's result (the value the delegate yielded, or a finished step's result,
     * see {@link Generators#isDone})
     * into the await's temporary; true while the delegate is pending. One instruction where a
     * store, a load, a test and a negation were: the await of a coroutine that finishes at once
     * runs four instructions in all (the call, this, its branch and {@link YieldFromResult}).
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class StoreStepPending {
        @Specialization
        static boolean doIt(VirtualFrame frame, LocalAccessor temp, Object step, @Bind BytecodeNode bytecode) {
            temp.setObject(bytecode, frame, step);
            return !Generators.isDone(step);
        }
    }

    /** The value of a finished {@code await} or {@code yield from}: the result in its temporary. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class YieldFromResult {
        @Specialization
        static Object doIt(VirtualFrame frame, LocalAccessor temp, @Bind BytecodeNode bytecode) {
            return Generators.doneValue(temp.getObject(bytecode, frame));
        }
    }

    @Operation
    public static final class AsyncGenWrap {
        @Specialization
        static Object doIt(Object v) {
            return new PGenerator.AsyncGenValue(v);
        }
    }

    @Operation
    public static final class GetANext {
        @Specialization
        static Object doIt(Object it) {
            return Generators.getANext(it);
        }
    }

    @Operation
    public static final class ListAppend {
        @Specialization
        static void doIt(Object list, Object value) {
            ((PList) list).append(value);
        }
    }

    @Operation
    public static final class BuildTuple {
        @Specialization
        static Object doIt(@Variadic Object[] items) {
            return items.length == 0 ? PTuple.EMPTY : new PTuple(items);
        }
    }

    @Operation
    public static final class BuildList {
        @Specialization
        static Object doIt(@Variadic Object[] items) {
            return new PList(items);
        }
    }

    /** Checks that a fast local is bound (null means unbound) and passes its value through. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class CheckLocal {
        @Specialization
        static Object doIt(String name, Object value) {
            if (value == null) {
                throw Runtime.unboundLocal(name);
            }
            return value;
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    @ConstantOperand(type = boolean.class)
    public static final class LoadCell {
        @Specialization
        static Object doIt(String name, boolean free, Object cell) {
            Object v = ((PCell) cell).ref;
            if (v == null) {
                throw Runtime.unboundCell(name, free);
            }
            return v;
        }
    }

    @Operation
    @ConstantOperand(type = int.class)
    public static final class LoadClosure {
        @Specialization
        static PCell doIt(VirtualFrame frame, int index) {
            return ((PFunction) frame.getArguments()[0]).closure[index];
        }
    }

    // ================================================================== truth and logic

    @Operation
    public static final class IsNot {
        @Specialization
        static boolean doIt(Object a, Object b) {
            return !Runtime.is(a, b);
        }
    }

    @Operation
    public static final class In {
        @Specialization
        static boolean doIt(Object item, Object container) {
            return Ops.contains(container, item);
        }
    }

    @Operation
    public static final class NotIn {
        @Specialization
        static boolean doIt(Object item, Object container) {
            return !Ops.contains(container, item);
        }
    }

    // ================================================================== arithmetic

    @Operation
    public static final class Mul {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a * b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.binary(BinOp.MUL, a, b);
        }
    }

    @Operation
    @ConstantOperand(type = BinOp.class)
    public static final class Binary {
        @Specialization(guards = "hasLongResult(op, a, b)")
        static long doLong(BinOp op, long a, long b) {
            return longOp(op, a, b);
        }

        @Fallback
        static Object doGeneric(BinOp op, Object a, Object b) {
            return Ops.binary(op, a, b);
        }

        /** Int operators whose result fits a long; the rest (overflow, division by zero, <<) take Ops. */
        static boolean hasLongResult(BinOp op, long a, long b) {
            return switch (op) {
                case AND, OR, XOR -> true;
                case MOD -> b != 0;
                case FLOORDIV -> b != 0 && !(a == Long.MIN_VALUE && b == -1);
                case RSHIFT -> b >= 0;
                default -> false;
            };
        }

        static long longOp(BinOp op, long a, long b) {
            return switch (op) {
                case AND -> a & b;
                case OR -> a | b;
                case XOR -> a ^ b;
                case MOD -> Math.floorMod(a, b);
                case FLOORDIV -> Math.floorDiv(a, b);
                case RSHIFT -> a >> Math.min(b, 63);
                default -> throw CompilerDirectives.shouldNotReachHere();
            };
        }
    }

    @Operation
    @ConstantOperand(type = BinOp.class)
    public static final class InplaceBinary {
        @Specialization(guards = "op == ADD", rewriteOn = ArithmeticException.class)
        static long doAddLong(BinOp op, long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization(guards = "hasLongResult(op, a, b)")
        static long doLong(BinOp op, long a, long b) {
            return Binary.longOp(op, a, b);
        }

        @Specialization(replaces = "doAddLong")
        static Object doGeneric(BinOp op, Object a, Object b) {
            return Ops.inplace(op, a, b);
        }

        static boolean hasLongResult(BinOp op, long a, long b) {
            return Binary.hasLongResult(op, a, b);
        }

        static final BinOp ADD = BinOp.ADD;
    }

    /**
     * {@code a + c} and {@code a - c}, or their in-place forms ({@code i += 1}), for an int
     * constant {@code c}: one instruction where a constant load and the operation were.
     */
    @Operation
    @ConstantOperand(type = BinOp.class)
    @ConstantOperand(type = boolean.class, name = "inplace")
    @ConstantOperand(type = long.class, name = "c", specifyAtEnd = true)
    public static final class BinaryConst {
        @Specialization(guards = "op == ADD", rewriteOn = ArithmeticException.class)
        static long doAdd(@SuppressWarnings("unused") BinOp op, @SuppressWarnings("unused") boolean inplace, long a, long c) {
            return Math.addExact(a, c);
        }

        @Specialization(guards = "op == SUB", rewriteOn = ArithmeticException.class)
        static long doSub(@SuppressWarnings("unused") BinOp op, @SuppressWarnings("unused") boolean inplace, long a, long c) {
            return Math.subtractExact(a, c);
        }

        @Specialization
        static double doDouble(BinOp op, @SuppressWarnings("unused") boolean inplace, double a, long c) {
            return op == BinOp.ADD ? a + c : a - c;
        }

        @Specialization(replaces = {"doAdd", "doSub"})
        static Object doGeneric(BinOp op, boolean inplace, Object a, long c) {
            return inplace ? Ops.inplace(op, a, c) : Ops.binary(op, a, c);
        }

        static final BinOp ADD = BinOp.ADD;
        static final BinOp SUB = BinOp.SUB;
    }

    /**
     * {@code x + c} and {@code x - c} for a local {@code x} that is surely bound and an int
     * constant {@code c} ({@code n - 1}): one instruction where the local's load and
     * {@link BinaryConst} were.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = BinOp.class)
    @ConstantOperand(type = long.class, name = "c")
    public static final class BinaryLocalConst {
        @Specialization(rewriteOn = {NotLong.class, ArithmeticException.class})
        static long doLong(VirtualFrame frame, LocalAccessor local, BinOp op, long c, @Bind BytecodeNode bytecode) {
            long a = NotLong.read(frame, local, bytecode);
            return op == BinOp.ADD ? Math.addExact(a, c) : Math.subtractExact(a, c);
        }

        /** A local of the "object" kind (e.g. one that lives across suspensions) holding an int. */
        @Specialization(replaces = "doLong", rewriteOn = {NotLong.class, ArithmeticException.class})
        static long doBoxed(VirtualFrame frame, LocalAccessor local, BinOp op, long c, @Bind BytecodeNode bytecode) {
            long a = NotLong.unbox(local.getObject(bytecode, frame));
            return op == BinOp.ADD ? Math.addExact(a, c) : Math.subtractExact(a, c);
        }

        @Specialization(replaces = {"doLong", "doBoxed"})
        static Object doGeneric(VirtualFrame frame, LocalAccessor local, BinOp op, long c, @Bind BytecodeNode bytecode) {
            Object a = local.getObject(bytecode, frame);
            if (a instanceof Double d) {
                return op == BinOp.ADD ? d + c : d - c;
            }
            return Ops.binary(op, a, c);
        }
    }

    /**
     * Thrown when a local that an operation reading it directly specialized for ints holds
     * something else: the operation rewrites itself to its generic form, so compiled code does
     * not deoptimize again. ({@code UnexpectedResultException} itself cannot be a
     * {@code rewriteOn} of an operation without a value.)
     */
    static final class NotLong extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        static final NotLong INSTANCE = new NotLong();

        /** The local's value if it is of the "long" kind (never call it on an object local in compiled code: it deoptimizes). */
        static long read(VirtualFrame frame, LocalAccessor local, BytecodeNode bytecode) {
            try {
                return local.getLong(bytecode, frame);
            } catch (UnexpectedResultException e) {
                throw INSTANCE;
            }
        }

        static long unbox(Object value) {
            if (value instanceof Long l) {
                return l;
            }
            throw INSTANCE;
        }
    }

    /**
     * {@code x += c} and {@code x -= c} for a local {@code x} that is surely bound and an int
     * constant {@code c}: one instruction where a load, {@link BinaryConst} and a store were.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = BinOp.class)
    @ConstantOperand(type = long.class, name = "c")
    public static final class InplaceLocalConst {
        @Specialization(rewriteOn = {NotLong.class, ArithmeticException.class})
        static void doLong(VirtualFrame frame, LocalAccessor local, BinOp op, long c, @Bind BytecodeNode bytecode) {
            local.setLong(bytecode, frame, BinaryLocalConst.doLong(frame, local, op, c, bytecode));
        }

        @Specialization(replaces = "doLong", rewriteOn = {NotLong.class, ArithmeticException.class})
        static void doBoxed(VirtualFrame frame, LocalAccessor local, BinOp op, long c, @Bind BytecodeNode bytecode) {
            local.setLong(bytecode, frame, BinaryLocalConst.doBoxed(frame, local, op, c, bytecode));
        }

        @Specialization(replaces = {"doLong", "doBoxed"})
        static void doGeneric(VirtualFrame frame, LocalAccessor local, BinOp op, long c, @Bind BytecodeNode bytecode) {
            Object a = local.getObject(bytecode, frame);
            if (a instanceof Double d) {
                local.setObject(bytecode, frame, op == BinOp.ADD ? d + c : d - c);
                return;
            }
            storeLocal(frame, local, Ops.inplace(op, a, c), bytecode);
        }
    }

    /**
     * {@code x op= value} for a local {@code x} that is surely bound: the value's instructions and
     * this one, where a load, {@link InplaceBinary} and a store were around them.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = BinOp.class)
    public static final class InplaceLocal {
        @Specialization(guards = "op == ADD", rewriteOn = {NotLong.class, ArithmeticException.class})
        static void doAddLong(VirtualFrame frame, LocalAccessor local, @SuppressWarnings("unused") BinOp op, long b, @Bind BytecodeNode bytecode) {
            local.setLong(bytecode, frame, Math.addExact(NotLong.read(frame, local, bytecode), b));
        }

        @Specialization(replaces = "doAddLong", rewriteOn = NotLong.class)
        static void doLong(VirtualFrame frame, LocalAccessor local, BinOp op, long b, @Bind BytecodeNode bytecode) {
            long a = NotLong.read(frame, local, bytecode);
            if (Binary.hasLongResult(op, a, b)) {
                local.setLong(bytecode, frame, Binary.longOp(op, a, b));
            } else {
                storeLocal(frame, local, Ops.inplace(op, a, b), bytecode);
            }
        }

        /** Any other local (e.g. of the "object" kind, holding an int) or value; ints stay off the generic path. */
        @Specialization(replaces = {"doAddLong", "doLong"})
        static void doGeneric(VirtualFrame frame, LocalAccessor local, BinOp op, Object b, @Bind BytecodeNode bytecode) {
            Object a = local.getObject(bytecode, frame);
            if (a instanceof Long la && b instanceof Long lb) {
                long x = la;
                long y = lb;
                if (op == BinOp.ADD) {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        local.setLong(bytecode, frame, r);
                        return;
                    }
                } else if (Binary.hasLongResult(op, x, y)) {
                    local.setLong(bytecode, frame, Binary.longOp(op, x, y));
                    return;
                }
            }
            storeLocal(frame, local, Ops.inplace(op, a, b), bytecode);
        }

        static final BinOp ADD = BinOp.ADD;
    }

    @Operation
    public static final class Neg {
        @Specialization
        static Object doIt(Object a) {
            return Ops.neg(a);
        }
    }

    @Operation
    public static final class Pos {
        @Specialization
        static Object doIt(Object a) {
            return Ops.pos(a);
        }
    }

    @Operation
    public static final class Invert {
        @Specialization
        static Object doIt(Object a) {
            return Ops.invert(a);
        }
    }

    // ================================================================== comparisons

    @Operation
    @ImportStatic(KairosRootNode.class)
    public static final class Le {
        @Specialization
        static boolean doLong(long a, long b) {
            return a <= b;
        }

        @Specialization(guards = {"isDouble(a)", "isDouble(b)"})
        static boolean doDouble(Object a, Object b) {
            return (double) (Double) a <= (double) (Double) b;
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDoubleLong(Object a, long b) {
            int r = Numbers.compareDoubleLong((Double) a, b);
            return r == -1 || r == 0;
        }

        @Specialization(guards = "isDouble(b)")
        static boolean doLongDouble(long a, Object b) {
            int r = Numbers.compareDoubleLong((Double) b, a);
            return r == 1 || r == 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.compare(CmpOp.LE, a, b);
        }
    }

    @Operation
    @ImportStatic(KairosRootNode.class)
    public static final class Gt {
        @Specialization
        static boolean doLong(long a, long b) {
            return a > b;
        }

        @Specialization(guards = {"isDouble(a)", "isDouble(b)"})
        static boolean doDouble(Object a, Object b) {
            return (double) (Double) a > (double) (Double) b;
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDoubleLong(Object a, long b) {
            int r = Numbers.compareDoubleLong((Double) a, b);
            return r == 1;
        }

        @Specialization(guards = "isDouble(b)")
        static boolean doLongDouble(long a, Object b) {
            int r = Numbers.compareDoubleLong((Double) b, a);
            return r == -1;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.compare(CmpOp.GT, a, b);
        }
    }

    @Operation
    @ImportStatic(KairosRootNode.class)
    public static final class Ge {
        @Specialization
        static boolean doLong(long a, long b) {
            return a >= b;
        }

        @Specialization(guards = {"isDouble(a)", "isDouble(b)"})
        static boolean doDouble(Object a, Object b) {
            return (double) (Double) a >= (double) (Double) b;
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDoubleLong(Object a, long b) {
            int r = Numbers.compareDoubleLong((Double) a, b);
            return r == 1 || r == 0;
        }

        @Specialization(guards = "isDouble(b)")
        static boolean doLongDouble(long a, Object b) {
            int r = Numbers.compareDoubleLong((Double) b, a);
            return r == -1 || r == 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.compare(CmpOp.GE, a, b);
        }
    }

    @Operation
    @ImportStatic(KairosRootNode.class)
    public static final class Ne {
        @Specialization
        static boolean doLong(long a, long b) {
            return a != b;
        }

        @Specialization(guards = {"isDouble(a)", "isDouble(b)"})
        static boolean doDouble(Object a, Object b) {
            return (double) (Double) a != (double) (Double) b;
        }

        @Specialization(guards = "isDouble(a)")
        static boolean doDoubleLong(Object a, long b) {
            int r = Numbers.compareDoubleLong((Double) a, b);
            return r != 0;
        }

        @Specialization(guards = "isDouble(b)")
        static boolean doLongDouble(long a, Object b) {
            int r = Numbers.compareDoubleLong((Double) b, a);
            return r != 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Ops.compare(CmpOp.NE, a, b);
        }
    }

    // ================================================================== names

    @Operation
    @ConstantOperand(type = String.class)
    public static final class StoreGlobal {
        /** Rebinds an existing global in place; dicts with an owner need PDict's change hook. */
        @Specialization(guards = {"globals(frame) == cachedGlobals", "entry != null", "!entry.removed", "cachedGlobals.owner == null"}, limit = "1")
        static void doExisting(VirtualFrame frame, String name, Object value,
                        @Cached("globals(frame)") PDict cachedGlobals,
                        @Cached("cachedGlobals.getEntryStr(name)") PDict.Entry entry) {
            entry.value = value;
        }

        @Specialization(replaces = "doExisting")
        static void doGeneric(VirtualFrame frame, String name, Object value) {
            globals(frame).putStr(name, value);
        }

        static PDict globals(VirtualFrame frame) {
            return KairosRootNode.globals(frame);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class DeleteGlobal {
        @Specialization
        static void doIt(VirtualFrame frame, String name) {
            Runtime.deleteGlobal(globals(frame), name);
        }
    }

    /** Class-body name lookup: the class namespace, then globals, then builtins. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class LoadClassName {
        @Specialization
        static Object doIt(VirtualFrame frame, String name, Object ns) {
            return Runtime.loadClassName(globals(frame), name, ns, null);
        }
    }

    /** Class-body lookup of a name that is free in the class: the namespace, then the cell. */
    @Operation
    @ConstantOperand(type = String.class)
    public static final class LoadClassDeref {
        @Specialization
        static Object doIt(VirtualFrame frame, String name, Object ns, Object cell) {
            return Runtime.loadClassName(globals(frame), name, ns, (PCell) cell);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class StoreClassName {
        @Specialization
        static void doIt(String name, Object ns, Object value) {
            Runtime.storeClassName(ns, name, value);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class DeleteClassName {
        @Specialization
        static void doIt(String name, Object ns) {
            Runtime.deleteClassName(ns, name);
        }
    }

    @Operation
    public static final class MakeCell {
        @Specialization
        static PCell doIt(Object initial) {
            return new PCell(initial == PNone.NO_VALUE ? null : initial);
        }
    }

    @Operation
    public static final class StoreCell {
        @Specialization
        static void doIt(Object cell, Object value) {
            ((PCell) cell).ref = value;
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    @ConstantOperand(type = boolean.class)
    public static final class DeleteCell {
        @Specialization
        static void doIt(String name, boolean free, Object cell) {
            PCell c = (PCell) cell;
            if (c.ref == null) {
                throw Runtime.unboundCell(name, free);
            }
            c.ref = null;
        }
    }

    static PDict globals(VirtualFrame frame) {
        return ((PFunction) frame.getArguments()[0]).globals;
    }

    // ================================================================== attributes and items

    @Operation
    @ConstantOperand(type = String.class)
    public static final class DelAttr {
        @Specialization
        static void doIt(String name, Object obj) {
            Py.delAttr(obj, name);
        }
    }

    @Operation
    public static final class SetItem {
        @Specialization
        static void doIt(Object value, Object obj, Object key) {
            Py.setItem(obj, key, value);
        }
    }

    @Operation
    public static final class DelItem {
        @Specialization
        static void doIt(Object obj, Object key) {
            Py.delItem(obj, key);
        }
    }

    @Operation
    public static final class BuildSlice {
        @Specialization
        static Object doIt(Object lower, Object upper, Object step) {
            return new PSlice(lower, upper, step);
        }
    }

    // ================================================================== calls

    /**
     * {@code f(*args, **kwargs)} after the compiler built the tuple and dict. Binding the node
     * makes the DSL store the bytecode index before the call, as for the other calls: builtins
     * that look at their caller's frame (warnings.warn, locals()) read it from the frame.
     */
    @Operation(tags = CallTag.class)
    public static final class CallEx {
        @Specialization
        static Object doIt(Object callee, Object args, Object kwargs, @SuppressWarnings("unused") @Bind Node node) {
            return Runtime.callEx(callee, args, kwargs);
        }
    }

    // ================================================================== building values

    @Operation
    public static final class BuildSet {
        @Specialization
        static Object doIt(@Variadic Object[] items) {
            return Runtime.buildSet(items);
        }
    }

    /** Keys and values alternate. */
    @Operation
    public static final class BuildDict {
        @Specialization
        static Object doIt(@Variadic Object[] kv) {
            return Runtime.buildDict(kv);
        }
    }

    /** Marks an iterable to be spliced into a display or call ({@code *x}). */
    @Operation
    public static final class Star {
        @Specialization
        static Object doIt(Object iterable) {
            return new Runtime.Starred(iterable);
        }
    }

    /** Marks a mapping to be merged into a dict display or call ({@code **x}). */
    @Operation
    public static final class DoubleStar {
        @Specialization
        static Object doIt(Object mapping) {
            return new Runtime.DoubleStarred(mapping);
        }
    }

    @Operation
    @ConstantOperand(type = int.class)
    public static final class BuildSeqUnpack {
        /** kind: 0 tuple, 1 list, 2 set. */
        @Specialization
        static Object doIt(int kind, @Variadic Object[] parts) {
            return Runtime.buildSeqUnpack(kind, parts);
        }
    }

    /** Dict display or call keywords with {@code **}: keys/values alternate; a DoubleStarred takes one slot. */
    @Operation
    @ConstantOperand(type = boolean.class)
    public static final class BuildDictUnpack {
        @Specialization
        static Object doIt(boolean forCall, @Variadic Object[] parts) {
            return Runtime.buildDictUnpack(forCall, parts);
        }
    }

    @Operation
    public static final class SetAdd {
        @Specialization
        static void doIt(Object set, Object value) {
            ((org.kairos.runtime.PSet) set).add(value);
        }
    }

    @Operation
    public static final class DictSet {
        @Specialization
        static void doIt(Object dict, Object key, Object value) {
            ((PDict) dict).put(key, value);
        }
    }

    @Operation
    @ConstantOperand(type = int.class)
    public static final class FormatValue {
        @Specialization
        static Object doIt(int conversion, Object value, Object spec) {
            return Runtime.formatValue(value, conversion, spec);
        }
    }

    @Operation
    public static final class BuildString {
        @Specialization
        static Object doIt(@Variadic Object[] parts) {
            return Runtime.buildString(parts);
        }
    }

    // ================================================================== functions and classes

    @Operation
    @ConstantOperand(type = PCode.class)
    public static final class MakeFunction {
        @Specialization
        static Object doIt(VirtualFrame frame, PCode code, Object defaults, Object kwDefaults, @Variadic Object[] cells) {
            return Runtime.makeFunction(code, globals(frame), defaults, kwDefaults, cells);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    @ConstantOperand(type = String[].class)
    public static final class BuildClass {
        @Specialization
        static Object doIt(String name, String[] kwnames, Object body, @Variadic Object[] basesAndKw) {
            return Runtime.buildClass((PFunction) body, name, basesAndKw, kwnames);
        }
    }

    @Operation
    public static final class SuperZeroArg {
        @Specialization
        static Object doIt(Object classCell, Object self) {
            return Runtime.superZeroArg(classCell, self);
        }
    }

    // ================================================================== iteration and unpacking

    /**
     * A loop's next item (or NO_VALUE once the iterator is exhausted) into the loop's temporary;
     * true if there was one. One instruction where a store, a load and two tests were.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class StoreNextPending {
        @Specialization
        static boolean doIt(VirtualFrame frame, LocalAccessor temp, Object next, @Bind BytecodeNode bytecode) {
            temp.setObject(bytecode, frame, next);
            return next != PNone.NO_VALUE;
        }
    }

    /**
     * A loop's next item straight into the loop's target, a local: true if there was one. Three
     * instructions per iteration (the iterator's load, this, the branch) where six were; see
     * {@link StoreNextPending}. {@code fence}: as {@link LoopIterNext}.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = boolean.class, name = "fence")
    public static final class StoreNextInto {
        @Specialization(guards = "gen.kind() == GENERATOR")
        static boolean doGenerator(VirtualFrame frame, LocalAccessor target, boolean fence, PGenerator gen, @Cached ResumeGeneratorNode resume,
                        @Bind BytecodeNode bytecode) {
            if (fence) {
                loopFence();
            }
            return store(frame, target, IterNext.doGenerator(gen, resume), bytecode);
        }

        static final PGenerator.Kind GENERATOR = PGenerator.Kind.GENERATOR;

        @Specialization(replaces = "doGenerator")
        static boolean doIt(VirtualFrame frame, LocalAccessor target, boolean fence, Object it, @Bind BytecodeNode bytecode) {
            if (fence) {
                loopFence();
            }
            return store(frame, target, IterNext.doIt(it), bytecode);
        }

        private static boolean store(VirtualFrame frame, LocalAccessor target, Object v, BytecodeNode bytecode) {
            if (v == PNone.NO_VALUE) {
                return false;
            }
            storeLocal(frame, target, v, bytecode);
            return true;
        }
    }

    /** Stores {@code v} into a local as a store instruction would: ints and bools unboxed where the local's kind allows. */
    static void storeLocal(VirtualFrame frame, LocalAccessor local, Object v, BytecodeNode bytecode) {
        if (v instanceof Long l) {
            local.setLong(bytecode, frame, l);
        } else if (v instanceof Boolean z) {
            local.setBoolean(bytecode, frame, z);
        } else {
            local.setObject(bytecode, frame, v);
        }
    }

    @Operation
    public static final class IsNoValue {
        @Specialization
        static boolean doIt(Object v) {
            return v == PNone.NO_VALUE;
        }
    }

    /** Unpacks into an Object[] of {@code count} values ({@code starIndex} >= 0 collects a list). */
    @Operation
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = int.class)
    public static final class Unpack {
        @Specialization
        static Object doIt(int count, int starIndex, Object value) {
            return Runtime.unpack(value, count, starIndex);
        }
    }

    @Operation
    @ConstantOperand(type = int.class)
    public static final class ArrayElement {
        @Specialization
        static Object doIt(int index, Object array) {
            return ((Object[]) array)[index];
        }
    }

    // ================================================================== exceptions

    @Operation
    public static final class Raise {
        @Specialization
        static Object doIt(Object exc, Object cause, @Bind Node node) {
            throw Runtime.raise(exc, cause, node);
        }
    }

    @Operation
    public static final class Reraise {
        @Specialization
        static Object doIt(@Bind Node node) {
            throw Runtime.reraise(KairosContext.get(node).threadState(), node);
        }
    }

    /** Re-throws a caught Truffle exception unchanged (end of an unmatched except chain). */
    @Operation
    public static final class Rethrow {
        @Specialization
        static Object doIt(Object exc) {
            throw (AbstractTruffleException) exc;
        }
    }

    /** The Python exception object of a caught Truffle exception (internal errors are re-thrown). */
    @Operation
    public static final class ExceptionValue {
        @Specialization
        static Object doIt(Object exc) {
            return Runtime.exceptionValue(exc);
        }
    }

    @Operation
    public static final class ExceptionMatches {
        @Specialization
        static boolean doIt(Object exc, Object type) {
            return Runtime.exceptionMatches(exc, type);
        }
    }

    /** Enters an except block: makes {@code exc} the handled exception, returns the previous one. */
    @Operation
    public static final class EnterHandler {
        @Specialization
        static Object doIt(Object exc, @Bind Node node) {
            ThreadState ts = KairosContext.get(node).threadState();
            Object prev = ts.handled == null ? PNone.NONE : ts.handled;
            ts.handled = (PBaseException) exc;
            return prev;
        }
    }

    /** Enters a finally block run for an exception: that exception is being handled meanwhile. */
    @Operation
    public static final class EnterFinally {
        @Specialization
        static Object doIt(Object raw, @Bind Node node) {
            ThreadState ts = KairosContext.get(node).threadState();
            Object prev = ts.handled == null ? PNone.NONE : ts.handled;
            if (raw instanceof PException pe) {
                ts.handled = pe.exc;
            }
            return prev;
        }
    }

    @Operation
    public static final class ExitHandler {
        @Specialization
        static void doIt(Object prev, @Bind Node node) {
            KairosContext.get(node).threadState().handled = prev == PNone.NONE ? null : (PBaseException) prev;
        }
    }

    @Operation
    public static final class AssertFail {
        @Specialization
        static Object doIt(Object msg) {
            throw Runtime.assertFail(msg);
        }
    }

    /** {@code except*}: splits the caught group; returns the matching part or NO_VALUE, leaves the rest in a holder. */
    @Operation
    public static final class ExceptStarSplit {
        @Specialization
        static Object doIt(Object holder, Object type) {
            return Runtime.exceptStarSplit((Object[]) holder, type);
        }
    }

    @Operation
    public static final class ExceptStarHolder {
        @Specialization
        static Object doIt(Object exc) {
            return Runtime.exceptStarHolder(exc);
        }
    }

    @Operation
    public static final class ExceptStarFinish {
        @Specialization
        static void doIt(Object holder) {
            Runtime.exceptStarFinish((Object[]) holder);
        }
    }

    @Operation
    public static final class ExceptStarRaised {
        @Specialization
        static void doIt(Object holder, Object exc) {
            Runtime.exceptStarRaised((Object[]) holder, exc);
        }
    }

    // ================================================================== with

    /** Enters a context manager: returns {exit bound method, value of __enter__()}. */
    @Operation
    @ConstantOperand(type = boolean.class)
    public static final class WithEnter {
        @Specialization
        static Object doIt(boolean async, Object manager) {
            return Runtime.withEnter(manager);
        }
    }

    /** Calls {@code __exit__} for an exception; returns true if it is suppressed. */
    @Operation
    public static final class WithExitExc {
        @Specialization
        static boolean doIt(Object exitState, Object exc) {
            return Runtime.withExitExc((Object[]) exitState, exc);
        }
    }

    @Operation
    public static final class WithExitNormal {
        @Specialization
        static void doIt(Object exitState) {
            Runtime.withExitNormal((Object[]) exitState);
        }
    }

    // ================================================================== imports

    @Operation
    @ConstantOperand(type = String.class)
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = boolean.class)
    public static final class ImportName {
        @Specialization
        static Object doIt(VirtualFrame frame, String name, int level, boolean fromForm, @Bind Node node) {
            return KairosContext.get(node).importer().importName(name, globals(frame), level, fromForm);
        }
    }

    @Operation
    @ConstantOperand(type = String.class)
    public static final class ImportFrom {
        @Specialization
        static Object doIt(String name, Object module, @Bind Node node) {
            return KairosContext.get(node).importer().importFrom(module, name);
        }
    }

    @Operation
    public static final class ImportStar {
        @Specialization
        static void doIt(VirtualFrame frame, Object module, Object ns, @Bind Node node) {
            KairosContext.get(node).importer().importStar(module, ns == PNone.NONE ? globals(frame) : ns);
        }
    }

    // ================================================================== misc


    // ================================================================== generators and coroutines

    @Operation
    @ConstantOperand(type = boolean.class)
    public static final class GetYieldFromIter {
        @Specialization
        static Object doIt(boolean inCoroutine, Object x) {
            return Generators.yieldFromIter(x, inCoroutine);
        }
    }

    /** The generator running the frame of a yield from / await (frames only run inside one). */
    static PGenerator currentGenerator(Node node) {
        PGenerator current = KairosContext.get(node).threadState().currentGenerator();
        if (current == null) {
            throw CompilerDirectives.shouldNotReachHere("yield from outside a generator frame");
        }
        return current;
    }

    @Operation
    public static final class GetAIter {
        @Specialization
        static Object doIt(Object x) {
            return Generators.getAIter(x);
        }
    }

    /**
     * Enters an async context manager: returns {bound __aexit__, awaitable of __aenter__()}. When
     * the manager's class defines both as plain guest functions (TaskGroup, locks, timeouts),
     * {@code __aenter__} is called directly; its coroutine is awaited at once by the next
     * operations, so it skips the never-awaited list.
     */
    @Operation
    public static final class AsyncWithEnter {
        @Specialization(guards = {"classOf(mgr) == cachedClass", "enter != null", "exit != null"}, assumptions = "layout", limit = "3")
        static Object doCached(Object mgr,
                        @Cached("classOf(mgr)") PClass cachedClass,
                        @Cached(value = "cachedClass.mroLayoutAssumptions()", dimensions = 1) Assumption[] layout,
                        @Cached("aenterFunction(cachedClass)") PFunction enter,
                        @Cached("aexitFunction(cachedClass)") PFunction exit,
                        @Cached("create(enter.code.callTarget())") DirectCallNode enterCall,
                        @Bind Node node) {
            Object awaitable = CallDispatchNode.invoke(enter, enter.code, enterCall, CallDispatchNode.frameArgs(enter, mgr, EMPTY_ARGS), node, true);
            return new Object[]{new PMethod(mgr, exit), awaitable};
        }

        @Specialization(replaces = "doCached")
        static Object doIt(Object mgr) {
            return Generators.asyncWithEnter(mgr);
        }

        static PClass classOf(Object o) {
            return Py.classOf(o);
        }

        static PFunction aenterFunction(PClass cls) {
            return specialFunction(cls, "__aenter__", 1);
        }

        static PFunction aexitFunction(PClass cls) {
            return specialFunction(cls, "__aexit__", 4);
        }
    }

    static final Object[] EMPTY_ARGS = new Object[0];

    /** The guest function {@code name} of a class for a special-method call with {@code n} positional arguments, or null. */
    @TruffleBoundary
    static PFunction specialFunction(PClass cls, String name, int n) {
        if (GetAttrNode.isCacheable(cls) && cls.lookup(name) instanceof PFunction f && f.code.signature.isSimple() && f.code.signature.positional == n) {
            return f;
        }
        return null;
    }

    /** Calls the bound __aexit__ with the exception (or Nones); returns the awaitable. */
    @Operation
    public static final class AsyncWithExit {
        @Specialization(guards = {"exitFunction(state) == cachedExit", "cachedExit != null"}, limit = "3")
        static Object doCached(Object state, Object exc,
                        @Cached("exitFunction(state)") PFunction cachedExit,
                        @Cached("create(cachedExit.code.callTarget())") DirectCallNode exitCall,
                        @Bind Node node) {
            Object self = ((PMethod) ((Object[]) state)[0]).self;
            Object[] args = exc instanceof PBaseException e ? Runtime.exitArgs(e) : new Object[]{PNone.NONE, PNone.NONE, PNone.NONE};
            return CallDispatchNode.invoke(cachedExit, cachedExit.code, exitCall, CallDispatchNode.frameArgs(cachedExit, self, args), node, true);
        }

        @Specialization(replaces = "doCached")
        static Object doIt(Object state, Object exc) {
            return Runtime.asyncWithExit((Object[]) state, exc);
        }

        /** The function of the bound __aexit__ in {@code state} when it is a plain guest function, else null. */
        static PFunction exitFunction(Object state) {
            if (((Object[]) state)[0] instanceof PMethod m && m.func instanceof PFunction f && f.code.signature.isSimple() && f.code.signature.positional == 4) {
                return f;
            }
            return null;
        }
    }
}
