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

    private static double[] parts(Object o) {
        if (o instanceof PComplex c) {
            return new double[]{c.real, c.imag};
        }
        return new double[]{Numbers.toDouble(o), 0.0};
    }

    /** Arithmetic when either operand is complex and the other a number; null when the operator does not apply. */
    public static Object binary(Ops.BinOp op, Object a, Object b) {
        if (!(a instanceof PComplex || Numbers.isNumber(a)) || !(b instanceof PComplex || Numbers.isNumber(b))) {
            return null;
        }
        double[] x = parts(a);
        double[] y = parts(b);
        switch (op) {
            case ADD:
                return new PComplex(x[0] + y[0], x[1] + y[1]);
            case SUB:
                return new PComplex(x[0] - y[0], x[1] - y[1]);
            case MUL:
                return new PComplex(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
            case TRUEDIV: {
                double d = y[0] * y[0] + y[1] * y[1];
                if (d == 0.0) {
                    throw PException.raise(ExceptionClasses.ZeroDivisionError, "complex division by zero");
                }
                return new PComplex((x[0] * y[0] + x[1] * y[1]) / d, (x[1] * y[0] - x[0] * y[1]) / d);
            }
            case POW: {
                if (y[1] == 0.0 && y[0] == Math.rint(y[0]) && Math.abs(y[0]) <= 100) {
                    // small integral exponents by repeated multiplication, as CPython does for exactness
                    int n = (int) Math.abs(y[0]);
                    double rr = 1.0;
                    double ri = 0.0;
                    for (int i = 0; i < n; i++) {
                        double t = rr * x[0] - ri * x[1];
                        ri = rr * x[1] + ri * x[0];
                        rr = t;
                    }
                    return y[0] >= 0 ? new PComplex(rr, ri) : binary(Ops.BinOp.TRUEDIV, new PComplex(1.0, 0.0), new PComplex(rr, ri));
                }
                if (x[0] == 0.0 && x[1] == 0.0) {
                    return new PComplex(0.0, 0.0);
                }
                double vabs = Math.hypot(x[0], x[1]);
                double len = Math.pow(vabs, y[0]);
                double at = Math.atan2(x[1], x[0]);
                double phase = at * y[0];
                if (y[1] != 0.0) {
                    len /= Math.exp(at * y[1]);
                    phase += y[1] * Math.log(vabs);
                }
                return new PComplex(len * Math.cos(phase), len * Math.sin(phase));
            }
            default:
                return null;
        }
    }
}
