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
    }
}
