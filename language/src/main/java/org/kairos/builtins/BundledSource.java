package org.kairos.builtins;

import com.oracle.truffle.api.source.Source;
import org.kairos.KairosContext;
import org.kairos.compiler.ModuleCompiler;
import org.kairos.runtime.PCell;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Runs guest Python source bundled as a class-path resource into a Java-built module's namespace. */
public final class BundledSource {
    private BundledSource() {
    }

    public static void runInto(KairosContext ctx, PModule module, Class<?> anchor, String resource) {
        String text;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled resource " + resource, e);
        }
        String name = "<frozen " + module.name + ">";
        Source src = Source.newBuilder("kairos", text, name).build();
        PCode code = ModuleCompiler.compileModule(ctx.language, src, name, false, true);
        if (module.dict.getStr("__builtins__") == null) {
            module.put("__builtins__", ctx.builtins());
        }
        code.callTarget().call(new Object[]{new PFunction(code, module.dict, new Object[0], null, new PCell[0])});
    }
}
