package org.kairos.compiler;

import com.oracle.truffle.api.bytecode.LocalVariable;
import org.kairos.nodes.KairosRootNode;

import java.util.Arrays;

/**
 * Chooses the locals of a generator or coroutine root that get the boxing-elimination tag
 * "object" on its first call ({@link KairosRootNode.TagObjectLocals}): the names it first binds
 * after a suspension point ({@link Scope#boundAfterSuspension}) and the compiler's temporaries.
 *
 * <p>A local's tag is set by its first store, and a later change of tag invalidates every compiled
 * root of the function, continuation roots included. In a coroutine fanned out by a gather or a
 * task group, the code after the first await runs only after thousands of calls, when the
 * function is compiled or being compiled: each local first stored there threw that compilation
 * away. Temporaries (iterators, exceptions, the operands kept by {@code st[0] += 1}) are reused
 * across awaits, so their first store is no guide; they hold objects nearly always.
 */
final class SuspendedLocals {
    private SuspendedLocals() {
    }

    static void choose(KairosRootNode root, Scope scope) {
        if (scope.kind != Scope.Kind.FUNCTION || !(scope.isGenerator || scope.isCoroutine)) {
            return;
        }
        int[] offsets = new int[8];
        int n = 0;
        for (LocalVariable local : root.getBytecodeNode().getLocals()) {
            Object name = local.getName();
            if (name == null || scope.boundAfterSuspension.contains(name) && scope.binding((String) name) == Scope.Binding.LOCAL) {
                if (n == offsets.length) {
                    offsets = Arrays.copyOf(offsets, n * 2);
                }
                offsets[n++] = local.getLocalOffset();
            }
        }
        root.objectLocals = n == 0 ? null : Arrays.copyOf(offsets, n);
    }
}
