package org.kairos.nodes;

import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;

/** A call of the continuation root of a suspended frame's yield site (see {@link ResumeFrameNode}). */
public abstract class ContinuationCall extends Node {
    public abstract Object execute(ContinuationRootNode root, MaterializedFrame frame, Object value);
}
