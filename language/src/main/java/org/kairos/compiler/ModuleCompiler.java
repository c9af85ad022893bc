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

import java.util.ArrayList;
import java.util.List;

/** Source text to code objects: parse, analyse scopes, emit bytecode roots. */
public final class ModuleCompiler {
    private ModuleCompiler() {
    }

    /** Compiles a module; SyntaxErrors are thrown as Python exceptions. */
    public static PCode compileModule(KairosLanguage language, Source source, String filename, boolean main) {
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
        List<PCode> codes = new ArrayList<>();
        BytecodeCompiler compiler = new BytecodeCompiler(source, filename, analyzer, module, codes);
        BytecodeRootNodes<KairosRootNode> nodes = KairosRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, compiler::compile);
        List<KairosRootNode> roots = nodes.getNodes();
        List<PCode> order = compiler.rootOrder;
        for (int i = 0; i < roots.size(); i++) {
            PCode code = order.get(i);
            KairosRootNode root = roots.get(i);
            root.setInfo(code, code.name);
            code.callTarget = root.getCallTarget();
        }
        return order.get(0);
    }
}
