package org.kairos.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code ./kairos} script as a separate process, the way users do. Needs the launcher
 * module packaged first ({@code mvn verify} does that because this module depends on it); the
 * script must not try to build from inside the test.
 */
public class LauncherTest {

    private static final Path ROOT = Paths.get(System.getProperty("kairos.root", "..")).toAbsolutePath().normalize();
    private static final Path KAIROS = ROOT.resolve("kairos");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @BeforeAll
    static void launcherIsBuilt() throws IOException {
        Path target = ROOT.resolve("launcher/target");
        boolean jar;
        try (var s = Files.list(target)) {
            jar = s.anyMatch(p -> p.getFileName().toString().matches("kairos-launcher-.*\\.jar"));
        } catch (IOException e) {
            jar = false;
        }
        if (!jar || !Files.isDirectory(target.resolve("lib")) || !Files.isDirectory(target.resolve("compiler"))) {
            fail("launcher is not packaged (run 'mvn -DskipTests package' or 'mvn verify' from " + ROOT + ")");
        }
    }

    /** Exit status and captured streams of one ./kairos run. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            List<String> lines = new ArrayList<>(Arrays.asList(err.split("\n")));
            lines.removeIf(String::isBlank);
            return lines;
        }

        String lastErrLine() {
            List<String> lines = errLines();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        @Override
        public String toString() {
            return "exit=" + status + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private Run kairos(String stdin, String... args) throws Exception {
        return kairosWith(Map.of(), stdin, args);
    }

    /** Runs ./kairos with {@code env} added to the environment. */
    private Run kairosWith(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(KAIROS.toString());
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("KAIROS_REBUILD");
        pb.environment().remove("KAIROS_JIT");
        pb.environment().remove("KAIROS_JAVA_OPTS");
        pb.environment().remove("KAIROS_AOT_CACHE");
        pb.environment().putAll(env);
        File out = dir.resolve(".stdout").toFile();
        File err = dir.resolve(".stderr").toFile();
        pb.redirectOutput(out).redirectError(err);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process p = pb.start();
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("./kairos " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    private Path script(String name, String code) throws IOException {
        return Files.writeString(dir.resolve(name), code, StandardCharsets.UTF_8);
    }

    @Test
    void version() throws Exception {
        Run r = kairos(null, "--version");
        assertEquals(0, r.status, r::toString);
        assertEquals("Kairos 0.1.0 (Python 3.13 compatible)\n", r.out, r::toString);
    }

    @Test
    void missingFile() throws Exception {
        Run r = kairos(null, "nope.py");
        assertEquals(2, r.status, r::toString);
        String abs = dir.toRealPath().resolve("nope.py").toString();
        assertEquals("kairos: can't open file '" + abs + "': [Errno 2] No such file or directory", r.lastErrLine(), r::toString);
        assertEquals("", r.out, r::toString);
    }

    @Test
    void unknownOptionIsUsageError() throws Exception {
        Run r = kairos(null, "--no-such-option", "x.py");
        assertEquals(2, r.status, r::toString);
        assertTrue(r.err.contains("usage: kairos"), r::toString);
    }

    @Test
    void unknownPolyglotOptionInSystemPropertyIsUsageError() throws Exception {
        Run r = kairosWith(Map.of("KAIROS_JAVA_OPTS", "-Dpolyglot.engine.TraceCompilatio=true"), null, "-c", "print(1)");
        assertEquals(2, r.status, r::toString);
        assertEquals("kairos: Could not find option with name engine.TraceCompilatio.", r.errLines().get(0), r::toString);
        // Truffle's suggestions are kept, and no Java stack trace is printed
        assertTrue(r.err.contains("engine.TraceCompilation=<Boolean>"), r::toString);
        assertFalse(r.err.contains("internal error") || r.err.contains("\tat "), r::toString);
        assertEquals("", r.out, r::toString);
    }

    @Test
    void noScriptIsUsageError() throws Exception {
        Run r = kairos(null);
        assertEquals(2, r.status, r::toString);
        assertTrue(r.err.contains("usage: kairos"), r::toString);
    }

    @Test
    void dashCWithoutCodeIsUsageError() throws Exception {
        Run r = kairos(null, "-c");
        assertEquals(2, r.status, r::toString);
        assertTrue(r.err.contains("-c"), r::toString);
    }

    @Test
    void argvWithDashC() throws Exception {
        Run r = kairos(null, "-c", "import sys; print(sys.argv)", "a", "b");
        assertEquals(0, r.status, r::toString);
        assertEquals("['-c', 'a', 'b']\n", r.out, r::toString);
    }

    @Test
    void argumentsAfterScriptAreUntouched() throws Exception {
        script("args.py", "import sys\nprint(sys.argv)\n");
        Run r = kairos(null, "args.py", "--version", "-c", "x", "--engine.Foo");
        assertEquals(0, r.status, r::toString);
        assertEquals("['args.py', '--version', '-c', 'x', '--engine.Foo']\n", r.out, r::toString);
    }

    @Test
    void inputReadsStdin() throws Exception {
        Run r = kairos("hello from stdin\n", "-c", "print(input().upper())");
        assertEquals(0, r.status, r::toString);
        assertEquals("HELLO FROM STDIN\n", r.out, r::toString);
    }

    @Test
    void uncaughtExceptionPrintsTraceback() throws Exception {
        script("boom.py", """
                def f():
                    g()
                def g():
                    raise ValueError("boom")
                f()
                """);
        Run r = kairos(null, "boom.py");
        assertEquals(1, r.status, r::toString);
        assertTrue(r.err.startsWith("Traceback (most recent call last):\n"), r::toString);
        assertEquals("ValueError: boom", r.lastErrLine(), r::toString);
        // innermost frame last, as in CPython
        int module = r.err.indexOf("line 5, in <module>");
        int f = r.err.indexOf("line 2, in f");
        int g = r.err.indexOf("line 4, in g");
        assertTrue(module >= 0 && module < f && f < g, r::toString);
        assertTrue(r.err.contains("boom.py\", line 4, in g"), r::toString);
    }

    @Test
    void sysExitStatus() throws Exception {
        Run r = kairos(null, "-c", "import sys; print('x'); sys.exit(3)");
        assertEquals(3, r.status, r::toString);
        assertEquals("x\n", r.out, r::toString);
    }

    @Test
    void stdoutIsFlushedOnError() throws Exception {
        script("partial.py", """
                import sys
                print("line one")
                sys.stdout.write("no newline")
                raise RuntimeError("late")
                """);
        Run r = kairos(null, "partial.py");
        assertEquals(1, r.status, r::toString);
        assertEquals("line one\nno newline", r.out, r::toString);
        assertEquals("RuntimeError: late", r.lastErrLine(), r::toString);
    }

    @Test
    void stdoutIsFlushedOnSysExit() throws Exception {
        Run r = kairos(null, "-c", "import sys; sys.stdout.write('partial'); sys.exit(4)");
        assertEquals(4, r.status, r::toString);
        assertEquals("partial", r.out, r::toString);
    }

    @Test
    void syntaxError() throws Exception {
        script("bad.py", "x = 1\ndef f(:\n    pass\n");
        Run r = kairos(null, "bad.py");
        assertEquals(1, r.status, r::toString);
        assertTrue(r.err.contains("SyntaxError:"), r::toString);
        Pattern caret = Pattern.compile("(?m)^\\s*\\^+\\s*$");
        assertTrue(caret.matcher(r.err).find(), () -> "no caret line\n" + r);
        assertTrue(r.lastErrLine().startsWith("SyntaxError:"), r::toString);
    }

    /** ./kairos runs on the optimizing runtime: its JVM options (modules left out, ...) keep Graal usable. */
    @Test
    void defaultModeCompiles() throws Exception {
        Run r = kairos(null, "--experimental-options", "--engine.CompileImmediately", "--engine.BackgroundCompilation=false",
                "--engine.TraceCompilation", "-c", "def f():\n    return 1\nprint(f())");
        assertEquals(0, r.status, r::toString);
        assertEquals("1\n", r.out, r::toString);
        assertTrue(r.err.contains("opt done"), r::toString);
    }

    /**
     * A generator's frame that returns after suspending at the same yield site before must not
     * throw away its compiled caller: Truffle speculates on the class a call target returns, so
     * generator roots return one class whether they suspend or finish.
     */
    @Test
    void generatorReturnsKeepCallersCompiled() throws Exception {
        String script = """
                        def inner(k):
                            if k % 2:
                                yield k
                            return k * 10

                        def outer(n):
                            t = 0
                            for k in range(n):
                                t += yield from inner(k)
                            return t

                        def drive(n):
                            g = outer(n)
                            seen = []
                            try:
                                while True:
                                    seen.append(next(g))
                            except StopIteration as e:
                                return seen, e.value

                        for n in (1, 2, 4):
                            print(drive(n))
                        """;
        Run r = kairos(null, "--experimental-options", "--engine.CompileImmediately", "--engine.BackgroundCompilation=false",
                        "--engine.TraceCompilation", "-c", script);
        assertEquals(0, r.status, r::toString);
        assertEquals("([], 0)\n([1], 10)\n([1, 3], 60)\n", r.out, r::toString);
        assertTrue(r.err.contains("opt done"), r::toString);
        assertFalse(r.err.contains("Profiled Return Type"), r::toString);
    }

    /**
     * Comparisons of floats (a float local, a float from a list, a float against an int) keep
     * their compiled code: they used to deoptimize on every execution, so the loop was compiled
     * again and again until Graal gave up.
     */
    @Test
    void floatComparisonsKeepCompiledCode() throws Exception {
        String script = """
                        box = [0.5]

                        def count(n):
                            x = 0.0
                            k = 0
                            while x + 0.5 < n and box[0] <= 1.0 and k >= 0.0 and x != -1.0 and x == x:
                                x = x + 0.5
                                k += 1
                            return k

                        print(count(20000.0))
                        """;
        Run r = kairos(null, "--experimental-options", "--engine.BackgroundCompilation=false", "--engine.OSRCompilationThreshold=1000",
                        "--engine.TraceCompilation", "-c", script);
        assertEquals(0, r.status, r::toString);
        assertEquals("39999\n", r.out, r::toString);
        long osrCompilations = r.err.lines().filter(l -> l.contains("opt done") && l.contains("count<OSR")).count();
        assertTrue(osrCompilations >= 1 && osrCompilations <= 2, () -> osrCompilations + " compilations of the loop\n" + r);
        assertFalse(r.err.contains("opt failed"), r::toString);
    }

    /**
     * In JIT mode the launcher compiles call targets in the order they became hot (KairosMain's
     * JIT_DEFAULTS): {@code a} reaches the threshold first by calls, {@code b} afterwards by loop
     * iterations, with a far larger count by the time the compiler thread takes its first task.
     * Truffle's default queue, which takes the largest count, compiles {@code b} first. (If the
     * compiler were free before {@code b} is queued, both queues would start with {@code a}.)
     */
    @Test
    void compilationsInTheOrderTargetsBecameHot() throws Exception {
        String script = """
                        def a(x):
                            return x + 1

                        def b(n):
                            s = 0
                            for i in range(n):
                                s += i
                            return s

                        for i in range(2000):
                            a(i)
                        t = 0
                        for k in range(40):
                            t += b(100000)
                        print(t)
                        """;
        Run r = kairos(null, "--experimental-options", "--engine.OSR=false", "--engine.TraceCompilationDetails", "-c", script);
        assertEquals(0, r.status, r::toString);
        assertEquals("199998000000\n", r.out, r::toString);
        Pattern start = Pattern.compile("opt start .*?id=\\s*\\d+\\s+(\\S+)");
        List<String> started = r.err.lines().map(start::matcher).filter(m -> m.find()).map(m -> m.group(1)).toList();
        assertTrue(started.contains("a") && started.indexOf("b") > started.indexOf("a"), () -> started + "\n" + r);
    }

    /**
     * When the optimizing runtime cannot start (here: Truffle cannot unpack its native attach
     * library, since user.home is not a directory) Truffle falls back to its interpreter with a
     * warning, and the launcher's JIT-mode set-up must not touch the optimizing runtime's classes,
     * which then do not even load.
     */
    @Test
    void fallbackRuntimeRunsScripts() throws Exception {
        Run r = kairosWith(Map.of("KAIROS_JAVA_OPTS", "-Duser.home=/dev/null"), null, "-c", "import asyncio; asyncio.run(asyncio.sleep(0)); print(1)");
        assertEquals(0, r.status, r::toString);
        assertEquals("1\n", r.out, r::toString);
        assertTrue(r.err.contains("WARNING") && !r.err.contains("Exception") && !r.err.contains("Error"), r::toString);
    }

    /** Runs {@code script} with compilations traced; checks its output; returns the trace's compilation events. */
    private List<String> compilationEvents(String script, String expectedOut) throws Exception {
        Run r = kairos(null, "--experimental-options", "--engine.TraceCompilationDetails", script);
        assertEquals(0, r.status, r::toString);
        assertEquals(expectedOut, r.out, r::toString);
        return r.err.lines().filter(l -> l.startsWith("[engine] opt")).toList();
    }

    /**
     * The on-stack compilation of a function's loop is not cancelled when the function is called
     * again and its own first tier is queued (the launcher's {@code TierOrder}): the first call's
     * loop gets its compilation requested, the second call comes while it is being compiled. That
     * order depends on timing (on a busy machine the loop's compilation may not have started when
     * the first call returns), so a run without it is repeated; no run may show the cancellation.
     */
    @Test
    void ownFirstTierKeepsLoopCompilation() throws Exception {
        script("drive.py", """
                        def drive(n):
                            a = 1
                            b = 2
                            c = 3
                            for i in range(n):
                                a = (a * 31 + i) % 1000003
                                b = (b * 17 + a) % 1000033
                                c = (c * 13 + b) % 1000037
                                a = (a + b * c) % 1000039
                                b = (b + c * a) % 1000081
                                c = (c + a * b) % 1000099
                            return a + b + c

                        print(drive(150000) > 0, drive(2000000) > 0)
                        """);
        String last = "";
        for (int attempt = 0; attempt < 4; attempt++) {
            List<String> events = compilationEvents("drive.py", "True True\n");
            int started = -1;
            int queued = -1;
            int done = -1;
            for (int i = 0; i < events.size(); i++) {
                String e = events.get(i);
                assertFalse(e.matches("\\[engine] opt unque\\.\\s.*\\sdrive<OSR.*first-tier compilation queued.*"), () -> String.join("\n", events));
                if (started < 0 && e.matches("\\[engine] opt start\\s.*\\sdrive<OSR.*")) {
                    started = i;
                } else if (started >= 0 && queued < 0 && e.matches("\\[engine] opt queued\\s.*\\sdrive\\s.*\\|Tier 1\\|.*")) {
                    queued = i;
                } else if (started >= 0 && done < 0 && e.matches("\\[engine] opt done\\s.*\\sdrive<OSR.*")) {
                    done = i;
                }
            }
            if (started >= 0 && queued > started && done > queued) {
                return;
            }
            last = "OSR started at " + started + ", first tier queued at " + queued + ", OSR done at " + done + "\n" + String.join("\n", events);
        }
        fail("the first tier was never queued while the loop compiled, in 4 runs; the last:\n" + last);
    }

    /**
     * A compiled loop sees another thread's write: each loop polls a flag (a list item, a module
     * global, an attribute; in a coroutine whose loop awaits on some iterations only) that a
     * thread sets once the loop has been compiled on stack. Graal
     * used to hoist the read out of the loop, which then never ended ({@code LoopTest} and
     * {@code IterNext} fence every iteration). The trace shows that each loop's OSR compilation
     * was done before its flag was set.
     */
    @Test
    void compiledLoopSeesOtherThreadsWrite() throws Exception {
        script("flags.py", """
                        import asyncio
                        import sys
                        import threading
                        import time

                        class Box:
                            pass

                        box = Box()
                        box.done = False
                        flags = [False]
                        stop = False

                        def spin_list():
                            n = 0
                            while not flags[0]:
                                n += 1
                            return n > 0

                        def spin_global():
                            n = 0
                            while not stop:
                                n += 1
                            return n > 0

                        def spin_attr():
                            for i in range(1 << 62):
                                if box.done:
                                    return i > 0

                        async def spin_async():
                            # awaits only on some iterations, so it is compiled with the fence
                            n = 0
                            while not waiting[0]:
                                if n < 0:
                                    await asyncio.sleep(0)
                                n += 1
                            return n > 0

                        def setter(which):
                            global stop
                            time.sleep(2.5)
                            print("set " + which, file=sys.stderr, flush=True)
                            if which == "list":
                                flags[0] = True
                            elif which == "global":
                                stop = True
                            elif which == "attr":
                                box.done = True
                            else:
                                waiting[0] = True

                        waiting = [False]
                        for which, f in (("list", spin_list), ("global", spin_global), ("attr", spin_attr),
                                         ("async", lambda: asyncio.run(spin_async()))):
                            t = threading.Thread(target=setter, args=(which,))
                            t.start()
                            print(which, f())
                            t.join()
                        """);
        Run r = kairos(null, "--engine.TraceCompilation", "flags.py");
        assertEquals(0, r.status, r::toString);
        assertEquals("list True\nglobal True\nattr True\nasync True\n", r.out, r::toString);
        List<String> err = r.errLines();
        for (String which : List.of("list", "global", "attr", "async")) {
            int done = -1;
            int set = err.indexOf("set " + which);
            for (int i = 0; i < err.size() && done < 0; i++) {
                if (err.get(i).matches("\\[engine] opt done\\s.*\\sspin_" + which + "<OSR.*")) {
                    done = i;
                }
            }
            int d = done;
            assertTrue(d >= 0 && set > d, () -> which + ": OSR done at " + d + ", flag set at " + set + "\n" + r);
        }
    }

    /**
     * A first-tier compilation request cancels a running last-tier compilation (the launcher's
     * {@code TierOrder}): a thread keeps {@code build} hot, so its second tier is being compiled
     * when {@code g} becomes hot; {@code g} then starts compiling before {@code build}'s second
     * tier, which is queued again.
     */
    @Test
    void firstTierCancelsRunningLastTier() throws Exception {
        script("tiers.py", """
                        import threading
                        import time

                        def build(lo, hi):
                            if lo >= hi:
                                return None
                            mid = (lo + hi) // 2
                            return [build(lo, mid), mid, build(mid + 1, hi)]

                        def g(n):
                            s = 0
                            for i in range(n):
                                s += i
                            return s

                        state = [False, False]  # build runs compiled code; stop

                        def keep_building():
                            times = []
                            while not state[1]:
                                t = time.perf_counter()
                                build(0, 4096)
                                times.append(time.perf_counter() - t)
                                if len(times) > 2 and times[-1] * 10 < times[1]:
                                    state[0] = True

                        th = threading.Thread(target=keep_building)
                        th.start()
                        start = time.perf_counter()
                        while not state[0] and time.perf_counter() - start < 60:
                            time.sleep(0.01)
                        time.sleep(0.05)  # build's second tier is queued and starts meanwhile
                        print(state[0], sum([g(1000) for k in range(2000)]))
                        state[1] = True
                        th.join()
                        """);
        List<String> events = compilationEvents("tiers.py", "True 999000000\n");
        int cancelled = -1;
        int gStarted = -1;
        for (int i = 0; i < events.size(); i++) {
            String e = events.get(i);
            if (cancelled < 0 && e.matches("\\[engine] opt unque\\.\\s.*\\sbuild\\s.*\\|Tier 2\\|.*Reason first-tier compilation queued.*")) {
                cancelled = i;
            }
            if (gStarted < 0 && e.matches("\\[engine] opt start\\s.*\\sg\\s.*\\|Tier 1\\|.*")) {
                gStarted = i;
            }
        }
        int c = cancelled;
        int g = gStarted;
        assertTrue(c >= 0 && g > c, () -> "cancelled at " + c + ", g started at " + g + "\n" + String.join("\n", events));
    }

    /**
     * As root, JIT mode maps Java thread priorities to OS priorities: the launcher's main thread
     * runs at nice -5 (the compiler threads' level) during start-up, at 0 afterwards, guest
     * threads at 0 whenever they are made, and Truffle's compiler thread at -5 for first-tier
     * compilations only. Read from /proc (field 19 of a task's stat).
     */
    @Test
    void threadPrioritiesAsRoot() throws Exception {
        assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")), "needs root");
        String nice = """
                        import sys
                        import threading
                        import time

                        def nice():
                            f = open("/proc/thread-self/stat")
                            s = f.read()
                            f.close()
                            return int(s[s.rindex(")") + 2:].split()[16])

                        out = []
                        out.append(nice())
                        t = threading.Thread(target=lambda: out.append(nice()))
                        t.start()
                        t.join()
                        time.sleep(float(sys.argv[1]))
                        out.append(nice())
                        print(out)
                        """;
        script("nice.py", nice);
        // within the start-up time the main thread is at the top; the guest thread never is
        Run r = kairosWith(Map.of("KAIROS_JAVA_OPTS", "-Dkairos.startupPriorityMillis=600000"), null, "nice.py", "0");
        assertEquals(0, r.status, r::toString);
        assertEquals("[-5, 0, -5]\n", r.out, r::toString);
        // the launcher's own setting: back to normal once the start-up time is over
        r = kairos(null, "nice.py", "1.0");
        assertEquals(0, r.status, r::toString);
        assertTrue(r.out.endsWith(", 0, 0]\n"), r::toString);
        // no priorities with the JIT off: every thread keeps the niceness it inherited
        r = kairosWith(Map.of("KAIROS_JIT", "0"), null, "nice.py", "0");
        assertTrue(r.out.matches("\\[(-?\\d+), \\1, \\1]\n"), r::toString);

        // Truffle's compiler thread: top priority for a first-tier compilation, the script's for a
        // last-tier one (MultiTier=false makes every compilation last-tier)
        script("compiler_nice.py", """
                        import time

                        def f(x):
                            return x + 1

                        for i in range(100000):
                            f(i)
                        time.sleep(1.5)
                        fh = open("/proc/self/stat")
                        pid = int(fh.read().split()[0])
                        fh.close()
                        for t in range(pid, pid + 400):
                            try:
                                fh = open("/proc/self/task/" + str(t) + "/stat")
                            except OSError:
                                continue
                            s = fh.read()
                            fh.close()
                            if s[s.index("(") + 1:s.rindex(")")].startswith("TruffleCompiler"):
                                print(s[s.rindex(")") + 2:].split()[16])
                        """);
        r = kairos(null, "compiler_nice.py");
        assertEquals("-5\n", r.out, r::toString);
        r = kairos(null, "--experimental-options", "--engine.MultiTier=false", "compiler_nice.py");
        assertEquals("0\n", r.out, r::toString);
    }

    /**
     * The end of a loop over ints leaves its compiled code valid: the loop's value local is
     * object-tagged from the start, so the NO_VALUE that ends the loop changes no local's
     * boxing-elimination tag (which would invalidate the function's compiled code).
     */
    @Test
    void loopEndKeepsCompiledCodeValid() throws Exception {
        String script = """
                        def total(n):
                            t = 0
                            for k in range(n):
                                t += k
                            return t

                        print(total(20000), sum([total(3) for _ in range(3)]))
                        """;
        Run r = kairos(null, "--experimental-options", "--engine.BackgroundCompilation=false", "--engine.OSRCompilationThreshold=1000",
                        "--engine.TraceCompilation", "-c", script);
        assertEquals(0, r.status, r::toString);
        assertEquals("199990000 9\n", r.out, r::toString);
        assertTrue(r.err.contains("opt done") && r.err.contains("total<OSR"), r::toString);
        assertFalse(r.err.contains("local tags updated"), r::toString);
    }

    /**
     * A coroutine compiled before its body first runs (created many times by a gather) keeps its
     * compiled code: its locals, and the compiler's temporaries, are object-tagged on the first
     * call, so the first stores after the start and after the await change no tag.
     */
    @Test
    void fannedOutCoroutineKeepsCompiledCode() throws Exception {
        String script = """
                        import asyncio

                        async def leaf(i, st):
                            k = i * 3
                            await asyncio.sleep(0)
                            st[0] += k % 7
                            r = k + 1
                            return r

                        async def main():
                            st = [0]
                            rs = await asyncio.gather(*[leaf(i, st) for i in range(3000)])
                            print(st[0], sum(rs))

                        asyncio.run(main())
                        """;
        Run r = kairos(null, "--experimental-options", "--engine.BackgroundCompilation=false", "--engine.FirstTierCompilationThreshold=100",
                        "--engine.TraceCompilationDetails", "-c", script);
        assertEquals(0, r.status, r::toString);
        assertEquals("8999 13498500\n", r.out, r::toString);
        assertTrue(r.err.contains("opt done") && r.err.contains(" leaf "), r::toString);
        assertFalse(r.err.contains("local tags updated"), r::toString);
    }

    /** A stale cache (older than the jars) is replaced by a training run that prints nothing. */
    @Test
    void aotCacheIsRecordedSilentlyWhenStale() throws Exception {
        Path cache = dir.resolve("kairos.aot");
        Files.writeString(cache, "stale");
        assertTrue(cache.toFile().setLastModified(0));
        Map<String, String> env = Map.of("KAIROS_JIT", "0", "KAIROS_AOT_CACHE", cache.toString());
        for (int i = 0; i < 2; i++) {
            Run r = kairosWith(env, null, "-c", "import asyncio; asyncio.run(asyncio.sleep(0)); print('done')");
            assertEquals(0, r.status, r::toString);
            assertEquals("done\n", r.out, r::toString);
            assertEquals("", r.err, r::toString);
            assertTrue(Files.size(cache) > 1_000_000, () -> "no cache was recorded\n" + r);
            assertFalse(Files.exists(dir.resolve("kairos.aot.failed")), r::toString);
        }
    }

    /** The JVM's complaints about a cache it cannot use would go to stdout; they must not. */
    @Test
    void unusableAotCacheIsIgnoredSilently() throws Exception {
        Path cache = dir.resolve("broken.aot");
        Files.write(cache, new byte[4096]);
        Run r = kairosWith(Map.of("KAIROS_JIT", "0", "KAIROS_AOT_CACHE", cache.toString()), null, "-c", "print('ok')");
        assertEquals(0, r.status, r::toString);
        assertEquals("ok\n", r.out, r::toString);
        assertEquals("", r.err, r::toString);
    }

    /**
     * The JIT-mode cache is trained with {@code aot-training.py --jit} so that it holds the Graal
     * compiler's classes; that only works if its hot part makes Truffle compile within its time
     * (the first compilation loads most of them; a loaded machine may finish only that one).
     */
    @Test
    void jitTrainingRunCompiles() throws Exception {
        Path script = ROOT.resolve("launcher/aot-training.py");
        Run plain = kairosWith(Map.of("KAIROS_AOT_CACHE", "none"), null, "--engine.TraceCompilation", script.toString());
        assertEquals(0, plain.status, plain::toString);
        Run hot = kairosWith(Map.of("KAIROS_AOT_CACHE", "none"), null, "--engine.TraceCompilation", script.toString(), "--jit");
        assertEquals(0, hot.status, hot::toString);
        assertEquals(plain.out, hot.out, hot::toString);
        long compiled = hot.err.lines().filter(l -> l.contains("opt done")).count();
        assertTrue(compiled >= 1, () -> compiled + " compilations\n" + hot);
    }

    /**
     * Every builtin, library function and builtin method called with arguments of the wrong kind
     * raises a Python error: a Java exception (an internal error, exit status 70) is a bug.
     */
    @Test
    void oddArgumentsRaisePythonErrors() throws Exception {
        Path script = ROOT.resolve("tests/src/test/resources/robustness/odd_arguments.py");
        Run r = kairos(null, script.toString());
        assertEquals(0, r.status, r::toString);
        assertFalse(r.err.contains("internal error"), r::toString);
        assertEquals("DONE True\n", r.out, r::toString);
    }

    @Test
    void infiniteRecursion() throws Exception {
        script("rec.py", "def f(n):\n    return f(n + 1)\nf(0)\n");
        Run r = kairos(null, "rec.py");
        assertEquals(1, r.status, r::toString);
        assertEquals("RecursionError: maximum recursion depth exceeded", r.lastErrLine(), r::toString);
    }
}
