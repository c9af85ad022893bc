package org.kairos.builtins;

import org.kairos.runtime.BuiltinClasses;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PAsyncGenAwaitable;
import org.kairos.runtime.PByteArray;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PComplex;
import org.kairos.runtime.PGenerator;

/**
 * Methods of the builtin types (str, list, dict, set, tuple, int, float, ...), installed on first
 * use of each type (see {@link PClass#installLazily}): a one-line script touches a handful of the
 * ~500 methods, and each installed method costs a lambda class at startup.
 */
final class TypeMethods {
    private TypeMethods() {
    }

    /**
     * One installer each, so that a single {@link Runnable} class serves them all (a lambda or
     * method reference per group would cost what laziness saves).
     */
    private enum Group implements Runnable {
        CONSTRUCTORS, EXCEPTIONS, EXCEPTION_GROUPS, GENERATORS, STR, LIST_TUPLE, DICT, SETS, NUMBERS, RANGE, SLICE, ITERATORS,
        BYTES, BYTEARRAY, COMPLEX, FUNCTIONS, MODULE, DESCRIPTORS, TEXT_IO;

        @Override
        public void run() {
            switch (this) {
                case CONSTRUCTORS -> BuiltinsModule.constructors();
                case EXCEPTIONS -> BuiltinsModule.exceptions();
                case EXCEPTION_GROUPS -> ExceptionGroupMethods.install();
                case GENERATORS -> GeneratorMethods.install();
                case STR -> StrTypeMethods.install();
                case LIST_TUPLE -> SequenceTypeMethods.install();
                case DICT -> DictTypeMethods.install();
                case SETS -> SetTypeMethods.install();
                case NUMBERS -> NumberTypeMethods.install();
                case RANGE -> MiscTypeMethods.range();
                case SLICE -> MiscTypeMethods.slice();
                case ITERATORS -> {
                    MiscTypeMethods.iterators();
                    BuiltinFunctions.iteratorConstructors();
                }
                case BYTES -> MiscTypeMethods.bytes();
                case BYTEARRAY -> ByteArrayMethods.install(PByteArray.CLASS);
                case COMPLEX -> ByteArrayMethods.installComplex(PComplex.CLASS);
                case FUNCTIONS -> MiscTypeMethods.functions();
                case MODULE -> MiscTypeMethods.module();
                case DESCRIPTORS -> MiscTypeMethods.descriptors();
                case TEXT_IO -> OpenFunction.installMethods();
            }
        }
    }

    /** Registers every group with the classes it writes to (checked by an assertion in {@link Builtins}). */
    static void installLazily() {
        PClass.installLazily(Group.CONSTRUCTORS, PClass.INT, PClass.BOOL, PClass.FLOAT, PClass.STR, PClass.TUPLE, PClass.LIST, PClass.DICT,
                        PClass.SET, PClass.FROZENSET, PClass.RANGE, PClass.SLICE, PClass.PROPERTY, PClass.STATICMETHOD, PClass.CLASSMETHOD,
                        PClass.SUPER);
        PClass.installLazily(Group.EXCEPTIONS, ExceptionClasses.BaseException, ExceptionClasses.OSError, ExceptionClasses.UnicodeError,
                        ExceptionClasses.StopIteration, ExceptionClasses.SystemExit, ExceptionClasses.ImportError, ExceptionClasses.AttributeError,
                        ExceptionClasses.NameError);
        PClass.installLazily(Group.EXCEPTION_GROUPS, ExceptionClasses.BaseExceptionGroup);
        PClass.installLazily(Group.GENERATORS, PGenerator.GENERATOR, PGenerator.COROUTINE, PGenerator.ASYNC_GENERATOR, PAsyncGenAwaitable.ASEND,
                        PAsyncGenAwaitable.ATHROW, GeneratorMethods.CoroWrapper.CLASS, PClass.FRAME);
        PClass.installLazily(Group.STR, PClass.STR);
        PClass.installLazily(Group.LIST_TUPLE, PClass.LIST, PClass.TUPLE);
        PClass.installLazily(Group.DICT, PClass.DICT, BuiltinClasses.DICT_KEYS, BuiltinClasses.DICT_VALUES, BuiltinClasses.DICT_ITEMS);
        PClass.installLazily(Group.SETS, PClass.SET, PClass.FROZENSET);
        PClass.installLazily(Group.NUMBERS, PClass.INT, PClass.FLOAT);
        PClass.installLazily(Group.RANGE, PClass.RANGE);
        PClass.installLazily(Group.SLICE, PClass.SLICE);
        PClass.installLazily(Group.ITERATORS, MiscTypeMethods.ITERATOR_CLASSES);
        PClass.installLazily(Group.BYTES, PClass.BYTES);
        PClass.installLazily(Group.BYTEARRAY, PByteArray.CLASS);
        PClass.installLazily(Group.COMPLEX, PComplex.CLASS);
        PClass.installLazily(Group.FUNCTIONS, PClass.BUILTIN_FUNCTION, PClass.CELL, PClass.CODE, PClass.FUNCTION, PClass.METHOD, PClass.TRACEBACK);
        PClass.installLazily(Group.MODULE, PClass.MODULE);
        PClass.installLazily(Group.DESCRIPTORS, PClass.PROPERTY, PClass.STATICMETHOD, PClass.CLASSMETHOD);
        PClass.installLazily(Group.TEXT_IO, PTextIO.CLASS);
    }
}
