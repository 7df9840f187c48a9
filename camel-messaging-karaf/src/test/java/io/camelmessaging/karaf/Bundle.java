package io.camelmessaging.karaf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;

/**
 * One bundle of the feature as the OSGi framework would see it: its location, the packages it exports with their
 * versions, and the packages it imports with their ranges. A jar without OSGi headers is installed with Karaf's
 * {@code wrap:} handler, which exports every package of the jar at the jar's version and imports optionally.
 *
 * @param location    the Karaf bundle location, {@code mvn:} or {@code wrap:mvn:}
 * @param name        the symbolic name, or the Maven coordinates of a wrapped jar
 * @param exports     exported package to version
 * @param imports     the imported packages
 */
record Bundle(String location, String name, Map<String, Version> exports, List<Import> imports) {

    /** An imported package with its version range; optional imports need not resolve. */
    record Import(String packageName, VersionRange range, boolean optional) {
    }

    /** The bundle of a Maven artifact, from its manifest, or wrapped when it has no OSGi headers. */
    static Bundle of(Dependency artifact) throws IOException {
        Manifest manifest = manifest(artifact.file());
        String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (symbolicName == null) {
            Version version = osgiVersion(artifact.version());
            Map<String, Version> exports = new TreeMap<>();
            packagesOf(artifact.file()).forEach(p -> exports.put(p, version));
            return new Bundle("wrap:mvn:" + artifact.coordinates() + "$Bundle-SymbolicName=" + artifact.groupId() + "."
                              + artifact.artifactId() + "&Bundle-Version=" + version + "&Export-Package=*;version=\""
                              + version + "\"&Import-Package=*;resolution:=optional",
                    artifact.groupId() + ":" + artifact.artifactId(), exports, List.of());
        }
        return fromManifest("mvn:" + artifact.coordinates(), manifest);
    }

    /** A bundle from its manifest headers. */
    static Bundle fromManifest(String location, Manifest manifest) {
        String symbolicName = manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim();
        Map<String, Version> exports = new TreeMap<>();
        new Parameters(manifest.getMainAttributes().getValue("Export-Package")).forEach((name, attrs) ->
                exports.put(Processor.removeDuplicateMarker(name), Version.parseVersion(attrs.getVersion())));
        List<Import> imports = new ArrayList<>();
        new Parameters(manifest.getMainAttributes().getValue("Import-Package")).forEach((name, attrs) ->
                imports.add(new Import(Processor.removeDuplicateMarker(name), range(attrs),
                        "optional".equals(attrs.get("resolution:")))));
        return new Bundle(location, symbolicName, exports, Collections.unmodifiableList(imports));
    }

    private static VersionRange range(Attrs attrs) {
        String range = attrs.getVersion();
        return new VersionRange(range == null ? "0.0.0" : range);
    }

    /** Maven's 1.2.3-SNAPSHOT or 4.1.126.Final as OSGi's 1.2.3.SNAPSHOT and 4.1.126.Final. */
    static Version osgiVersion(String mavenVersion) {
        return Version.parseVersion(aQute.bnd.version.MavenVersion.cleanupVersion(mavenVersion));
    }

    private static Manifest manifest(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            Path manifest = file.resolve("META-INF/MANIFEST.MF");
            if (!Files.exists(manifest)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(manifest)) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(file.toFile())) {
            return jar.getManifest();
        }
    }

    /** The packages that hold classes, in a jar or a classes directory. */
    static List<String> packagesOf(Path file) throws IOException {
        List<String> classes;
        if (Files.isDirectory(file)) {
            try (Stream<Path> walk = Files.walk(file)) {
                classes = walk.map(p -> file.relativize(p).toString().replace(File.separatorChar, '/')).toList();
            }
        } else {
            try (JarFile jar = new JarFile(file.toFile())) {
                classes = jar.stream().map(e -> e.getName()).toList();
            }
        }
        return classes.stream().filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
                .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.')).distinct().sorted().toList();
    }
}
