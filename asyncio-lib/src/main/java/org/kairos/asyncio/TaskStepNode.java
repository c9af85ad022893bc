package org.kairos.asyncio;

import com.oracle.truffle.api.nodes.Node;
import org.kairos.nodes.ResumeGeneratorNode;
import org.kairos.runtime.Generators;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PNone;

/**
 * CPython's {@code task_step}: enter the task, resume its coroutine once, then finish the task or
 * park it on what the coroutine yielded. The resume goes through {@link ResumeGeneratorNode}, an
 * inline cache on the continuation root of the coroutine's yield site, so a compiled loop
 * iteration calls the coroutine body directly.
 */
final class TaskStepNode extends Node {
    @Child private ResumeGeneratorNode resume = ResumeGeneratorNode.createForTaskStep();

    void execute(EventLoop l, PTask t, PBaseException excIn) {
        Object cur = l.currentTask;
        if (cur != null) {
            throw PTask.cannotEnter(t, cur);
        }
        l.currentTask = t;
        try {
            PBaseException exc = t.stepPrologue(excIn);
            Object r;
            try {
                if (t.coro instanceof PGenerator g) {
                    r = resume.execute(g, exc == null ? PNone.NONE : PTask.throwSignal(g, exc));
                } else {
                    r = t.advance(exc);
                }
            } catch (PException e) {
                t.stepRaised(e);
                return;
            }
            if (r instanceof Generators.Done d) {
                t.stepReturned(d.value());
            } else {
                t.handleYield(r);
            }
        } finally {
            if (l.currentTask == t) {
                l.currentTask = null;
            }
        }
    }
}
