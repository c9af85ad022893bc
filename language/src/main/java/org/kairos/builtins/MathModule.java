package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.lib.PyMath;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** The {@code math} module, backed by {@link PyMath}. */
final class MathModule {
    private MathModule() {
    }

    /** Converts a real number argument to double, honouring {@code __float__} and {@code __index__}. */
    static double dbl(Object o) {
        if (o instanceof Double || Numbers.isInt(o)) {
            return Numbers.toDouble(o);
        }
        Object f = Py.classOf(o).lookup("__float__");
        if (f != null) {
            return (Double) Py.call(f, o);
        }
        Object i = Py.classOf(o).lookup("__index__");
        if (i != null) {
            return Numbers.toDouble(Py.call(i, o));
        }
        throw PException.typeError("must be real number, not " + Py.typeName(o));
    }

    private static void unary(PDict d, String name, DoubleUnaryOperator op) {
        Lib.def(d, name, "x, /", a -> op.applyAsDouble(dbl(a[0])));
    }

    private static Object special(Object x, String dunder) {
        if (x instanceof Double || Numbers.isInt(x)) {
            return null;
        }
        Object m = Py.classOf(x).lookup(dunder);
        return m == null ? null : Py.call(m, x);
    }

    static PModule create(KairosContext ctx) {
        PModule m = new PModule("math");
        PDict d = m.dict;
        d.putStr("pi", PyMath.PI);
        d.putStr("e", PyMath.E);
        d.putStr("tau", PyMath.TAU);
        d.putStr("inf", PyMath.INF);
        d.putStr("nan", PyMath.NAN);
        Lib.def(d, "floor", "x, /", a -> {
            Object s = special(a[0], "__floor__");
            return s != null ? s : PyMath.floor(a[0] instanceof Double || Numbers.isInt(a[0]) ? a[0] : dbl(a[0]));
        });
        Lib.def(d, "ceil", "x, /", a -> {
            Object s = special(a[0], "__ceil__");
            return s != null ? s : PyMath.ceil(a[0] instanceof Double || Numbers.isInt(a[0]) ? a[0] : dbl(a[0]));
        });
        Lib.def(d, "trunc", "x, /", a -> {
            Object s = special(a[0], "__trunc__");
            if (s == null && !(a[0] instanceof Double || Numbers.isInt(a[0]))) {
                throw PException.typeError("type " + Py.typeName(a[0]) + " doesn't define __trunc__ method");
            }
            return s != null ? s : PyMath.trunc(a[0]);
        });
        Lib.def(d, "isqrt", "n, /", a -> PyMath.isqrt(Py.index(a[0])));
        Lib.def(d, "gcd", "*integers", a -> PyMath.gcd(indices((PTuple) a[0])));
        Lib.def(d, "lcm", "*integers", a -> PyMath.lcm(indices((PTuple) a[0])));
        Lib.def(d, "factorial", "n, /", a -> {
            if (a[0] instanceof Double) {
                throw PException.typeError("'float' object cannot be interpreted as an integer");
            }
            return PyMath.factorial(Py.index(a[0]));
        });
        Lib.def(d, "perm", "n, k=None, /", a -> a[1] == PNone.NONE ? PyMath.factorial(Py.index(a[0])) : PyMath.perm(Py.index(a[0]), Py.index(a[1])));
        Lib.def(d, "comb", "n, k, /", a -> PyMath.comb(Py.index(a[0]), Py.index(a[1])));
        Lib.def(d, "fsum", "seq, /", a -> {
            Object[] items = Iteration.toArray(a[0]);
            double[] xs = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                xs[i] = dbl(items[i]);
            }
            return PyMath.fsum(xs);
        });
        Lib.def(d, "prod", "iterable, /, *, start=1", a -> {
            Object acc = a[1];
            for (Object v : Iteration.toArray(a[0])) {
                acc = Ops.binary(Ops.BinOp.MUL, acc, v);
            }
            return acc;
        });
        Lib.def(d, "isclose", "a, b, *, rel_tol=?, abs_tol=?", a -> {
            double rel = a[2] == PNone.NO_VALUE ? 1e-9 : dbl(a[2]);
            double abs = a[3] == PNone.NO_VALUE ? 0.0 : dbl(a[3]);
            if (rel < 0 || abs < 0) {
                throw PException.valueError("tolerances must be non-negative");
            }
            return PyMath.isclose(dbl(a[0]), dbl(a[1]), rel, abs);
        });
        Lib.def(d, "hypot", "*coordinates", a -> {
            Object[] items = ((PTuple) a[0]).items;
            double[] xs = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                xs[i] = dbl(items[i]);
            }
            return PyMath.hypot(xs);
        });
        Lib.def(d, "dist", "p, q, /", a -> {
            Object[] p = Iteration.toArray(a[0]);
            Object[] q = Iteration.toArray(a[1]);
            if (p.length != q.length) {
                throw PException.valueError("both points must have the same number of dimensions");
            }
            double[] pd = new double[p.length];
            double[] qd = new double[q.length];
            for (int i = 0; i < p.length; i++) {
                pd[i] = dbl(p[i]);
                qd[i] = dbl(q[i]);
            }
            return PyMath.dist(pd, qd);
        });
        Lib.def(d, "sqrt", "x, /", a -> PyMath.sqrt(num(a[0])));
        Lib.def(d, "log", "x, base=?, /", a -> a[1] == PNone.NO_VALUE ? PyMath.log(num(a[0])) : PyMath.log(num(a[0]), num(a[1])));
        Lib.def(d, "log10", "x, /", a -> PyMath.log10(num(a[0])));
        Lib.def(d, "log2", "x, /", a -> PyMath.log2(num(a[0])));
        unary(d, "cbrt", PyMath::cbrt);
        unary(d, "exp", PyMath::exp);
        unary(d, "exp2", PyMath::exp2);
        unary(d, "expm1", PyMath::expm1);
        unary(d, "log1p", PyMath::log1p);
        unary(d, "fabs", PyMath::fabs);
        unary(d, "sin", PyMath::sin);
        unary(d, "cos", PyMath::cos);
        unary(d, "tan", PyMath::tan);
        unary(d, "asin", PyMath::asin);
        unary(d, "acos", PyMath::acos);
        unary(d, "atan", PyMath::atan);
        unary(d, "sinh", PyMath::sinh);
        unary(d, "cosh", PyMath::cosh);
        unary(d, "tanh", PyMath::tanh);
        unary(d, "asinh", PyMath::asinh);
        unary(d, "acosh", PyMath::acosh);
        unary(d, "atanh", PyMath::atanh);
        unary(d, "degrees", PyMath::degrees);
        unary(d, "radians", PyMath::radians);
        unary(d, "ulp", PyMath::ulp);
        Lib.def(d, "pow", "x, y, /", a -> PyMath.pow(dbl(a[0]), dbl(a[1])));
        Lib.def(d, "atan2", "y, x, /", a -> PyMath.atan2(dbl(a[0]), dbl(a[1])));
        Lib.def(d, "copysign", "x, y, /", a -> PyMath.copysign(dbl(a[0]), dbl(a[1])));
        Lib.def(d, "fmod", "x, y, /", a -> PyMath.fmod(dbl(a[0]), dbl(a[1])));
        Lib.def(d, "remainder", "x, y, /", a -> PyMath.remainder(dbl(a[0]), dbl(a[1])));
        Lib.def(d, "nextafter", "x, y, /", a -> PyMath.nextafter(dbl(a[0]), dbl(a[1])));
        Lib.def(d, "modf", "x, /", a -> {
            double[] r = PyMath.modf(dbl(a[0]));
            return PTuple.of(r[0], r[1]);
        });
        Lib.def(d, "frexp", "x, /", a -> {
            PyMath.Frexp r = PyMath.frexp(dbl(a[0]));
            return PTuple.of(r.mantissa(), r.exponent());
        });
        Lib.def(d, "ldexp", "x, i, /", a -> PyMath.ldexp(dbl(a[0]), Py.index(a[1])));
        Lib.def(d, "isfinite", "x, /", a -> PyMath.isfinite(dbl(a[0])));
        Lib.def(d, "isinf", "x, /", a -> PyMath.isinf(dbl(a[0])));
        Lib.def(d, "isnan", "x, /", a -> PyMath.isnan(dbl(a[0])));
        return m;
    }

    /** Ints stay exact (log of huge ints), everything else becomes a double. */
    private static Object num(Object o) {
        if (Numbers.isInt(o)) {
            return o instanceof Boolean b ? (b ? 1L : 0L) : o;
        }
        return dbl(o);
    }

    private static Object[] indices(PTuple t) {
        Object[] r = Arrays.copyOf(t.items, t.items.length);
        for (int i = 0; i < r.length; i++) {
            r[i] = Py.index(r[i]);
        }
        return r;
    }
}
