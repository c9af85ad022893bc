package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.PModule;

/**
 * Supplies modules implemented in Java from outside the language module (e.g. asyncio-lib);
 * found with {@link java.util.ServiceLoader}.
 */
public interface ModuleProvider {
    /** The module names this provider can create. */
    String[] moduleNames();

    /** Creates the module (called once per context, on first import). */
    PModule create(String name, KairosContext context);
}
