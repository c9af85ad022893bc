package org.kairos.compiler;

import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeRootNodes;
import com.oracle.truffle.api.source.Source;
import org.kairos.KairosLanguage;
import org.kairos.nodes.KairosRootNode;
import org.kairos.nodes.KairosRootNodeGen;
import org.kairos.parser.Ast;
import org.kairos.parser.Parser;
import org.kairos.parser.PySyntaxError;
import org.kairos.runtime.PCode;
import org.kairos.runtime.Tracebacks;

import java.util.IdentityHashMap;
import java.util.List;

/** Source text to code objects: parse, analyse scopes, emit bytecode roots. */
public final class ModuleCompiler {
    private ModuleCompiler() {
    }

    /** Compiles a module; SyntaxErrors are thrown as Python exceptions. */
    public static PCode compileModule(KairosLanguage language, Source source, String filename, boolean main) {
        return compileModule(language, source, filename, main, false);
    }

    /**
     * As {@link #compileModule(KairosLanguage, Source, String, boolean)}; with {@code lazyFunctions}
     * the bodies of {@code def}s are compiled on their first call (see {@link PCode#setLazyBody}).
     * Only for bundled library code: the compiler's own SyntaxErrors ('return' outside function,
     * ...) would then surface at the first call instead of before the module runs.
     */
    public static PCode compileModule(KairosLanguage language, Source source, String filename, boolean main, boolean lazyFunctions) {
        String text = source.getCharacters().toString();
        Tracebacks.registerSource(filename, text);
        Ast.Module module;
        try {
            module = Parser.parseModule(text, filename);
        } catch (PySyntaxError e) {
            throw CompileErrors.fromParser(e);
        }
        ScopeAnalyzer analyzer = new ScopeAnalyzer();
        analyzer.analyze(module);
        BytecodeCompiler compiler = new BytecodeCompiler(language, source, filename, analyzer, module, new IdentityHashMap<>(), lazyFunctions);
        install(KairosRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, compiler::compile), compiler.rootOrder, compiler.rootScopes, null);
        return compiler.rootOrder.get(0);
    }

    /**
     * Gives each code object of a batch its root, in the order the compiler began them; the first
     * root is {@code eagerEntryOf}'s eager entry if that is not null.
     */
    static void install(BytecodeRootNodes<KairosRootNode> nodes, List<PCode> order, List<Scope> scopes, PCode eagerEntryOf) {
        List<KairosRootNode> roots = nodes.getNodes();
        for (int i = 0; i < roots.size(); i++) {
            PCode code = order.get(i);
            KairosRootNode root = roots.get(i);
            root.setInfo(code, code.name);
            SuspendedLocals.choose(root, scopes.get(i));
            if (i == 0 && eagerEntryOf != null) {
                code.setEagerCallTarget(root.getCallTarget());
            } else {
                code.setCallTarget(root.getCallTarget());
            }
        }
    }
}
