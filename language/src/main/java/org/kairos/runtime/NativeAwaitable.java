package org.kairos.runtime;

/**
 * An object implemented in Java (outside the language module, e.g. asyncio's Future) whose
 * {@code await} the compiled code can take without a guest-level {@code __await__} call, and the
 * iterator it awaits through. Both fast paths return null when they do not apply (a guest subclass
 * overriding {@code __await__}), and the generic protocol is used instead.
 */
public interface NativeAwaitable {
    /** The iterator {@code __await__} would return, or null to use the generic lookup. */
    Object fastAwaitIterator();

    /**
     * The delegate for an {@code await} compiled into a generator frame, or null to use the
     * generic lookup. Such a delegate only lives in {@link PGenerator#yieldFrom}, so it may stand in
     * for the {@code __await__} iterator without being it (e.g. the object itself, saving an
     * iterator object per suspended await); {@link Iterator#guestIterator} then makes the real one
     * when guest code could see it.
     */
    default Object frameAwaitIterator() {
        return fastAwaitIterator();
    }

    /** The delegation iterator of {@link #fastAwaitIterator} and {@link #frameAwaitIterator}. */
    interface Iterator {
        /**
         * One {@code send(None)} step: the value to yield, or a {@link Generators.Done} with the
         * result. Throws as {@code __next__} would (e.g. CancelledError).
         */
        Object stepNone();

        /** The iterator guest code sees for this delegate (itself, unless it is a stand-in). */
        default Object guestIterator() {
            return this;
        }

        /**
         * {@code throw(exc)} into this delegate, for one that only raises what is thrown in (a
         * future's iterator does): the exception to raise, or null to make the guest call.
         */
        default PException throwThrough(PBaseException exc) {
            return null;
        }
    }
}
