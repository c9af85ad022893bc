package org.kairos.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Guest values seen from Java: arrays, hashes, executables, members, None, exceptions. */
public class InteropTest {

    @Test
    void valuesAreProperPolyglotValues() {
        try (Context ctx = Context.newBuilder("kairos").build()) {
            ctx.eval("kairos", """
                            class Point:
                                def __init__(self, x, y):
                                    self.x = x
                                    self.y = y
                                def norm1(self):
                                    return abs(self.x) + abs(self.y) if False else self.x + self.y
                            def add(a, b=10):
                                return a + b
                            """);
            Value list = ctx.eval("kairos", "[1, 'two', 3.5]");
            assertTrue(list.hasArrayElements());
            assertEquals(3, list.getArraySize());
            assertEquals("two", list.getArrayElement(1).asString());
            list.setArrayElement(0, 42);
            assertEquals(42, list.getArrayElement(0).asInt());

            Value dict = ctx.eval("kairos", "{'a': 1, 'b': [2]}");
            assertTrue(dict.hasHashEntries());
            assertEquals(2, dict.getHashSize());
            assertEquals(1, dict.getHashValue("a").asInt());
            dict.putHashEntry("c", 3);
            assertEquals(3, ctx.eval("kairos", "len({'a': 1, 'b': [2], 'c': 3})").asInt());

            Value add = ctx.eval("kairos", "add");
            assertTrue(add.canExecute());
            assertEquals(15, add.execute(5).asInt());
            assertEquals(7, add.execute(3, 4).asInt());

            Value p = ctx.eval("kairos", "Point(3, 4)");
            assertTrue(p.hasMember("x"));
            assertEquals(4, p.getMember("y").asInt());
            assertEquals(7, p.invokeMember("norm1").asInt());
            p.putMember("x", 10);
            assertEquals(14, p.invokeMember("norm1").asInt());

            assertTrue(ctx.eval("kairos", "None").isNull());
            assertEquals("[42, 'two', 3.5]", list.toString());
        }
    }

    @Test
    void guestExceptionsReachTheHost() {
        try (Context ctx = Context.newBuilder("kairos").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("kairos", "def f():\n    raise ValueError('boom')\nf()"));
            assertTrue(e.isGuestException());
            assertEquals("ValueError: boom", e.getMessage());
        }
    }
}
