package org.kairos.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text conversion with CPython's rules: {@code repr(float)} (shortest round-trip digits) and the
 * fixed/exponent/general conversions used by {@code format()} and {@code %}-formatting.
 *
 * <p>Rounding to a given precision uses the exact binary value of the double ({@code new BigDecimal(double)})
 * with round-half-even, which is what CPython's correctly rounded dtoa does ({@code '%.2f' % 0.125 == '0.12'}).
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** Decimal digits (no trailing zeros; "0" for zero) with the decimal point {@code decpt} places after the first digit's left. */
    record Dec(String digits, int decpt) {
    }

    /** {@code repr(x)} / {@code str(x)}. */
    public static String repr(double x) {
        return format(x, 'r', 0, false);
    }

    /**
     * Formats {@code x} like CPython's {@code PyOS_double_to_string}.
     *
     * @param type 'e','E','f','F','g','G','%' (precision-based), or 'r' (repr: shortest digits, precision ignored)
     * @param precision digits after the point ('e','f','%') or significant digits ('g'; 0 means 1)
     * @param alternate the '#' flag: always keep the decimal point, keep trailing zeros for 'g'
     * @return the text with a leading '-' for negative values (including -0.0; never for nan)
     */
    public static String format(double x, char type, int precision, boolean alternate) {
        boolean neg = !Double.isNaN(x) && (x < 0 || (x == 0 && 1 / x < 0));
        double a = Math.abs(x);
        String body;
        if (type == '%') {
            body = formatAbs(a * 100, 'f', precision, alternate, false) + "%";
        } else {
            body = formatAbs(a, type, precision, alternate, type == 'r');
        }
        return neg ? "-" + body : body;
    }

    /**
     * Formats a non-negative value (or nan/inf) without sign. {@code addDot0} appends ".0" to integral values in
     * fixed notation and moves the 'g' exponent threshold down by one (format() with no type but a precision).
     * Upper-case types produce upper-case output.
     */
    static String formatAbs(double a, char type, int precision, boolean alt, boolean addDot0) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        String s;
        if (Double.isNaN(a)) {
            s = "nan";
        } else if (Double.isInfinite(a)) {
            s = "inf";
        } else {
            switch (type) {
                case 'e', 'E' -> s = expFormat(a, precision, alt);
                case 'f', 'F' -> s = fixedFormat(a, precision, alt);
                case 'g', 'G' -> s = general(a == 0 ? new Dec("0", 1) : roundSig(a, Math.max(precision, 1)),
                                Math.max(precision, 1), alt, addDot0, false);
                case 'r' -> s = general(a == 0 ? new Dec("0", 1) : shortest(a), 17, alt, true, true);
                default -> throw new IllegalArgumentException("bad float format type " + type);
            }
        }
        return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    private static String fixedFormat(double a, int precision, boolean alt) {
        String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alt ? s + "." : s;
    }

    private static String expFormat(double a, int precision, boolean alt) {
        Dec d = a == 0 ? new Dec("0", 1) : roundSig(a, precision + 1);
        StringBuilder sb = new StringBuilder();
        String digits = d.digits;
        sb.append(digits.charAt(0));
        if (precision > 0 || alt) {
            sb.append('.');
        }
        for (int i = 1; i <= precision; i++) {
            sb.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        appendExponent(sb, a == 0 ? 0 : d.decpt - 1);
        return sb.toString();
    }

    /**
     * 'g'-style layout shared by 'g' and repr. Repr ({@code reprMode}) switches to exponent notation for
     * decpt outside (-4, 16]; 'g' for decpt outside (-4, precision] (precision-1 when {@code addDot0}).
     */
    private static String general(Dec d, int precision, boolean alt, boolean addDot0, boolean reprMode) {
        String digits = d.digits;
        int decpt = d.decpt;
        boolean useExp;
        if (reprMode) {
            useExp = decpt <= -4 || decpt > 16;
        } else {
            useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
            if (alt && digits.length() < precision) {
                digits = digits + "0".repeat(precision - digits.length());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (useExp) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            } else if (alt) {
                sb.append('.');
            }
            appendExponent(sb, decpt - 1);
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt));
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            sb.append("0".repeat(decpt - digits.length()));
            if (alt && !addDot0) {
                sb.append('.');
            } else if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    private static void appendExponent(StringBuilder sb, int exp) {
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
    }

    /** Rounds a positive finite value to {@code n} significant digits (half-even on the exact binary value). */
    static Dec roundSig(double a, int n) {
        BigDecimal bd = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = bd.unscaledValue().toString();
        int decpt = u.length() - bd.scale();
        return new Dec(stripTrailingZeros(u), decpt);
    }

    private static String stripTrailingZeros(String u) {
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return u.substring(0, end);
    }

    /**
     * Shortest digits that round-trip, nearest to the value. Java 19+ {@code Double.toString} yields those
     * digits except that when one digit would suffice it picks the closest two-digit decimal (e.g. "4.9E-324"
     * for 5e-324), so that case is re-checked here.
     */
    static Dec shortest(double a) {
        String s = Double.toString(a);
        int ei = s.indexOf('E');
        int exp = ei < 0 ? 0 : Integer.parseInt(s.substring(ei + 1));
        String m = ei < 0 ? s : s.substring(0, ei);
        int dot = m.indexOf('.');
        String all = m.substring(0, dot) + m.substring(dot + 1);
        int decpt = dot + exp;
        int lz = 0;
        while (lz < all.length() - 1 && all.charAt(lz) == '0') {
            lz++;
        }
        all = stripTrailingZeros(all.substring(lz));
        decpt -= lz;
        if (all.length() == 2) {
            Dec best = null;
            BigDecimal bestDist = null;
            BigDecimal exact = new BigDecimal(a);
            int d1 = all.charAt(0) - '0';
            for (int c = d1; c <= d1 + 1; c++) {
                Dec cand = c == 10 ? new Dec("1", decpt + 1) : new Dec(Integer.toString(c), decpt);
                BigDecimal v = new BigDecimal(new java.math.BigInteger(cand.digits), -(cand.decpt - 1));
                if (Double.parseDouble(cand.digits + "E" + (cand.decpt - 1)) == a) {
                    BigDecimal dist = v.subtract(exact).abs();
                    if (best == null || dist.compareTo(bestDist) < 0) {
                        best = cand;
                        bestDist = dist;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new Dec(all, decpt);
    }

    // ---------------------------------------------------------------------------------------------------------
    // round(), float.hex(), float.fromhex()

    /**
     * {@code round(x, ndigits)}: rounds the exact binary value half-to-even at decimal digit {@code ndigits}
     * (which may be negative), keeping the sign of zero; OverflowError if the result is not finite.
     */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code round(x)} with no ndigits: nearest integer, ties to even, as Long or BigInteger. */
    public static Object roundToInt(double x) {
        return IntParse.fromDouble(Math.rint(x));
    }

    /** {@code x.hex()}, e.g. {@code 0x1.91eb851eb851fp+1}, {@code -0x0.0p+0}, {@code inf}. */
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        if (exp == 0 && frac == 0) {
            return sign + "0x0.0p+0";
        }
        String digits = String.format("%013x", frac);
        if (exp == 0) {
            return sign + "0x0." + digits + "p-1022"; // subnormal
        }
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}. */
    public static double fromHex(String s) {
        String t = s.strip();
        int i = 0;
        int n = t.length();
        boolean neg = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        int j = rest.startsWith("0x") ? 2 : 0;
        int m = rest.length();
        int intStart = j;
        while (j < m && Character.digit(rest.charAt(j), 16) >= 0) {
            j++;
        }
        String intDigits = rest.substring(intStart, j);
        String fracDigits = "";
        if (j < m && rest.charAt(j) == '.') {
            int fs = ++j;
            while (j < m && Character.digit(rest.charAt(j), 16) >= 0) {
                j++;
            }
            fracDigits = rest.substring(fs, j);
        }
        if (intDigits.isEmpty() && fracDigits.isEmpty()) {
            throw FormatError.valueError("invalid hexadecimal floating-point string");
        }
        long exp = 0;
        if (j < m && rest.charAt(j) == 'p') {
            j++;
            boolean eneg = false;
            if (j < m && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
                eneg = rest.charAt(j) == '-';
                j++;
            }
            int es = j;
            while (j < m && rest.charAt(j) >= '0' && rest.charAt(j) <= '9') {
                if (exp < 1_000_000_000L) {
                    exp = exp * 10 + (rest.charAt(j) - '0'); // saturate: anything this large over/underflows anyway
                }
                j++;
            }
            if (j == es) {
                throw FormatError.valueError("invalid hexadecimal floating-point string");
            }
            if (eneg) {
                exp = -exp;
            }
        }
        if (j != m) {
            throw FormatError.valueError("invalid hexadecimal floating-point string");
        }
        // Java parses hexadecimal floating literals with correct round-half-even rounding.
        double v = Double.parseDouble("0x" + (intDigits.isEmpty() ? "0" : intDigits) + "." + fracDigits + "p" + exp);
        if (Double.isInfinite(v)) {
            throw FormatError.overflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -v : v;
    }
}
