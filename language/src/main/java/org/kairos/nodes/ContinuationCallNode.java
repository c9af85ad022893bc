package org.kairos.nodes;

import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/**
 * Calls the continuation root of a suspended frame's yield site: a direct call (inlinable by the
 * JIT) while a site sees few yield sites, an indirect one after that. Continuation roots are stable
 * per yield site, so they make a good inline-cache key.
 */
@GenerateInline(false)
public abstract class ContinuationCallNode extends ContinuationCall {
    @Override
    public abstract Object execute(ContinuationRootNode root, MaterializedFrame frame, Object value);

    @Specialization(guards = "root == cachedRoot", limit = "4")
    static Object doDirect(@SuppressWarnings("unused") ContinuationRootNode root, MaterializedFrame frame, Object value,
                    @Cached("root") @SuppressWarnings("unused") ContinuationRootNode cachedRoot,
                    @Cached("create(cachedRoot.getCallTarget())") DirectCallNode call) {
        return call.call(frame, value);
    }

    @Specialization(replaces = "doDirect")
    static Object doIndirect(ContinuationRootNode root, MaterializedFrame frame, Object value, @Cached IndirectCallNode call) {
        return call.call(root.getCallTarget(), frame, value);
    }
}
