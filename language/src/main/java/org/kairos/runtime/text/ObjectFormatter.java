package org.kairos.runtime.text;

/**
 * Callbacks into the runtime for objects the text package cannot interpret itself.
 *
 * <p>The text helpers handle the built-in value representations directly ({@code Long}/{@code BigInteger}
 * = int, {@code Boolean} = bool, {@code Double} = float, {@code String} = str) and call back here for
 * everything else. Implementations may raise {@link FormatError} or any runtime exception.
 */
public interface ObjectFormatter {
    /** {@code repr(o)} for a non-builtin object. */
    String repr(Object o);

    /** {@code str(o)} for a non-builtin object. */
    String str(Object o);

    /** {@code type(o).__format__(o, spec)} for a non-builtin object. */
    String format(Object o, String spec);

    /** Result of {@code o.__index__()} as Long/BigInteger, or null if the type has no {@code __index__}. */
    Object toIndexOrNull(Object o);

    /** Result of {@code o.__float__()}, or null if the type has no {@code __float__}. */
    Double toFloatOrNull(Object o);

    /** {@code getattr(o, name)}; used by str.format field names like {@code {0.attr}}. */
    default Object getAttr(Object o, String name) {
        throw new FormatError("AttributeError", "'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    /** {@code o[key]}; key is a Long (numeric index in a field name) or a String. */
    default Object getItem(Object o, Object key) {
        throw FormatError.typeError("'" + typeName(o) + "' object is not subscriptable");
    }

    /** The bytes of a bytes-like object (or of {@code __bytes__()}) as a latin-1 string, or null. */
    default String bytesOrNull(Object o) {
        return null;
    }

    /** Python type name ({@code type(o).__name__}) used in error messages. */
    default String typeName(Object o) {
        return Py.builtinTypeName(o);
    }
}
