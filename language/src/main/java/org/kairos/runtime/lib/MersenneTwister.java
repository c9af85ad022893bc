package org.kairos.runtime.lib;

/**
 * The MT19937 generator with the seeding scheme of CPython's {@code _random} module, so that the
 * same key produces the same 32-bit word stream as CPython.
 */
public final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    /** Standard single-word initialisation (used as the first step of {@link #initByArray}). */
    void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from an array of 32-bit words (CPython always seeds this way, even for small ints). */
    public void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int len = key.length;
        for (int k = Math.max(N, len); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= len) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // guarantees a non-zero state
        index = N;
    }

    /** Next tempered 32-bit output, as an unsigned value in an int. */
    public int nextInt32() {
        if (index >= N) {
            if (index == N + 1) {
                initGenrand(5489);
            }
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** Next output as a non-negative long in [0, 2**32). */
    public long nextUInt32() {
        return nextInt32() & 0xffffffffL;
    }

    /** Copy of the state: 624 words followed by the position (CPython's getstate layout). */
    public long[] getState() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = mt[i] & 0xffffffffL;
        }
        s[N] = index;
        return s;
    }

    /** Restores a state produced by {@link #getState()}. */
    public void setState(long[] s) {
        if (s.length != N + 1) {
            throw PyLibError.valueError("state vector is the wrong size");
        }
        if (s[N] < 0 || s[N] > N) {
            throw PyLibError.valueError("invalid state");
        }
        for (int i = 0; i < N; i++) {
            mt[i] = (int) s[i];
        }
        index = (int) s[N];
    }
}
