package org.kairos.nodes;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.Node;

/**
 * A call that resumes a generator frame (see {@link ResumeFrameNode}): the continuation root of its
 * yield site with {@code (frame, value)}, or, for a frame that has not run, its code's eager entry
 * with the frame arguments. Both targets are stable per yield site or code object, so they make a
 * good inline-cache key.
 */
public abstract class ContinuationCall extends Node {
    public abstract Object execute(RootCallTarget target, Object[] args);
}
