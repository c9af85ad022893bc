/*
 * Added to the Graal compiler jar by launcher/src/build/java/GraalModulePath.java (not compiled
 * with the launcher): lets Graal apply its intrinsics to its own classes when the compiler is on
 * the module path.
 */
package org.kairos.graal;

import jdk.graal.compiler.nodes.graphbuilderconf.GeneratedPluginFactory;
import jdk.graal.compiler.nodes.graphbuilderconf.GeneratedPluginInjectionProvider;
import jdk.graal.compiler.nodes.graphbuilderconf.InvocationPlugins;
import jdk.vm.ci.meta.ResolvedJavaType;

/**
 * Graal only applies an invocation plugin (intrinsic) to a class it trusts; on HotSpot that is a
 * class of the boot or platform class loader ({@code CompilerToVM.isTrustedForIntrinsics}). With
 * the compiler on {@code --upgrade-module-path} it is a platform module, but on {@code --module-path}
 * it lands in the application class loader, so intrinsics of Graal's own classes (e.g.
 * {@code GraalDirectives.injectBranchProbability} in the allocation snippets) were not applied
 * and every compilation that needs a snippet failed ("Cannot use an assertion within the context of
 * an intrinsic"). Truffle registers a predicate like this one for each Truffle class it intrinsifies;
 * this factory, loaded by Graal with its other {@link GeneratedPluginFactory} services, adds one for
 * the compiler's own classes.
 */
public final class TrustCompilerClasses implements GeneratedPluginFactory {
    @Override
    public void registerPlugins(InvocationPlugins plugins, GeneratedPluginInjectionProvider injection) {
        plugins.registerIntrinsificationPredicate(TrustCompilerClasses::isCompilerClass);
    }

    /**
     * Classes of the compiler and word modules. Plugins exist only for names of real Graal classes,
     * whose packages belong to these named modules, so no class path jar can define a class of the
     * same name.
     */
    private static boolean isCompilerClass(ResolvedJavaType type) {
        String name = type.getName();
        return name.startsWith("Ljdk/graal/compiler/") || name.startsWith("Lorg/graalvm/word/");
    }
}
