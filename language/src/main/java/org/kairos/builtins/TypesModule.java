package org.kairos.builtins;

import org.kairos.runtime.PClass;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PModule;

/** {@code types}: the classes of functions, generators and coroutines, and {@code types.coroutine}. */
final class TypesModule {
    private TypesModule() {
    }

    /** Adds the generator/coroutine classes and {@code coroutine} to the types module. */
    static PModule extend(PModule m) {
        m.put("GeneratorType", PGenerator.GENERATOR);
        m.put("CoroutineType", PGenerator.COROUTINE);
        m.put("AsyncGeneratorType", PGenerator.ASYNC_GENERATOR);
        m.put("FunctionType", PClass.FUNCTION);
        m.put("LambdaType", PClass.FUNCTION);
        m.put("MethodType", PClass.METHOD);
        m.put("BuiltinFunctionType", PClass.BUILTIN_FUNCTION);
        m.put("BuiltinMethodType", PClass.BUILTIN_FUNCTION);
        m.put("ModuleType", PClass.MODULE);
        m.put("CodeType", PClass.CODE);
        m.put("TracebackType", PClass.TRACEBACK);
        m.put("FrameType", PClass.FRAME);
        m.put("NoneType", PClass.NONE_TYPE);
        Builtins.def(m.dict, "coroutine", "func, /", a -> {
            // a generator function becomes awaitable (CO_ITERABLE_COROUTINE); others pass through
            if (a[0] instanceof PFunction f && f.code.isGenerator) {
                f.code.iterableCoroutine = true;
            }
            return a[0];
        });
        return m;
    }
}
