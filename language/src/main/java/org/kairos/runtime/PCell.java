package org.kairos.runtime;

/** A closure cell shared between a function and the functions nested in it. */
public final class PCell {
    /** {@code null} while the variable is unbound. */
    public Object ref;

    public PCell(Object ref) {
        this.ref = ref;
    }
}
