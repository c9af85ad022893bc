package org.kairos.nodes;

import com.oracle.truffle.api.RootCallTarget;
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
        // one call site for both kinds of resume: the task step's call node explodes over its hot targets
        boolean start = gen.pendingStart() != null && value == PNone.NONE;
        if (!start && !gen.canResumeFast(value)) {
            return gen.resumeRaw(value);
        }
        ThreadState ts = KairosContext.get(this).threadState();
        PGenerator savedGenerator = ts.currentGenerator;
        PBaseException savedHandled = ts.handled;
        Object[] startArgs = start ? gen.takeStartArgs() : null;
        MaterializedFrame frame = gen.enter(ts);
        RootCallTarget target;
        Object[] args;
        if (start) {
            target = gen.code.eagerCallTarget();
            args = startArgs;
        } else {
            target = gen.continuationRoot().getCallTarget();
            args = new Object[]{frame, value};
        }
        Object r;
        try {
            r = call.execute(target, args);
        } catch (PException e) {
            throw gen.exitWithError(ts, savedGenerator, savedHandled, e);
        }
        return gen.exit(ts, savedGenerator, savedHandled, r, start);
    }
}
