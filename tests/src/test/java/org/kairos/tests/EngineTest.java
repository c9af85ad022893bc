package org.kairos.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** Embedding smoke tests: the optimizing runtime is active and the language evaluates expressions. */
public class EngineTest {

    /**
     * Guards against the silent fallback to the interpreter (e.g. a Graal compiler jar newer than
     * the JDK's JVMCI, or missing JVMCI flags in the surefire argLine).
     */
    @Test
    void engineIsOptimizing() {
        try (Context ctx = Context.newBuilder("kairos").build()) {
            String name = ctx.getEngine().getImplementationName();
            assertFalse(name.contains("Interpreted"), "Truffle runs on the fallback interpreter: " + name);
        }
    }

    @Test
    void evalExpression() {
        try (Context ctx = Context.newBuilder("kairos").build()) {
            assertEquals(3, ctx.eval("kairos", "1 + 2").asInt());
        }
    }
}
