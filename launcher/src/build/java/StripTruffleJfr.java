/*
 * Build step of the launcher module (see launcher/pom.xml), run after the runtime jars are copied
 * to target/lib:
 *
 *   java -cp target/build-tools StripTruffleJfr <lib dir> <output dir>
 *
 * Removes the service file that registers Truffle's JFR event factory from lib/truffle-runtime-*.jar
 * and writes it alone to <output dir>/truffle-runtime-jfr.jar. With the factory registered and the
 * jdk.jfr module present (it always is without --limit-modules, which the AOT cache does not allow),
 * the optimizing runtime sets up its JFR events at every start: 0.3-0.5 s of CPU. ./kairos puts the
 * small jar on the class path when a flight recording is asked for. The fallback runtime
 * (KAIROS_JIT=0) has no compilation events, so nothing changes there. Does nothing when the jar has
 * already been stripped (so that an unchanged lib/ keeps its time stamps and the AOT caches).
 */
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

public class StripTruffleJfr {
    static final String SERVICE = "META-INF/services/com.oracle.truffle.runtime.jfr.EventFactory$Provider";

    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]), out = Path.of(args[1]);
        List<Path> jars;
        try (var s = Files.list(lib)) {
            jars = s.filter(p -> p.getFileName().toString().matches("truffle-runtime-.*\\.jar")).toList();
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("expected one truffle-runtime jar in " + lib + ": " + jars);
        }
        Path jar = jars.get(0);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        byte[] service = null;
        try (ZipFile zf = new ZipFile(jar.toFile())) {
            ZipEntry se = zf.getEntry(SERVICE);
            if (se == null) {
                return;
            }
            service = zf.getInputStream(se).readAllBytes();
            try (ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (ZipEntry e : Collections.list(zf.entries())) {
                    if (!e.getName().equals(SERVICE)) {
                        copy(zo, e.getName(), zf.getInputStream(e).readAllBytes());
                    }
                }
            }
        }
        Files.createDirectories(out);
        try (ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out.resolve("truffle-runtime-jfr.jar")))) {
            copy(zo, SERVICE, service);
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void copy(ZipOutputStream zo, String name, byte[] b) throws java.io.IOException {
        ZipEntry ne = new ZipEntry(name);
        ne.setTime(0);
        zo.putNextEntry(ne);
        zo.write(b);
        zo.closeEntry();
    }
}
