package org.kairos.asyncio;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.nodes.RootNode;
import org.kairos.KairosContext;
import org.kairos.KairosLanguage;

/**
 * One iteration of the event loop as Truffle code, so that the task steps, wake-ups and callbacks
 * it runs are compiled together with the coroutine frames they resume. Argument 0 is the
 * {@link EventLoop}. The drain is a {@link LoopNode}, so an iteration with many ready items
 * (a big gather, thousands of call_soon callbacks) compiles on stack.
 */
final class RunOnceRoot extends RootNode {
    @Child private LoopNode drain = Truffle.getRuntime().createLoopNode(new Drain());

    private RunOnceRoot(KairosLanguage language) {
        super(language);
    }

    /** The call target of this context (one per context: every loop of the context shares its profile). */
    static CallTarget callTarget(KairosContext ctx) {
        return (CallTarget) ctx.moduleState.computeIfAbsent(RunOnceRoot.class, k -> new RunOnceRoot(KairosLanguage.get()).getCallTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        EventLoop l = (EventLoop) frame.getArguments()[0];
        l.todo = l.prepareIteration();
        drain.execute(frame);
        return null;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return "BaseEventLoop._run_once";
    }

    /** Runs the items that were ready when the iteration started, oldest first. */
    private static final class Drain extends Node implements RepeatingNode {
        @Child private RunReadyNode run = new RunReadyNode();

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            EventLoop l = (EventLoop) frame.getArguments()[0];
            if (l.todo <= 0) {
                return false;
            }
            l.todo--;
            run.execute(l, l.ready.poll());
            return true;
        }
    }
}
