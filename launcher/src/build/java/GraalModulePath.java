/*
 * Build step of the launcher module (compiled on its own and run by exec-maven-plugin with the
 * JDK 25 toolchain, see launcher/pom.xml): turns the Graal compiler jars of target/compiler into jars for the JVM's
 * --module-path, so that JIT mode can start without --upgrade-module-path (which disables CDS and the
 * JDK's AOT cache). See docs/performance.md, "Startup".
 *
 *   java -cp target/build-tools GraalModulePath <compiler jar dir> <output dir> <source of TrustCompilerClasses>
 *
 * Output: the four jars, rewritten, and jvmci.args, a JVM @argfile with the exports and opens the
 * compiler module needs.
 *
 * Why the rewriting: Truffle looks the compiler up as the boot-layer module "jdk.graal.compiler" or
 * "jdk.internal.vm.compiler". JDK 25's run-time image has an empty jdk.graal.compiler of its own,
 * which only --upgrade-module-path can replace; the old name is free. So:
 *  - the compiler module is renamed to jdk.internal.vm.compiler, and qualified exports to
 *    jdk.graal.compiler in all four jars now go to that name;
 *  - its "provides jdk.vm.ci.services.JVMCIServiceLocator" is dropped: boot-layer resolution rejects
 *    it (the module does not read a module that exports jdk.vm.ci.services to it; command-line
 *    exports come too late). That locator is how JVMCI opens its packages to the compiler, so the
 *    launcher passes them as --add-exports/--add-opens instead (jvmci.args). Graal is used by
 *    Truffle only, never as the JVM's own JIT, which is what the locator is for;
 *  - TrustCompilerClasses is compiled and added as a GeneratedPluginFactory service: the compiler
 *    classes are now in the application class loader, which Graal does not trust for intrinsics;
 *  - each descriptor gets a ModulePackages attribute (as jar --create writes), so that the JVM
 *    need not list the entries of the 10 MB compiler jar when no AOT cache has the module graph.
 */
import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.attribute.ModuleAttribute;
import java.lang.classfile.attribute.ModuleExportInfo;
import java.lang.classfile.attribute.ModulePackagesAttribute;
import java.lang.classfile.attribute.ModuleProvideInfo;
import java.lang.constant.ClassDesc;
import java.lang.constant.ModuleDesc;
import java.lang.constant.PackageDesc;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;

public class GraalModulePath {
    static final String GRAAL = "jdk.graal.compiler";
    static final String RENAMED = "jdk.internal.vm.compiler";
    static final String JVMCI = "jdk.internal.vm.ci";
    static final String PLUGIN_FACTORY = "jdk/graal/compiler/nodes/graphbuilderconf/GeneratedPluginFactory";
    static final String TRUST_CLASS = "org.kairos.graal.TrustCompilerClasses";

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]), out = Path.of(args[1]), trustSource = Path.of(args[2]);
        List<Path> jars;
        try (var s = Files.list(in)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no jars in " + in);
        }
        Path stamp = out.resolve("jvmci.args");
        if (upToDate(stamp, jars, trustSource)) {
            return;
        }
        // Remove earlier output (other jar versions) but keep the directory.
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
        Path classes = Files.createTempDirectory("kairos-graal-trust");
        try {
            compileTrustClass(trustSource, jars, classes);
            boolean renamed = false;
            for (Path jar : jars) {
                renamed |= rewrite(jar, out.resolve(jar.getFileName()), classes);
            }
            if (!renamed) {
                throw new IllegalStateException("no module " + GRAAL + " in " + in);
            }
        } finally {
            try (var s = Files.walk(classes)) {
                for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        // Every package of JVMCI, exported and opened to the compiler, as JVMCI itself does for the
        // module of a JVMCIServiceLocator; plus jdk.internal.misc, which Truffle also exports at run time.
        var pkgs = new TreeSet<>(ModuleFinder.ofSystem().find(JVMCI).orElseThrow().descriptor().packages());
        StringBuilder sb = new StringBuilder("--add-exports=java.base/jdk.internal.misc=" + RENAMED + "\n");
        for (String p : pkgs) {
            sb.append("--add-exports=").append(JVMCI).append('/').append(p).append('=').append(RENAMED).append('\n');
            sb.append("--add-opens=").append(JVMCI).append('/').append(p).append('=').append(RENAMED).append('\n');
        }
        Files.writeString(stamp, sb);
    }

    static boolean upToDate(Path stamp, List<Path> inputs, Path trustSource) throws IOException {
        if (!Files.exists(stamp)) {
            return false;
        }
        FileTime t = Files.getLastModifiedTime(stamp);
        List<Path> all = new ArrayList<>(inputs);
        all.add(trustSource);
        try {
            all.add(Path.of(GraalModulePath.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("GraalModulePath.class"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        for (Path p : all) {
            if (Files.getLastModifiedTime(p).compareTo(t) >= 0) {
                return false;
            }
        }
        return true;
    }

    static void compileTrustClass(Path source, List<Path> jars, Path outDir) {
        String cp = String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList());
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", outDir.toString(), "-cp", cp, "-nowarn", "-Xlint:-options",
                "--add-modules", JVMCI, "--add-exports", JVMCI + "/jdk.vm.ci.meta=ALL-UNNAMED",
                source.toString());
        if (rc != 0) {
            throw new IllegalStateException("javac failed on " + source);
        }
    }

    /** Copies jar {@code in} to {@code out} with its module descriptor adapted; true if it was the compiler. */
    static boolean rewrite(Path in, Path out, Path trustClasses) throws IOException {
        boolean[] isCompiler = {false};
        try (ZipFile zf = new ZipFile(in.toFile()); OutputStream os = Files.newOutputStream(out); ZipOutputStream zo = new ZipOutputStream(os)) {
            // Packages: directories of entries outside META-INF, plus the trust class's if this is the compiler.
            TreeSet<String> packages = new TreeSet<>();
            for (ZipEntry e : Collections.list(zf.entries())) {
                addPackage(packages, e.getName());
            }
            for (ZipEntry e : Collections.list(zf.entries())) {
                byte[] b = zf.getInputStream(e).readAllBytes();
                if (e.getName().equals("module-info.class")) {
                    b = rewriteDescriptor(b, isCompiler, packages);
                }
                put(zo, e.getName(), b);
            }
            if (isCompiler[0]) {
                try (var s = Files.walk(trustClasses)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        put(zo, trustClasses.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        }
        return isCompiler[0];
    }

    static void addPackage(TreeSet<String> packages, String entry) {
        int slash = entry.lastIndexOf('/');
        if (entry.endsWith("/") || slash <= 0 || entry.startsWith("META-INF/")) {
            return;
        }
        String pkg = entry.substring(0, slash).replace('/', '.');
        for (String part : pkg.split("\\.")) {
            if (!javax.lang.model.SourceVersion.isIdentifier(part) || javax.lang.model.SourceVersion.isKeyword(part)) {
                return;
            }
        }
        packages.add(pkg);
    }

    static void put(ZipOutputStream zo, String name, byte[] b) throws IOException {
        ZipEntry ne = new ZipEntry(name);
        ne.setTime(0); // reproducible output
        zo.putNextEntry(ne);
        zo.write(b);
        zo.closeEntry();
    }

    static byte[] rewriteDescriptor(byte[] bytes, boolean[] isCompiler, TreeSet<String> packages) {
        ClassFile cf = ClassFile.of();
        ClassModel cm = cf.parse(bytes);
        return cf.transformClass(cm, (cb, ce) -> {
            if (ce instanceof ModulePackagesAttribute) {
                return; // written anew below
            }
            if (!(ce instanceof ModuleAttribute ma)) {
                cb.with(ce);
                return;
            }
            String name = ma.moduleName().name().stringValue();
            boolean compiler = name.equals(GRAAL);
            isCompiler[0] |= compiler;
            if (compiler) {
                packages.add(TRUST_CLASS.substring(0, TRUST_CLASS.lastIndexOf('.')));
            }
            cb.with(ModulePackagesAttribute.ofNames(packages.stream().map(PackageDesc::of).toList()));
            cb.with(ModuleAttribute.of(ModuleDesc.of(compiler ? RENAMED : name), mb -> {
                mb.moduleFlags(ma.moduleFlagsMask());
                ma.moduleVersion().ifPresent(v -> mb.moduleVersion(v.stringValue()));
                ma.requires().forEach(mb::requires);
                for (ModuleExportInfo ex : ma.exports()) {
                    ModuleDesc[] targets = ex.exportsTo().stream().map(t -> t.name().stringValue())
                            .map(t -> ModuleDesc.of(t.equals(GRAAL) ? RENAMED : t)).toArray(ModuleDesc[]::new);
                    mb.exports(ex.exportedPackage().asSymbol(), ex.exportsFlags(), targets);
                }
                ma.opens().forEach(mb::opens);
                ma.uses().forEach(mb::uses);
                for (ModuleProvideInfo p : ma.provides()) {
                    String service = p.provides().asInternalName();
                    if (service.startsWith("jdk/vm/ci/")) {
                        continue;
                    }
                    if (compiler && service.equals(PLUGIN_FACTORY)) {
                        List<ClassDesc> impls = new ArrayList<>();
                        p.providesWith().forEach(c -> impls.add(c.asSymbol()));
                        impls.add(ClassDesc.of(TRUST_CLASS));
                        mb.provides(p.provides().asSymbol(), impls.toArray(ClassDesc[]::new));
                    } else {
                        mb.provides(p);
                    }
                }
            }));
        });
    }
}
