package org.kairos.runtime;

/**
 * Python complex (minimal): produced by {@code negative ** fractional} and {@code complex(re, im)}, with repr,
 * equality, hashing and abs. Literals ({@code 3j}) are not supported by the compiler yet.
 */
public final class PComplex extends PythonObject {
    public static final PClass CLASS = new PClass("complex", PClass.OBJECT, PClass.Layout.OTHER);

    public final double real;
    public final double imag;

    public PComplex(double real, double imag) {
        super(CLASS);
        this.real = real;
        this.imag = imag;
    }

    /** {@code x ** y} for real operands in polar form, as CPython's complex power does. */
    public static PComplex pow(double x, double y) {
        double len = Math.pow(Math.abs(x), y);
        double phase = Math.atan2(0.0, x) * y;
        return new PComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    public double abs() {
        return Math.hypot(real, imag);
    }

    /** CPython's repr: {@code 2j}, {@code (1+2j)}, {@code (-0-1j)}; components without a redundant ".0". */
    public String repr() {
        String im = part(imag);
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return im + "j";
        }
        String sign = imag < 0 || (imag == 0.0 && Math.copySign(1.0, imag) < 0) || Double.isNaN(imag) && im.startsWith("-") ? "" : "+";
        return "(" + part(real) + sign + im + "j)";
    }

    private static String part(double d) {
        String s = Repr.reprFloat(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** CPython's hash: hash(real) + 1000003 * hash(imag), with -1 mapped to -2. */
    public long hash() {
        long h = Numbers.hashDouble(real) + 1000003L * Numbers.hashDouble(imag);
        return h == -1 ? -2 : h;
    }

    /** Equality with a complex, int or float (NaN never equal). */
    public boolean equalsNumber(Object o) {
        if (o instanceof PComplex c) {
            return real == c.real && imag == c.imag;
        }
        if (Numbers.isNumber(o)) {
            return imag == 0.0 && Numbers.compareNumbers(real, o) == 0;
        }
        return false;
    }
}
