package org.kairos.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The continuation call of the event loop's task step, which resumes every task's coroutine: it
 * calls indirectly while it counts the first {@link #SAMPLE} resumes, then calls directly (so
 * that the JIT may inline them into the loop) only the yield sites (and eager entries of first
 * steps) that took a good share of them.
 * An inline cache filled in order of appearance held the benchmark's driver first (resumed once
 * per pass) and pulled it, with all it calls, into the loop's compilation.
 */
final class HotContinuationCallNode extends ContinuationCall {
    static final int SAMPLE = 2000;
    static final int MAX = 4;

    @CompilationFinal(dimensions = 1) private RootCallTarget[] hot = new RootCallTarget[0];
    @Children private DirectCallNode[] calls = new DirectCallNode[0];
    @Child private IndirectCallNode indirect = IndirectCallNode.create();
    @CompilationFinal private boolean sampling = true;
    private Map<RootCallTarget, int[]> counts = new HashMap<>();
    private int seen;

    @Override
    @ExplodeLoop
    public Object execute(RootCallTarget target, Object[] args) {
        RootCallTarget[] h = hot;
        for (int i = 0; i < h.length; i++) {
            if (h[i] == target) {
                return calls[i].call(args);
            }
        }
        if (sampling && count(target)) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            choose();
        }
        return indirect.call(target, args);
    }

    @TruffleBoundary
    private synchronized boolean count(RootCallTarget target) {
        if (counts == null) {
            return false;
        }
        counts.computeIfAbsent(target, k -> new int[1])[0]++;
        return ++seen >= SAMPLE;
    }

    private void choose() {
        synchronized (this) {
            if (counts == null) {
                return;
            }
            List<Map.Entry<RootCallTarget, int[]>> entries = new ArrayList<>(counts.entrySet());
            entries.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
            List<RootCallTarget> chosen = new ArrayList<>();
            for (Map.Entry<RootCallTarget, int[]> e : entries) {
                if (chosen.size() == MAX || e.getValue()[0] * 20 < seen) {
                    break;
                }
                chosen.add(e.getKey());
            }
            DirectCallNode[] c = new DirectCallNode[chosen.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = DirectCallNode.create(chosen.get(i));
            }
            calls = insert(c);
            hot = chosen.toArray(new RootCallTarget[0]);
            counts = null;
            sampling = false;
        }
    }
}
