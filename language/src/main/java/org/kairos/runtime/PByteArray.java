package org.kairos.runtime;

import java.util.Arrays;

/** Python bytearray: a mutable byte sequence (minimal: indexing, slicing, append/extend, comparison, decode). */
public final class PByteArray extends PythonObject {
    public static final PClass CLASS = new PClass("bytearray", PClass.OBJECT, PClass.Layout.OTHER);

    public byte[] bytes;
    public int size;

    public PByteArray(byte[] bytes) {
        super(CLASS);
        this.bytes = bytes;
        this.size = bytes.length;
    }

    public byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    public void append(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(8, size * 2));
        }
        bytes[size++] = b;
    }
}
