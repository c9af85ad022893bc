package org.kairos.nodes;

import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.KairosContext;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.ThreadState;

/**
 * Resumes one generator/coroutine frame (no delegation shortcut, see {@link ResumeGeneratorNode}) with an inline cache keyed on the continuation root of its
 * yield site (stable per site), so the JIT can inline the resumed body into the consumer. Returns
 * the yielded value or a {@code Generators.Done}. The limit is generous because a task step resumes
 * its coroutine at every await of its body, each a different continuation root.
 */
@GenerateInline(false)
public abstract class ResumeFrameNode extends Node {
    public abstract Object execute(PGenerator gen, Object value);

    @Specialization(guards = {"gen.canResumeFast(value)", "gen.continuationRoot() == cachedRoot"}, limit = "8")
    static Object doCached(PGenerator gen, Object value,
                    @Cached("gen.continuationRoot()") ContinuationRootNode cachedRoot,
                    @Cached("create(cachedRoot.getCallTarget())") DirectCallNode call) {
        ThreadState ts = KairosContext.get(call).threadState();
        PGenerator savedGenerator = ts.currentGenerator;
        PBaseException savedHandled = ts.handled;
        MaterializedFrame frame = gen.enter(ts);
        Object r;
        try {
            r = call.call(frame, value);
        } catch (PException e) {
            throw gen.exitWithError(ts, savedGenerator, savedHandled, e);
        }
        return gen.exit(ts, savedGenerator, savedHandled, r);
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(PGenerator gen, Object value) {
        return gen.resumeRaw(value);
    }
}
