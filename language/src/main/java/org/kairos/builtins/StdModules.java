package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.PModule;

import java.util.Map;
import java.util.function.Function;

/** The table of standard-library modules implemented in Java. */
final class StdModules {
    private StdModules() {
    }

    static void registerAll(Map<String, Function<KairosContext, PModule>> table) {
        table.put("math", MathModule::create);
        table.put("functools", FunctoolsModule::create);
        table.put("collections", CollectionsModule::create);
        table.put("operator", OperatorModule::create);
        table.put("time", SmallModules::time);
        table.put("random", SmallModules::random);
        table.put("gc", SmallModules::gc);
        table.put("keyword", SmallModules::keyword);
        table.put("string", SmallModules::string);
        table.put("inspect", InspectModule::create);
        table.put("contextvars", ContextVarsModule::create);
        table.put("_thread", ThreadModule::create);
        table.put("threading", c -> ThreadModule.bundled(c, "threading", "threading.py"));
        table.put("queue", c -> ThreadModule.bundled(c, "queue", "queue.py"));
        table.put("concurrent", ThreadModule::concurrentPackage);
        table.put("concurrent.futures", c -> ThreadModule.bundled(c, "concurrent.futures", "concurrent_futures.py"));
        table.put("_contextvars", ContextVarsModule::create);
        table.put("io", IoModule::create);
        table.put("itertools", ItertoolsModule::create);
        table.put("traceback", UtilModules::traceback);
        table.put("importlib", UtilModules::importlib);
        table.put("types", c -> TypesModule.extend(UtilModules.types(c)));
        table.put("copy", UtilModules::copy);
        table.put("weakref", UtilModules::weakref);
        table.put("warnings", UtilModules::warnings);
        table.put("textwrap", UtilModules::textwrap);
        table.put("contextlib", ContextModules::contextlib);
        table.put("abc", ContextModules::abc);
        table.put("json", JsonModule::create);
    }
}
