package org.kairos.builtins;

/** Methods of the builtin types (str, list, dict, set, tuple, int, float, ...). */
final class TypeMethods {
    private TypeMethods() {
    }

    static void install() {
        GeneratorMethods.install();
        StrTypeMethods.install();
        SequenceTypeMethods.install();
        DictTypeMethods.install();
        SetTypeMethods.install();
        NumberTypeMethods.install();
        MiscTypeMethods.install();
    }
}
