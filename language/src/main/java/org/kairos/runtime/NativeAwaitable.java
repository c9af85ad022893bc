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

    /** The delegation iterator of {@link #fastAwaitIterator}. */
    interface Iterator {
        /**
         * One {@code send(None)} step: the value to yield, or a {@link Generators.Done} with the
         * result. Throws as {@code __next__} would (e.g. CancelledError).
         */
        Object stepNone();
    }
}
