package org.kairos.runtime;

/**
 * A coroutine object implemented in Java, in another module (asyncio's {@code sleep()} and
 * {@code Event.wait()}): {@code inspect.iscoroutine} is true for it and
 * {@code inspect.getcoroutinestate} reads its state.
 */
public interface NativeCoroutine {
    /** {@code CORO_CREATED}, {@code CORO_RUNNING}, {@code CORO_SUSPENDED} or {@code CORO_CLOSED}. */
    String coroutineState();
}
