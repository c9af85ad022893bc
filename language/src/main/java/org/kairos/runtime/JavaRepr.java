package org.kairos.runtime;

/**
 * An object implemented in Java, in another module, whose repr is its own although its class
 * passes for a builtin one (e.g. asyncio's Event.wait() coroutine, of class "coroutine").
 */
public interface JavaRepr {
    String repr();
}
