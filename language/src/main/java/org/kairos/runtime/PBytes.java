package org.kairos.runtime;

/** Python bytes (immutable). */
public final class PBytes extends PythonObject {
    public final byte[] bytes;

    public PBytes(byte[] bytes) {
        super(PClass.BYTES);
        this.bytes = bytes;
    }
}
