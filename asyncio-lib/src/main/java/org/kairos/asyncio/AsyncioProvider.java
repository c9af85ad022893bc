package org.kairos.asyncio;

import org.kairos.KairosContext;
import org.kairos.builtins.ModuleProvider;
import org.kairos.runtime.PModule;

/** Registers {@code asyncio} with the Kairos importer (ServiceLoader). */
public final class AsyncioProvider implements ModuleProvider {
    @Override
    public String[] moduleNames() {
        return new String[]{"asyncio"};
    }

    @Override
    public PModule create(String name, KairosContext context) {
        return AsyncioModule.create(context);
    }
}
