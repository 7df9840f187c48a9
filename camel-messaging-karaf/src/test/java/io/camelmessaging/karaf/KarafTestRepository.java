package io.camelmessaging.karaf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.Manifest;

import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.EmbeddedResource;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Resource;

/**
 * The test-only Maven repository that Karaf reads in {@link KarafFeatureIT}, in Maven's layout under target/: the
 * reactor-built component jar and generated features.xml at their own coordinates (so the test needs no
 * {@code mvn install}), and a stand-in for Camel Karaf at the coordinates the generated feature names, since Camel
 * Karaf's bundles cannot be fetched here. The stand-in is the features file
 * {@code mvn:org.apache.camel.karaf/apache-camel/<camel.version>/xml/features} with features {@code camel-core} and
 * {@code camel-jackson}, over the component's own Camel jars wrapped with bnd: the core jars merged into one bundle
 * (their {@code META-INF/services} files concatenated, so that Camel finds its own factories through one class
 * loader), {@code camel-jackson} and {@code camel-attachments} each a bundle. Every wrapped bundle exports all its
 * packages at the Camel version and imports optionally, as Karaf's {@code wrap:} does.
 */
final class KarafTestRepository {

    private static final String CAMEL_KARAF = "org/apache/camel/karaf/";
    private static final String CORE_BUNDLE = "camel-core-wrapped";

    private KarafTestRepository() {
    }

    /** Writes the repository into {@code repository} from the dependency list and features.xml under target/. */
    static void write(Path repository, Path dependencyList, Path featuresXml, String version) throws Exception {
        List<Dependency> dependencies = Dependency.read(dependencyList);
        Dependency component = dependencies.stream().filter(d -> d.artifactId().equals("camel-messaging"))
                .findFirst().orElseThrow();
        copy(component.file(), repository.resolve(path("io/camelmessaging/camel-messaging", version, ".jar")));
        copy(featuresXml, repository.resolve(
                path("io/camelmessaging/camel-messaging-karaf", version, "-features.xml")));

        List<Dependency> camel = dependencies.stream().filter(Dependency::isCamel).toList();
        String camelVersion = camel.get(0).version();
        try (Jar core = new Jar(CORE_BUNDLE)) {
            for (Dependency jar : camel) {
                if (!FeatureGenerator.CAMEL_FEATURES.contains(jar.artifactId())
                    && !FeatureGenerator.CAMEL_KARAF_BUNDLES.contains(jar.artifactId())) {
                    merge(core, jar.file());
                }
            }
            writeBundle(core, repository.resolve(path(CAMEL_KARAF + CORE_BUNDLE, camelVersion, ".jar")), camelVersion);
        }
        for (Dependency jar : camel) {
            if (FeatureGenerator.CAMEL_FEATURES.contains(jar.artifactId())
                || FeatureGenerator.CAMEL_KARAF_BUNDLES.contains(jar.artifactId())) {
                try (Jar single = new Jar(jar.file().toFile())) {
                    writeBundle(single, repository.resolve(path(CAMEL_KARAF + jar.artifactId(), camelVersion,
                            ".jar")), camelVersion);
                }
            }
        }
        Path features = repository.resolve(path(CAMEL_KARAF + "apache-camel", camelVersion, "-features.xml"));
        Files.createDirectories(features.getParent());
        Files.writeString(features, standInFeatures(camelVersion));
    }

    private static String standInFeatures(String camelVersion) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\"")
                .append(" name=\"camel-karaf-stand-in-")
                .append(camelVersion).append("\">\n")
                .append("  <feature name=\"camel-core\" version=\"").append(camelVersion).append("\">\n")
                .append("    <bundle>mvn:org.apache.camel.karaf/").append(CORE_BUNDLE).append('/').append(camelVersion)
                .append("</bundle>\n  </feature>\n");
        for (String feature : FeatureGenerator.CAMEL_FEATURES) {
            xml.append("  <feature name=\"").append(feature).append("\" version=\"").append(camelVersion)
                    .append("\">\n")
                    .append("    <feature version=\"").append(camelVersion).append("\">camel-core</feature>\n")
                    .append("    <bundle>mvn:org.apache.camel.karaf/").append(feature).append('/').append(camelVersion)
                    .append("</bundle>\n  </feature>\n");
        }
        return xml.append("</features>\n").toString();
    }

    /** Adds the jar's entries to {@code into}; a {@code META-INF/services} file both hold gets both contents. */
    private static void merge(Jar into, Path file) throws Exception {
        try (Jar jar = new Jar(file.toFile())) {
            for (var entry : jar.getResources().entrySet()) {
                String name = entry.getKey();
                Resource existing = into.getResource(name);
                if (name.equals("META-INF/MANIFEST.MF") || name.endsWith("module-info.class")) {
                    continue;
                }
                if (existing == null) {
                    into.putResource(name, new EmbeddedResource(bytes(entry.getValue()),
                            entry.getValue().lastModified()));
                } else if (name.startsWith("META-INF/services/")) {
                    ByteArrayOutputStream both = new ByteArrayOutputStream();
                    both.write(bytes(existing));
                    both.write('\n');
                    both.write(bytes(entry.getValue()));
                    into.putResource(name, new EmbeddedResource(both.toByteArray(), existing.lastModified()), true);
                }
            }
        }
    }

    private static byte[] bytes(Resource resource) throws Exception {
        try (var in = resource.openInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void writeBundle(Jar jar, Path file, String camelVersion) throws Exception {
        String symbolicName = "org.apache.camel.karaf." + file.getParent().getParent().getFileName();
        try (Analyzer analyzer = new Analyzer(jar)) {
            analyzer.setProperty("Bundle-SymbolicName", symbolicName);
            analyzer.setProperty("Bundle-Version", camelVersion);
            analyzer.setProperty("Export-Package", "*;version=\"" + camelVersion + "\"");
            analyzer.setProperty("Import-Package", "*;resolution:=optional");
            analyzer.setProperty("DynamicImport-Package", "*");
            Manifest manifest = analyzer.calcManifest();
            jar.setManifest(manifest);
            Files.createDirectories(file.getParent());
            jar.write(file.toFile());
        }
    }

    private static Path path(String groupAndArtifact, String version, String suffix) {
        String artifactId = groupAndArtifact.substring(groupAndArtifact.lastIndexOf('/') + 1);
        return Path.of(groupAndArtifact, version, artifactId + "-" + version + suffix);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
