package org.kairos.nodes;

import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.KairosContext;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PNone;
import org.kairos.runtime.ThreadState;

/**
 * Resumes one generator/coroutine frame (no delegation shortcut, see {@link ResumeGeneratorNode}).
 * The thread-state bookkeeping exists once per site; only the call of the continuation root is
 * cached per yield site ({@link ContinuationCallNode}), which keeps a compiled task step small. A
 * frame that has not run yet is started by a call of its code's eager entry instead.
 * Returns the yielded value or a {@code Generators.Done}.
 */
public final class ResumeFrameNode extends Node {
    @Child private ContinuationCall call;

    public ResumeFrameNode() {
        this(false);
    }

    /** {@code hotOnly}: the task step's site, see {@link HotContinuationCallNode}. */
    ResumeFrameNode(boolean hotOnly) {
        this.call = hotOnly ? new HotContinuationCallNode() : ContinuationCallNodeGen.create();
    }

    public Object execute(PGenerator gen, Object value) {
        if (gen.pendingStart() != null && value == PNone.NONE) {
            return start(gen);
        }
        if (!gen.canResumeFast(value)) {
            return gen.resumeRaw(value);
        }
        ThreadState ts = KairosContext.get(this).threadState();
        PGenerator savedGenerator = ts.currentGenerator;
        PBaseException savedHandled = ts.handled;
        MaterializedFrame frame = gen.enter(ts);
        Object r;
        try {
            r = call.execute(gen.continuationRoot().getCallTarget(), new Object[]{frame, value});
        } catch (PException e) {
            throw gen.exitWithError(ts, savedGenerator, savedHandled, e);
        }
        return gen.exit(ts, savedGenerator, savedHandled, r);
    }

    /** The first resume of a frame that has not run: its code's eager entry makes the frame. */
    private Object start(PGenerator gen) {
        ThreadState ts = KairosContext.get(this).threadState();
        PGenerator savedGenerator = ts.currentGenerator;
        PBaseException savedHandled = ts.handled;
        Object[] args = gen.enterStart(ts);
        Object r;
        try {
            r = call.execute(gen.code.eagerCallTarget(), args);
        } catch (PException e) {
            throw gen.exitWithError(ts, savedGenerator, savedHandled, e);
        }
        return gen.exitEager(ts, savedGenerator, savedHandled, r);
    }
}
