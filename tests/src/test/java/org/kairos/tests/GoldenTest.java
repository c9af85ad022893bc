package org.kairos.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: every {@code X.py} under {@code tests/src/test/resources} with a sibling {@code X.out}
 * is run in-process as {@code __main__} and its stdout plus exit status are compared with
 * {@code X.out} (the exact stdout, a newline if stdout does not end with one, then {@code exit=N}).
 * If {@code X.err} exists, stderr must match it exactly too.
 *
 * <p>Cases listed in {@code tests/known-failures.txt} are reported as skipped while they fail and
 * make the run fail once they pass (so the list only shrinks).
 *
 * <p>System properties:
 * <ul>
 * <li>{@code kairos.golden.filter=<substring>}: run only cases whose id contains the substring;
 * <li>{@code kairos.golden.updateKnownFailures=true}: rewrite known-failures.txt with the currently
 * failing cases instead of failing;
 * <li>{@code kairos.golden.timeout=<seconds>}: time limit per case (default 20).
 * </ul>
 */
public class GoldenTest {

    static final String LANG = "kairos";
    private static final String FILTER = System.getProperty("kairos.golden.filter", "");
    private static final boolean UPDATE = Boolean.getBoolean("kairos.golden.updateKnownFailures");
    private static final long TIMEOUT_SECONDS = Long.getLong("kairos.golden.timeout", 20);
    /** Python recursion tests need deep Java stacks; the worker thread gets its own large stack. */
    private static final long WORKER_STACK = 64L << 20;

    private static final Path ROOT = Paths.get(System.getProperty("kairos.root", "..")).toAbsolutePath().normalize();
    private static final Path CASES = ROOT.resolve("tests/src/test/resources");
    private static final Path KNOWN_FAILURES = ROOT.resolve("tests/known-failures.txt");

    /** For the update mode: failing cases of this run (id -> first difference) and all ids that ran. */
    private static final Map<String, String> failures = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> ran = new ConcurrentHashMap<>();

    private static Engine engine;

    @TestFactory
    Stream<DynamicNode> golden() throws IOException {
        KnownFailures known = KnownFailures.read(KNOWN_FAILURES);
        List<Path> scripts = findCases();
        List<DynamicNode> tests = new ArrayList<>();
        for (Path script : scripts) {
            String id = caseId(script);
            if (!id.contains(FILTER)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(id, script.toUri(), () -> runCase(id, script, known)));
        }
        if (FILTER.isEmpty() && !UPDATE) {
            tests.add(DynamicTest.dynamicTest("known-failures.txt lists only existing cases", () -> {
                List<String> ids = scripts.stream().map(GoldenTest::caseId).toList();
                List<String> stale = known.entries.keySet().stream().filter(k -> known.find(ids, k) == null).toList();
                assertTrue(stale.isEmpty(), "tests/known-failures.txt lists cases that do not exist: " + stale);
            }));
        }
        assertTrue(!tests.isEmpty() || !FILTER.isEmpty(), "no golden cases found under " + CASES);
        return tests.stream();
    }

    private static List<Path> findCases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> Files.isRegularFile(outFile(p)))
                    .sorted()
                    .toList();
        }
    }

    /** Case id: path relative to the resources root, without ".py", e.g. {@code conformance/cancel/03_cancel_message}. */
    static String caseId(Path script) {
        String rel = CASES.relativize(script).toString().replace('\\', '/');
        return rel.substring(0, rel.length() - ".py".length());
    }

    static Path outFile(Path script) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - 3) + ".out");
    }

    private static Path errFile(Path script) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - 3) + ".err");
    }

    private static void runCase(String id, Path script, KnownFailures known) throws Exception {
        String expectedOut = normalizeOut(Files.readString(outFile(script), StandardCharsets.UTF_8));
        Path err = errFile(script);
        String expectedErr = Files.isRegularFile(err) ? Files.readString(err, StandardCharsets.UTF_8) : null;

        Result r = null;
        String actualOut = null;
        String reason = null;
        // a failing case runs once more: timer-based asyncio cases can miss a deadline while the
        // shared JVM is busy compiling; a deterministic failure fails both times
        for (int attempt = 0; attempt < 2; attempt++) {
            r = run(script);
            actualOut = r.formattedOut();
            reason = null;
            if (r.timedOut) {
                reason = "timeout after " + TIMEOUT_SECONDS + " s";
            } else if (!expectedOut.equals(actualOut)) {
                reason = "stdout: " + firstDifference(expectedOut, actualOut);
            } else if (expectedErr != null && !expectedErr.equals(r.err)) {
                reason = "stderr: " + firstDifference(expectedErr, r.err);
            }
            if (reason == null || known.reasonFor(id) != null) {
                break;
            }
        }
        ran.put(id, Boolean.TRUE);
        if (reason != null) {
            failures.put(id, reason);
        }

        String knownReason = known.reasonFor(id);
        if (UPDATE) {
            Assumptions.assumeTrue(reason == null, () -> "failing (recorded in known-failures.txt): " + failures.get(id));
            return;
        }
        if (knownReason != null) {
            if (reason == null) {
                fail(id + " now passes: remove it from tests/known-failures.txt (the list only shrinks)");
            }
            Assumptions.abort("known failure (" + knownReason + "); now: " + reason);
        }
        if (reason != null) {
            // internal errors: the top of the Java stack trace matters; tracebacks: the last lines
            String context = r.status == 70 ? "\n--- stderr (first lines) ---\n" + head(r.err, 15)
                    : "\n--- stderr (last lines) ---\n" + tail(r.err, 30);
            if (r.timedOut) {
                fail(id + ": " + reason + "\n--- stdout ---\n" + tail(r.out, 30) + context);
            } else if (!expectedOut.equals(actualOut)) {
                assertEquals(expectedOut, actualOut, id + ": " + reason + context);
            } else {
                assertEquals(expectedErr, r.err, id + ": " + reason + context);
            }
        }
    }

    /** .out files end with "exit=N" and usually a newline; compare with exactly one trailing newline. */
    static String normalizeOut(String s) {
        String t = s.replace("\r\n", "\n");
        while (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\n";
    }

    /** Result of one in-process run. */
    record Result(String out, String err, int status, boolean timedOut) {
        String formattedOut() {
            String sep = out.isEmpty() || out.endsWith("\n") ? "" : "\n";
            return out + sep + "exit=" + status + "\n";
        }
    }

    private static synchronized Engine engine() {
        if (engine == null) {
            // One engine for all cases: code caches and compilations are shared, contexts stay isolated.
            engine = Engine.newBuilder(LANG).option("engine.WarnInterpreterOnly", "false").build();
        }
        return engine;
    }

    /** Runs a script as __main__ in a fresh context, with the same exit-status rules as the launcher. */
    static Result run(Path script) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Context> contextRef = new AtomicReference<>();
        int[] status = {0};
        CountDownLatch done = new CountDownLatch(1);
        Runnable body = () -> {
            try {
                Context ctx = Context.newBuilder(LANG)
                        .engine(engine())
                        .allowAllAccess(true)
                        .option("kairos.Main", "true")
                        .arguments(LANG, new String[]{script.getFileName().toString()})
                        .currentWorkingDirectory(script.getParent())
                        .in(new ByteArrayInputStream(new byte[0]))
                        .out(out)
                        .err(err)
                        .build();
                contextRef.set(ctx);
                try {
                    ctx.eval(Source.newBuilder(LANG, script.toFile()).build());
                } catch (PolyglotException e) {
                    status[0] = statusOf(e, err);
                }
                try {
                    ctx.close();
                } catch (PolyglotException e) {
                    if (e.isExit()) {
                        status[0] = e.getExitStatus();
                    }
                } catch (IllegalStateException e) {
                    ctx.close(true); // guest threads still running
                }
            } catch (Throwable t) {
                status[0] = 70;
                writeInternal(err, t);
            } finally {
                done.countDown();
            }
        };
        Thread worker = new Thread(null, body, "golden-" + script.getFileName(), WORKER_STACK);
        worker.setDaemon(true); // a stuck guest must not keep the test JVM alive
        worker.start();
        if (!done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            Context ctx = contextRef.get();
            if (ctx != null) {
                try {
                    ctx.close(true);
                } catch (RuntimeException ignored) {
                    // cancelling a context that is in a bad state must not hide the timeout
                }
            }
            done.await(5, TimeUnit.SECONDS);
            String e = err.toString(StandardCharsets.UTF_8) + "\n[golden] timeout after " + TIMEOUT_SECONDS + " s";
            return new Result(out.toString(StandardCharsets.UTF_8), e, -1, true);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status[0], false);
    }

    private static int statusOf(PolyglotException e, ByteArrayOutputStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInternalError() || e.isHostException() || !e.isGuestException()) {
            writeInternal(err, e);
            return 70;
        }
        // kairos.Main=true should have handled it; mirror the launcher's safety net
        err.writeBytes((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        return 1;
    }

    private static void writeInternal(ByteArrayOutputStream err, Throwable t) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.println("kairos: internal error: " + t.getMessage());
        t.printStackTrace(pw);
        pw.flush();
        err.writeBytes(sw.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": expected " + shorten(el) + " got " + shorten(al);
            }
        }
        return "identical";
    }

    private static String shorten(String s) {
        String q = "'" + s.replace("#", "\\x23") + "'"; // '#' starts the comment in known-failures.txt
        return q.length() > 80 ? q.substring(0, 77) + "...'" : q;
    }

    private static String head(String s, int lines) {
        String[] all = s.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, 0, Math.min(lines, all.length)));
    }

    private static String tail(String s, int lines) {
        String[] all = s.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
    }

    @AfterAll
    static void finish() throws IOException {
        if (engine != null) {
            engine.close(true);
            engine = null;
        }
        if (UPDATE && !ran.isEmpty()) {
            KnownFailures.read(KNOWN_FAILURES).rewrite(KNOWN_FAILURES, ran.keySet(), failures, findCases());
        }
    }

    /** Parsed {@code tests/known-failures.txt}: lines {@code id  # reason}, {@code #} comments, blank lines. */
    static final class KnownFailures {
        final List<String> header = new ArrayList<>();
        final Map<String, String> entries = new TreeMap<>();

        static KnownFailures read(Path file) throws IOException {
            KnownFailures k = new KnownFailures();
            if (!Files.exists(file)) {
                return k;
            }
            boolean inHeader = true;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    if (inHeader) {
                        k.header.add(line);
                    }
                    continue;
                }
                inHeader = false;
                int hash = trimmed.indexOf('#');
                String id = (hash < 0 ? trimmed : trimmed.substring(0, hash)).strip();
                String reason = hash < 0 ? "" : trimmed.substring(hash + 1).strip();
                k.entries.put(id, reason.isEmpty() ? "listed" : reason);
            }
            return k;
        }

        /** Entries may name the full id or the id without its top directory ({@code cancel/03_x}). */
        String reasonFor(String id) {
            String r = entries.get(id);
            if (r == null) {
                int slash = id.indexOf('/');
                r = slash < 0 ? null : entries.get(id.substring(slash + 1));
            }
            return r;
        }

        String find(List<String> ids, String entry) {
            for (String id : ids) {
                if (id.equals(entry) || id.substring(id.indexOf('/') + 1).equals(entry)) {
                    return id;
                }
            }
            return null;
        }

        /** Keeps entries of cases not run this time (filter), replaces the rest with this run's failures. */
        void rewrite(Path file, java.util.Set<String> ranIds, Map<String, String> failed, List<Path> allCases) throws IOException {
            List<String> ids = allCases.stream().map(GoldenTest::caseId).toList();
            Map<String, String> result = new TreeMap<>();
            for (Map.Entry<String, String> e : entries.entrySet()) {
                String id = find(ids, e.getKey());
                if (id != null && !ranIds.contains(id)) {
                    result.put(id, e.getValue());
                }
            }
            result.putAll(failed);
            StringBuilder sb = new StringBuilder();
            for (String h : header) {
                sb.append(h).append('\n');
            }
            int width = result.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (Map.Entry<String, String> e : result.entrySet()) {
                sb.append(e.getKey()).append(" ".repeat(width - e.getKey().length() + 2))
                        .append("# ").append(e.getValue().replace('\n', ' ')).append('\n');
            }
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        }
    }
}
