package org.kairos.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Generators;
import org.kairos.runtime.NativeAwaitable;
import org.kairos.runtime.PAsyncGenAwaitable;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PNone;

/**
 * One delegation step of {@code yield from} / {@code await}: sends {@code send} into the delegate
 * {@code it} and records it as the current generator's {@link PGenerator#yieldFrom} while it has
 * not finished. That field is the only place the delegate is kept between steps (see
 * {@code BytecodeCompiler.yieldFromLoop}): a frame slot for it would cost every suspended frame.
 * Returns the delegate's yielded value or a {@link Generators.Done}.
 */
@GenerateInline(false)
public abstract class YieldFromDelegateNode extends Node {
    /** {@code current}: the generator whose frame delegates (the thread's current generator). */
    public abstract Object execute(PGenerator current, Object it, Object send);

    @Specialization(guards = "!isThrow(send)")
    static Object doGenerator(PGenerator current, PGenerator it, Object send, @Cached ResumeGeneratorNode resume) {
        Object r = resume.execute(it, send);
        current.yieldFrom = r instanceof Generators.Done ? null : it;
        return r;
    }

    static boolean isThrow(Object send) {
        return send instanceof PGenerator.ThrowSignal;
    }

    /**
     * {@code await agen.__anext__()} (what {@code async for} does): the generator's frame is
     * resumed here, through an inline cache, and its next value ends the await without a
     * StopIteration.
     */
    @Specialization(guards = {"isNone(send)", "aw.stepsPlainly()"})
    static Object doAsyncGenStep(PGenerator current, PAsyncGenAwaitable aw, @SuppressWarnings("unused") Object send, @Cached ResumeGeneratorNode resume) {
        Object r;
        try {
            r = resume.execute(aw.generator(), aw.enterStep());
        } catch (PException e) {
            throw aw.failStep(e);
        }
        Object out = aw.exitStep(r);
        current.yieldFrom = out instanceof Generators.Done ? null : aw;
        return out;
    }

    /** {@code await fut} of an asyncio future: its iterator steps without a guest call. */
    @Specialization(guards = "isNone(send)")
    static Object doNative(PGenerator current, NativeAwaitable.Iterator it, Object send) {
        Object r = it.stepNone();
        current.yieldFrom = r instanceof Generators.Done ? null : it;
        return r;
    }

    static boolean isNone(Object send) {
        return send == PNone.NONE;
    }

    /**
     * {@code throw()} into an asyncio future's await (a cancellation): raised here as the future's
     * iterator would raise it, without making the iterator and calling its {@code throw}.
     */
    @Specialization(guards = "!isGeneratorExit(send)")
    static Object doNativeThrow(PGenerator current, NativeAwaitable.Iterator it, PGenerator.ThrowSignal send) {
        PException e = it.throwThrough(send.exc());
        if (e == null) {
            return doIt(current, it, send);
        }
        // as in CPython, an await that raised leaves cr_await None
        current.yieldFrom = null;
        throw e;
    }

    static boolean isGeneratorExit(PGenerator.ThrowSignal send) {
        return send.exc().cls.isSubclassOf(ExceptionClasses.GeneratorExit);
    }

    // throw()/close() into the delegate and other iterators; not replacing the fast paths, so
    // one cancellation passing through an await does not slow that await down for good
    @Fallback
    static Object doIt(PGenerator current, Object it, Object send) {
        Object d = it;
        if (d instanceof NativeAwaitable.Iterator ni) {
            // a stand-in delegate becomes the real iterator before it gets guest calls
            d = ni.guestIterator();
            current.yieldFrom = d;
        }
        return Generators.yieldFromStep(d, send);
    }
}
