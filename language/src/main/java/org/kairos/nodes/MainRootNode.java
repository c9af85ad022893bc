package org.kairos.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.kairos.KairosContext;
import org.kairos.KairosLanguage;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PCell;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.Tracebacks;

/**
 * Runs a parsed source in {@code __main__} (CPython's {@code PyRun_*}): in main mode an uncaught
 * exception is printed as a traceback and exits with status 1, and SystemExit exits with its code.
 */
public final class MainRootNode extends RootNode {
    private final PCode code;
    private final PException syntaxError;
    private final Source source;

    public MainRootNode(KairosLanguage language, PCode code, Source source) {
        super(language);
        this.code = code;
        this.syntaxError = null;
        this.source = source;
    }

    public MainRootNode(KairosLanguage language, PException syntaxError, Source source) {
        super(language);
        this.code = null;
        this.syntaxError = syntaxError;
        this.source = source;
    }

    @Override
    public String getName() {
        return "<main>";
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KairosContext ctx = KairosContext.get(this);
        try {
            if (syntaxError != null) {
                throw syntaxError;
            }
            Object r = runModule(ctx);
            ctx.flushStd();
            return r;
        } catch (PException e) {
            return handleUncaught(ctx, e);
        }
    }

    @TruffleBoundary
    private Object runModule(KairosContext ctx) {
        PModule main = ctx.mainModule();
        if (source.getPath() != null && main.dict.getStr("__file__") == null) {
            main.put("__file__", source.getPath());
        }
        main.put("__doc__", code.doc); // the module docstring (first statement string literal)
        PFunction fn = new PFunction(code, main.dict, new Object[0], null, new PCell[0]);
        return code.callTarget().call(fn);
    }

    @TruffleBoundary
    private Object handleUncaught(KairosContext ctx, PException e) {
        PBaseException exc = e.exc;
        if (exc.cls.isSubclassOf(ExceptionClasses.SystemExit)) {
            int status = exitStatus(ctx, exc);
            ctx.flushStd();
            ctx.env.getContext().closeExited(this, status);
            return PNone.NONE;
        }
        if (!ctx.mainMode) {
            ctx.flushStd();
            throw e;
        }
        ctx.stdout.flushQuietly();
        StringBuilder sb = new StringBuilder();
        try {
            for (String s : Tracebacks.formatException(exc)) {
                sb.append(s);
            }
        } catch (PException inner) {
            sb.append(Py.formatExceptionOnly(exc)).append('\n');
        }
        ctx.stderr.write(sb.toString());
        ctx.flushStd();
        ctx.env.getContext().closeExited(this, 1);
        return PNone.NONE;
    }

    private static int exitStatus(KairosContext ctx, PBaseException exc) {
        Object[] args = exc.args.items;
        Object code = args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : exc.args;
        if (code == PNone.NONE) {
            return 0;
        }
        if (Numbers.isInt(code)) {
            return (int) Numbers.asLong(code instanceof Boolean b ? (b ? 1L : 0L) : code);
        }
        ctx.stdout.flushQuietly();
        ctx.stderr.write(Py.str(code) + "\n");
        return 1;
    }
}
