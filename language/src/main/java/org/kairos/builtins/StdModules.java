package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.PModule;

/**
 * The standard-library modules implemented in Java. A switch rather than a table of factories:
 * a method reference per module would cost a lambda class, and load the module's class, at every
 * startup, for modules most programs never import.
 */
final class StdModules {
    private StdModules() {
    }

    /** Creates the module {@code name}, or returns null if it is not one of ours. */
    static PModule create(String name, KairosContext c) {
        return switch (name) {
            case "math" -> MathModule.create(c);
            case "functools" -> FunctoolsModule.create(c);
            case "collections" -> CollectionsModule.create(c);
            case "operator" -> OperatorModule.create(c);
            case "time" -> SmallModules.time(c);
            case "random" -> SmallModules.random(c);
            case "gc" -> SmallModules.gc(c);
            case "keyword" -> SmallModules.keyword(c);
            case "string" -> SmallModules.string(c);
            case "inspect" -> InspectModule.create(c);
            case "contextvars", "_contextvars" -> ContextVarsModule.create(c);
            case "_thread" -> ThreadModule.create(c);
            case "threading" -> ThreadModule.bundled(c, "threading", "threading.py");
            case "queue" -> ThreadModule.bundled(c, "queue", "queue.py");
            case "concurrent" -> ThreadModule.concurrentPackage(c);
            case "concurrent.futures" -> ThreadModule.bundled(c, "concurrent.futures", "concurrent_futures.py");
            case "io" -> IoModule.create(c);
            case "itertools" -> ItertoolsModule.create(c);
            case "traceback" -> UtilModules.traceback(c);
            case "importlib" -> UtilModules.importlib(c);
            case "types" -> TypesModule.extend(UtilModules.types(c));
            case "copy" -> UtilModules.copy(c);
            case "weakref" -> UtilModules.weakref(c);
            case "warnings" -> UtilModules.warnings(c);
            case "textwrap" -> UtilModules.textwrap(c);
            case "contextlib" -> ContextModules.contextlib(c);
            case "abc" -> ContextModules.abc(c);
            case "json" -> JsonModule.create(c);
            default -> null;
        };
    }
}
