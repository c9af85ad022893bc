package org.kairos;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.kairos.compiler.ModuleCompiler;
import org.kairos.nodes.MainRootNode;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PException;
import org.kairos.runtime.ThreadState;

import java.nio.charset.Charset;

/** The Kairos language: Python 3.13 semantics on the Truffle Bytecode DSL. */
@TruffleLanguage.Registration(id = KairosLanguage.ID, name = "Kairos", implementationName = "Kairos", version = "0.1.0", //
                defaultMimeType = KairosLanguage.MIME, characterMimeTypes = KairosLanguage.MIME, //
                fileTypeDetectors = KairosLanguage.Detector.class, contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class, StandardTags.CallTag.class})
public final class KairosLanguage extends TruffleLanguage<KairosContext> {
    public static final String ID = "kairos";
    public static final String MIME = "text/x-python";

    @Option(help = "Run the evaluated source as the __main__ script: print uncaught exceptions as CPython does and exit the context.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Main = new OptionKey<>(false);

    private static final LanguageReference<KairosLanguage> REFERENCE = LanguageReference.create(KairosLanguage.class);

    final ContextThreadLocal<ThreadState> threadState = locals.createContextThreadLocal((c, t) -> new ThreadState());

    public static KairosLanguage get() {
        return REFERENCE.get(null);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new KairosLanguageOptionDescriptors();
    }

    @Override
    protected KairosContext createContext(Env env) {
        return new KairosContext(this, env);
    }

    @Override
    protected void initializeContext(KairosContext context) {
        context.initialize();
    }

    @Override
    protected void finalizeContext(KairosContext context) {
        context.shutdownThreading();
        context.warnUnawaitedCoroutines();
        context.flushStd();
        context.joinThreads();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        String filename = source.getPath() != null ? source.getPath() : source.getName();
        MainRootNode main;
        try {
            PCode code = ModuleCompiler.compileModule(this, source, filename, true);
            main = new MainRootNode(this, code, source);
        } catch (PException e) {
            // reported when the source runs, so the launcher prints it like any uncaught error
            main = new MainRootNode(this, e, source);
        }
        return new ScriptRootNode(this, main.getCallTarget()).getCallTarget();
    }

    /**
     * Returns the value of the last expression, or 0 in main mode: a script has no value, and
     * handing the host a guest object (None) makes the polyglot layer build its interop dispatch
     * for that object's class, a few hundred classes loaded at the end of every script run.
     */
    private static final class ScriptRootNode extends RootNode {
        @Child private DirectCallNode body;

        ScriptRootNode(KairosLanguage language, CallTarget body) {
            super(language);
            this.body = DirectCallNode.create(body);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object result = body.call(frame.getArguments());
            return KairosContext.get(this).mainMode ? (Object) 0 : result;
        }

        @Override
        public String getName() {
            return "<script>";
        }

        /** Not a guest frame: stays out of stack traces. */
        @Override
        public boolean isInternal() {
            return true;
        }
    }

    /** Detects Python sources by their extension. */
    public static final class Detector implements TruffleFile.FileTypeDetector {
        @Override
        public String findMimeType(TruffleFile file) {
            String name = file.getName();
            return name != null && name.endsWith(".py") ? MIME : null;
        }

        @Override
        public Charset findEncoding(TruffleFile file) {
            return null;
        }
    }
}
