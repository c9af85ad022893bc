package org.kairos.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.compiler.TruffleCompilerListener.CompilationResultInfo;
import com.oracle.truffle.compiler.TruffleCompilerListener.GraphInfo;
import com.oracle.truffle.runtime.AbstractCompilationTask;
import com.oracle.truffle.runtime.OptimizedCallTarget;
import com.oracle.truffle.runtime.OptimizedTruffleRuntime;
import com.oracle.truffle.runtime.OptimizedTruffleRuntimeListener;

/**
 * Command line launcher of Kairos: {@code kairos [options] script.py [args...]} or
 * {@code kairos [options] -c CODE [args...]}.
 *
 * <p>Built on {@link AbstractLanguageLauncher}, so the standard polyglot options ({@code --engine.*},
 * {@code --log.*}, {@code --experimental-options}, tool options, {@code --help:engine}, ...) work
 * before the script name. Everything after the script name (or after the code of {@code -c}) is
 * handed to the guest untouched as {@code sys.argv[1:]}.
 *
 * <p>Exit status: the guest's exit status (0, 1 for an uncaught exception, n for
 * {@code sys.exit(n)}), 2 for usage errors and unreadable scripts (as CPython), 70 for internal
 * errors of Kairos itself.
 */
public final class KairosMain extends AbstractLanguageLauncher {

    /** Language id registered by the Kairos Truffle language. */
    public static final String LANGUAGE_ID = "kairos";
    /** Version string printed by {@code --version}. */
    public static final String VERSION_LINE = "Kairos 0.1.0 (Python 3.13 compatible)";

    /** Exit status for command line errors (same as CPython). */
    static final int EXIT_USAGE = 2;
    /** Exit status for bugs in Kairos (EX_SOFTWARE from sysexits.h). */
    static final int EXIT_INTERNAL = 70;

    private static final String USAGE = "usage: kairos [option] ... [-c cmd | file | -] [arg] ...";

    /** Script path as given on the command line, "-" for stdin; null with -c or when nothing was given. */
    private String scriptPath;
    /** Code of -c; null otherwise. */
    private String command;
    private final List<String> scriptArgs = new ArrayList<>();
    private boolean versionRequested;
    /** The polyglot options of the command line (as the base class validated them). */
    private Map<String, String> commandLineOptions = Map.of();

    /**
     * Engine options this launcher sets when the optimizing runtime is in use, unless the command
     * line or a {@code polyglot.*} system property sets them: compilations in the order their call
     * targets became hot. Truffle's default queue picks the task with the largest call-and-loop
     * count, so a driver function's loops (run once per pass, counted per iteration) were compiled
     * before the coroutine bodies that every task resumes; asyncio workloads waited for those by
     * 0.5-1 s. See docs/performance.md.
     */
    private static final String[][] JIT_DEFAULTS = {
                    {"engine.TraversingCompilationQueue", "false"},
                    {"engine.PriorityQueue", "false"},
    };

    /**
     * System property set by {@code ./kairos} when the JVM maps thread priorities to OS priorities
     * ({@code -XX:ThreadPriorityPolicy=1}, which needs root): for how many milliseconds after start
     * the main thread runs at the compiler threads' priority before it drops to normal. When set,
     * Truffle's compiler threads also change priority by tier ({@link TierOrder}).
     */
    static final String STARTUP_PRIORITY_PROPERTY = "kairos.startupPriorityMillis";

    /** Entry point; never returns normally (always ends in {@link System#exit}). */
    public static void main(String[] args) {
        keepStartupPriority();
        new KairosMain().launch(args);
        // Reached after --help (the base class only returns after a launcher action).
        flushStdStreams();
        System.exit(0);
    }

    /**
     * Under {@code -XX:ThreadPriorityPolicy=1} Java priorities are OS priorities. The compiler
     * threads then get the CPU before the script's thread on a machine with fewer free cores than
     * busy threads, so the first-tier code a script waits for arrives sooner. During start-up
     * there is nothing to compile yet and the main thread would only lose the CPU to the
     * compiler's initialization, so it keeps the top priority for the first few hundred
     * milliseconds; see {@link TierOrder} for the compilations. See
     * docs/performance.md.
     */
    private static void keepStartupPriority() {
        long millis = startupPriorityMillis();
        if (millis <= 0) {
            return;
        }
        Thread main = Thread.currentThread();
        main.setPriority(Thread.MAX_PRIORITY);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            main.setPriority(Thread.NORM_PRIORITY);
        }, "kairos-startup-priority");
        t.setDaemon(true);
        t.start();
    }

    private static long startupPriorityMillis() {
        String v = System.getProperty(STARTUP_PRIORITY_PROPERTY);
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Keeps first-tier compilations ahead of last-tier ones. The queue already takes the first tier
     * first, but a compilation is not interrupted: a second-tier compilation that started while no
     * first-tier work was waiting held up the first-tier code that arrived meanwhile (in
     * {@code generators}, the benchmark's setup function's second tier, 1-1.6 s, and the tree walk
     * it built waiting for it). So a first-tier request cancels a running last-tier compilation;
     * a target still hot asks again at its next call and waits in the queue behind the first tier.
     * With {@code priorities} the compiler thread also runs first-tier compilations at the top
     * priority and last-tier ones at the script's: on two cores a second-tier compilation at the
     * top priority (with C1 compiling Graal meanwhile) slowed the script's thread threefold.
     */
    static final class TierOrder implements OptimizedTruffleRuntimeListener {
        private final boolean priorities;
        /** The last-tier compilation in progress, if any (one compiler thread by default). */
        private volatile OptimizedCallTarget lastTierRunning;

        TierOrder(boolean priorities) {
            this.priorities = priorities;
        }

        @Override
        public void onCompilationQueued(OptimizedCallTarget target, int tier) {
            OptimizedCallTarget running = lastTierRunning;
            if (tier == 1 && running != null && !isOSROf(running, target)) {
                running.cancelCompilation("first-tier compilation queued");
            }
        }

        @Override
        public void onCompilationStarted(OptimizedCallTarget target, AbstractCompilationTask task) {
            boolean last = task.isLastTier();
            if (last) {
                lastTierRunning = target;
            }
            if (priorities) {
                Thread.currentThread().setPriority(last ? Thread.NORM_PRIORITY : Thread.MAX_PRIORITY);
            }
        }

        @Override
        public void onCompilationSuccess(OptimizedCallTarget target, AbstractCompilationTask task, GraphInfo graph, CompilationResultInfo result) {
            ended(target);
        }

        @Override
        public void onCompilationFailed(OptimizedCallTarget target, String reason, boolean bailout, boolean permanentBailout, int tier,
                        Supplier<String> lazyStackTrace) {
            ended(target);
        }

        @Override
        public void onCompilationDequeued(OptimizedCallTarget target, Object source, CharSequence reason, int tier) {
            ended(target);
        }

        /**
         * Whether {@code osr} is an on-stack-replacement target of {@code root}'s loop. Such a
         * compilation is not cancelled for {@code root}'s first tier: that request means
         * {@code root} was called again and runs its loop in the interpreter, and the first-tier
         * code would only serve the call after. In {@code generators} the driver's loop
         * compilation (1 s) was cancelled after 0.9 s at the start of each pass, so the whole
         * next pass ran interpreted. A first-tier request for another target still cancels it:
         * in {@code call_soon} the loop that schedules the callbacks has ended by the time they
         * run, and their first tier is what the pass waits for. Truffle compiles these targets
         * in the last tier only.
         */
        private static boolean isOSROf(OptimizedCallTarget osr, OptimizedCallTarget root) {
            return osr.getRootNode().getClass().getSimpleName().endsWith("OSRRootNode") && osr.getName().startsWith(root.getName() + "<OSR");
        }

        private void ended(OptimizedCallTarget target) {
            if (lastTierRunning == target) {
                lastTierRunning = null;
            }
        }
    }

    @Override
    protected String getLanguageId() {
        return LANGUAGE_ID;
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("-c")) {
                if (i + 1 >= arguments.size()) {
                    throw usageError("Argument expected for the -c option");
                }
                command = arguments.get(i + 1);
                scriptArgs.addAll(arguments.subList(i + 2, arguments.size()));
                break;
            } else if (arg.startsWith("-c") && !arg.startsWith("--")) {
                // CPython also accepts the code glued to the option: -c'print(1)'
                command = arg.substring(2);
                scriptArgs.addAll(arguments.subList(i + 1, arguments.size()));
                break;
            } else if (arg.equals("--")) {
                if (i + 1 < arguments.size()) {
                    scriptPath = arguments.get(i + 1);
                    scriptArgs.addAll(arguments.subList(i + 2, arguments.size()));
                }
                break;
            } else if (arg.equals("--version") || arg.equals("-V")) {
                versionRequested = true;
            } else if (arg.equals("-h") || arg.equals("-?")) {
                unrecognized.add("--help"); // let the base class print our help plus the polyglot options
            } else if (arg.equals("-u") || arg.equals("-B") || arg.equals("-E") || arg.equals("-s")) {
                // accepted for CPython compatibility; they have no effect on Kairos
            } else if (arg.startsWith("--")) {
                // polyglot options (--engine.X, --log.X, --help:X, --experimental-options, ...);
                // the base class validates them and calls abortUnrecognizedArgument for unknown ones
                unrecognized.add(arg);
            } else if (arg.equals("-")) {
                scriptPath = arg;
                scriptArgs.addAll(arguments.subList(i + 1, arguments.size()));
                break;
            } else if (arg.startsWith("-")) {
                throw usageError("unknown option " + arg);
            } else {
                scriptPath = arg;
                scriptArgs.addAll(arguments.subList(i + 1, arguments.size()));
                break;
            }
        }
        return unrecognized;
    }

    @Override
    protected boolean runLauncherAction() {
        if (versionRequested) {
            printVersion();
            return true;
        }
        return super.runLauncherAction();
    }

    @Override
    protected void validateArguments(Map<String, String> polyglotOptions) {
        commandLineOptions = polyglotOptions;
        if (scriptPath == null && command == null) {
            // No REPL yet: CPython would start one here.
            PrintStream err = System.err;
            err.println(USAGE);
            err.println("kairos: no script given (the interactive REPL is not supported); try 'kairos -h' for more information.");
            throw exitWith(EXIT_USAGE);
        }
    }

    @Override
    protected void launch(Context.Builder builder) {
        Source source;
        String[] argv;
        try {
            if (command != null) {
                source = Source.newBuilder(LANGUAGE_ID, command, "<string>").build();
                argv = argv("-c");
            } else if (scriptPath.equals("-")) {
                source = Source.newBuilder(LANGUAGE_ID, new String(System.in.readAllBytes()), "<stdin>").build();
                argv = argv("-");
            } else {
                source = readScript(scriptPath);
                argv = argv(scriptPath);
            }
        } catch (IOException e) {
            throw exitWith(EXIT_USAGE, "kairos: " + e.getMessage());
        }

        builder.option("kairos.Main", "true")
                .arguments(LANGUAGE_ID, argv)
                .allowAllAccess(true)
                .in(System.in);
        setJitDefaults(builder);

        Context context;
        try {
            context = builder.build();
        } catch (IllegalArgumentException e) {
            if (isOptionError(e)) {
                // e.g. -Dpolyglot.engine.NoSuchOption=true in KAIROS_JAVA_OPTS: system properties
                // reach Truffle without passing the launcher's validation of command line options
                throw exitWith(EXIT_USAGE, "kairos: " + e.getMessage());
            }
            throw internalError(e);
        } catch (PolyglotException e) {
            // Options were validated already, so a refused context is a broken build or a Kairos bug.
            throw internalError(e);
        }
        int status = run(context, source);
        throw exitWith(status);
    }

    /**
     * Adds {@link #JIT_DEFAULTS} not set otherwise and the {@link TierOrder} listener; the fallback
     * runtime has no such options.
     */
    private void setJitDefaults(Context.Builder builder) {
        // by name: on the fallback runtime the optimizing runtime's classes may not even load
        // (their module is not exported then)
        if (Truffle.getRuntime().getName().contains("Interpreted")) {
            return;
        }
        try {
            ((OptimizedTruffleRuntime) Truffle.getRuntime()).addListener(new TierOrder(startupPriorityMillis() > 0));
        } catch (ClassCastException | LinkageError e) {
            // another runtime: it only misses an optimization
        }
        boolean any = false;
        for (String[] d : JIT_DEFAULTS) {
            if (!commandLineOptions.containsKey(d[0]) && System.getProperty("polyglot." + d[0]) == null) {
                builder.option(d[0], d[1]);
                any = true;
            }
        }
        if (any) {
            // they are experimental options; the command line's were checked before this point
            builder.allowExperimentalOptions(true);
        }
    }

    /** Evaluates the main module and returns the process exit status. */
    private int run(Context context, Source source) {
        int status = 0;
        try {
            context.eval(source);
        } catch (PolyglotException e) {
            status = statusOf(e);
        }
        try {
            context.close();
        } catch (PolyglotException e) {
            // e.g. the context already exited, or cleanup code of the guest failed
            if (e.isExit()) {
                status = e.getExitStatus();
            } else if (!e.isCancelled() && status == 0) {
                status = statusOf(e);
            }
        } catch (IllegalStateException e) {
            // guest threads still running: the process exit below ends them
        }
        return status;
    }

    private int statusOf(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInternalError() || e.isHostException() || !e.isGuestException()) {
            throw internalError(e);
        }
        // With kairos.Main=true the language prints the traceback itself and exits; this is only a safety net.
        System.out.flush();
        System.err.println(e.getMessage());
        return 1;
    }

    private Source readScript(String path) throws IOException {
        Path p = Paths.get(path);
        String abs = p.toAbsolutePath().normalize().toString();
        if (Files.isDirectory(p)) {
            // CPython would run the directory's __main__.py; we don't support that and exit like CPython without one.
            throw exitWith(1, "kairos: can't find '__main__' module in '" + path + "'");
        }
        if (!Files.exists(p)) {
            throw new IOException("can't open file '" + abs + "': [Errno 2] No such file or directory");
        }
        if (!Files.isReadable(p)) {
            throw new IOException("can't open file '" + abs + "': [Errno 13] Permission denied");
        }
        try {
            return Source.newBuilder(LANGUAGE_ID, new File(path)).build();
        } catch (IOException e) {
            throw new IOException("can't open file '" + abs + "': " + e.getMessage(), e);
        }
    }

    private String[] argv(String first) {
        String[] argv = new String[scriptArgs.size() + 1];
        argv[0] = first;
        for (int i = 0; i < scriptArgs.size(); i++) {
            argv[i + 1] = scriptArgs.get(i);
        }
        return argv;
    }

    /** Truffle's complaint about an unknown, experimental or malformed option (with its "Did you mean" list). */
    private static boolean isOptionError(IllegalArgumentException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("option");
    }

    private AbortException internalError(Throwable e) {
        System.out.flush();
        System.err.println("kairos: internal error: " + e.getMessage());
        e.printStackTrace(System.err);
        return exitWith(EXIT_INTERNAL);
    }

    private AbortException usageError(String message) {
        return exitWith(EXIT_USAGE, "kairos: " + message + "\n" + USAGE + "\nTry 'kairos -h' for more information.");
    }

    @Override
    protected AbortException abortUnrecognizedArgument(String argument) {
        throw usageError("unknown option " + argument);
    }

    /** Flushes both standard streams and returns the exception that makes the base class call System.exit. */
    private AbortException exitWith(int status, String stderrMessage) {
        System.out.flush();
        System.err.println(stderrMessage);
        return exitWith(status);
    }

    private AbortException exitWith(int status) {
        flushStdStreams();
        return exit(status);
    }

    private static void flushStdStreams() {
        System.out.flush();
        System.err.flush();
    }

    @Override
    protected void printVersion() {
        System.out.println(VERSION_LINE);
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        println(USAGE);
        println("Options and arguments:");
        println("  -c cmd         program passed in as string (terminates option list)");
        println("  -h, --help     print this help message and exit");
        println("  -V, --version  print the Kairos version and exit");
        println("  -u, -B, -E, -s accepted for CPython compatibility, no effect");
        println("  file           program read from script file");
        println("  -              program read from stdin");
        println("  arg ...        arguments passed to the program in sys.argv[1:]");
        println("");
        println("Polyglot options such as --engine.TraceCompilation or --log.file=<path> go before the script.");
        println("Environment of the ./kairos script: KAIROS_JIT=0 (interpreter only), KAIROS_JAVA_OPTS, KAIROS_REBUILD=1.");
    }

    /** Always a JVM launcher started by ./kairos: keeps --native/--jvm out of the help. */
    @Override
    protected VMType getDefaultVMType() {
        return VMType.JVM;
    }

    @Override
    protected boolean isStandalone() {
        return true;
    }

    @Override
    protected String[] getDefaultLanguages() {
        return new String[]{LANGUAGE_ID};
    }
}
