package org.kairos.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.runtime.Generators;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;

/**
 * Resumes a generator or coroutine for {@code next()}/{@code send()} and task steps. Returns the
 * yielded value or a {@link Generators.Done}.
 * <p>
 * A frame suspended in {@code yield from} / {@code await} on another generator only passes the
 * sent value down and the yielded value up, so for a chain of such frames the innermost one is
 * resumed directly and the frames between stay suspended (counted as running meanwhile, as CPython
 * shows them). Only when the innermost frame returns or raises is its delegator resumed, with the
 * {@link Generators.Done} or the exception as the sent value, which its {@code YieldFromNext}
 * turns into the delegate's outcome. A value sent to a chain of depth d thus costs one frame
 * resume instead of d. Throws, and frames with a handled exception to swap in, take the frame by
 * frame path.
 * <p>
 * Finding the innermost frame and marking the frames between would still cost d steps, so the
 * outermost frame records its chain (see {@code PGenerator.chainTip}): a resume goes to the
 * recorded innermost frame, and only frames that the resume adds to the chain are walked and
 * recorded afterwards.
 */
public final class ResumeGeneratorNode extends Node {
    private final boolean hotOnly;
    @Child private ResumeFrameNode frame;
    /** Resumes the delegators of a chain whose innermost frame finished; created on first need. */
    @Child private ResumeFrameNode delegator;
    @CompilationFinal private boolean chainSeen;

    private ResumeGeneratorNode(boolean hotOnly) {
        this.hotOnly = hotOnly;
        this.frame = new ResumeFrameNode(hotOnly);
    }

    public static ResumeGeneratorNode create() {
        return new ResumeGeneratorNode(false);
    }

    /** The event loop's task step: continuation calls chosen by resume counts (see {@link HotContinuationCallNode}). */
    public static ResumeGeneratorNode createForTaskStep() {
        return new ResumeGeneratorNode(true);
    }

    public Object execute(PGenerator gen, Object value) {
        if (gen.delegatesDirectly(value)) {
            if (!chainSeen) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                delegator = insert(new ResumeFrameNode(hotOnly));
                chainSeen = true;
            }
            return resumeChain(gen, value, frame, delegator);
        }
        return frame.execute(gen, value);
    }

    private static Object resumeChain(PGenerator gen, Object value, ResumeFrameNode innermost, ResumeFrameNode delegator) {
        gen.leaveOtherChain();
        PGenerator g = gen.chainTip();
        if (g == null) {
            g = gen.recordChain(gen, null);
        }
        // g: the innermost frame to resume; gen and the recorded frames down to g count as running
        gen.setChainRunning(true);
        boolean chainRunning = true;
        Object r;
        PException err = null;
        try {
            g.leaveChain();
            try {
                r = innermost.execute(g, value);
            } catch (PException e) {
                r = null;
                err = e;
            }
            while (g != gen && (err != null || r instanceof Generators.Done)) {
                PGenerator parent = g.chainParent();
                if (parent == null || parent.yieldFrom != g) {
                    parent = gen;
                    while (parent.yieldFrom != g) {
                        parent = (PGenerator) parent.yieldFrom;
                    }
                }
                if (parent == gen) {
                    gen.setChainRunning(false);
                    chainRunning = false;
                } else {
                    parent.leaveChain();
                }
                g = parent;
                Object outcome = err != null ? err : r;
                err = null;
                try {
                    r = delegator.execute(parent, outcome);
                } catch (PException e) {
                    r = null;
                    err = e;
                }
            }
        } finally {
            if (chainRunning) {
                gen.setChainRunning(false);
            }
        }
        if (err != null || r instanceof Generators.Done) {
            gen.clearChain();
            if (err != null) {
                throw err;
            }
            return r;
        }
        // the frame that yielded may have started a new yield from: record the chain down from it
        gen.recordChain(g, g == gen ? null : g.chainParent());
        return r;
    }
}
