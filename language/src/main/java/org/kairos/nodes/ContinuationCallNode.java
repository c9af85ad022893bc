package org.kairos.nodes;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/**
 * A {@link ContinuationCall}: a direct call (inlinable by the JIT) while a site sees few targets,
 * an indirect one after that.
 */
@GenerateInline(false)
public abstract class ContinuationCallNode extends ContinuationCall {
    @Override
    public abstract Object execute(RootCallTarget target, Object[] args);

    @Specialization(guards = "target == cachedTarget", limit = "4")
    static Object doDirect(@SuppressWarnings("unused") RootCallTarget target, Object[] args,
                    @Cached("target") @SuppressWarnings("unused") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        return call.call(args);
    }

    @Specialization(replaces = "doDirect")
    static Object doIndirect(RootCallTarget target, Object[] args, @Cached IndirectCallNode call) {
        return call.call(target, args);
    }
}
