package io.camelmessaging.karaf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import aQute.bnd.version.Version;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated features.xml, read as Karaf would install it, resolves at the package level: every runtime
 * dependency is installed, and every import of its bundles is exported by a bundle it lists, by the Camel features it
 * lists, by Karaf or by the JDK, within its version range. And the check fails where it should.
 */
class FeatureResolutionTest {

    private static final Path TARGET = Path.of("target");

    @Test
    void theGeneratedFeatureInstallsEveryDependencyAndResolves() throws Exception {
        List<Dependency> dependencies = dependencies();
        InstalledFeature feature = new InstalledFeature(generatedXml(), dependencies);
        FeatureResolution resolution = new FeatureResolution(feature.bundles(), feature.providedPackages());

        List<String> problems = problems(feature, resolution);

        long wrapped = feature.bundles().stream().filter(b -> b.location().startsWith("wrap:")).count();
        System.out.printf("karaf feature: %d bundles (%d OSGi, %d wrapped), %d packages from Karaf, %d imports "
                          + "resolved, %d problems, optional imports left unresolved: %s%n", feature.bundles().size(),
                feature.bundles().size() - wrapped, wrapped, feature.providedPackages().size(),
                resolution.resolvedImports(), problems.size(), resolution.missingOptionalImports());
        assertThat(problems).isEmpty();
        assertThat(feature.bundles()).extracting(Bundle::name).contains("io.camelmessaging.camel-messaging");
    }

    @Test
    void aFeatureThatLacksABundleOrACamelFeatureOrWrapsWronglyIsReported() throws Exception {
        String xml = generatedXml();

        assertThat(check(xml.replaceAll("\\s*<bundle>wrap:mvn:software.amazon.awssdk/pinpointsmsvoicev2/[^<]*</bundle>",
                ""))).contains("software.amazon.awssdk:pinpointsmsvoicev2 is a runtime dependency that the feature "
                               + "does not install")
                .anyMatch(p -> p.startsWith("io.camelmessaging.camel-messaging imports "
                                            + "software.amazon.awssdk.services.pinpointsmsvoicev2 "));
        assertThat(check(xml.replace(">camel-attachments</feature>", ">camel-attachment</feature>")))
                .contains("feature camel-attachment is not a Camel Karaf feature this check knows",
                        "org.apache.camel:camel-attachments is a runtime dependency that the feature does not install")
                .anyMatch(p -> p.startsWith("io.camelmessaging.camel-messaging imports org.apache.camel.attachment "));
        assertThat(check(xml.replaceFirst("<bundle>wrap:(mvn:com.bucket4j/[^$]*)\\$[^<]*", "<bundle>$1")))
                .contains("mvn:com.bucket4j/bucket4j_jdk17-core/8.14.0 has no OSGi headers: Karaf cannot install it "
                          + "without wrap:")
                .anyMatch(p -> p.startsWith("io.camelmessaging.camel-messaging imports io.github.bucket4j "));
        assertThat(check(xml.replaceFirst("&amp;Import-Package=\\*;resolution:=optional", "")))
                .anyMatch(p -> p.endsWith("Import-Package=*;resolution:=optional are checked"));
    }

    @Test
    void aMissingPackageOrAVersionOutOfRangeIsReported() throws Exception {
        Bundle consumer = Bundle.fromManifest("mvn:test/consumer/1.0", manifest("""
                Bundle-SymbolicName: test.consumer
                Import-Package: com.example.missing,com.example.old;version="[2.0,3)",
                 com.example.present;version="[1.0,2)",com.example.maybe;resolution:=optional,javax.net.ssl
                """));
        Bundle provider = Bundle.fromManifest("mvn:test/provider/1.0", manifest("""
                Bundle-SymbolicName: test.provider
                Export-Package: com.example.present;version="1.5.0",com.example.old;version="1.9.0"
                """));
        FeatureResolution resolution = new FeatureResolution(List.of(consumer, provider), Map.of());

        List<String> problems = resolution.problems(List.of(consumer, provider));

        assertThat(problems).containsExactly(
                "test.consumer imports com.example.missing 0.0.0, which nothing exports",
                "test.consumer imports com.example.old [2.0.0,3.0.0), exported only as [1.9.0]");
        assertThat(resolution.missingOptionalImports()).containsExactly("com.example.maybe");
        assertThat(resolution.resolvedImports()).isEqualTo(2);
        assertThat(Bundle.osgiVersion("4.1.126.Final")).isEqualTo(new Version(4, 1, 126, "Final"));
    }

    /** The problems of a features.xml: what it cannot install or misses, then its unresolved imports. */
    private static List<String> check(String featuresXml) throws Exception {
        InstalledFeature feature = new InstalledFeature(featuresXml, dependencies());
        return problems(feature, new FeatureResolution(feature.bundles(), feature.providedPackages()));
    }

    private static List<String> problems(InstalledFeature feature, FeatureResolution resolution) {
        List<String> problems = new ArrayList<>(feature.problems());
        problems.addAll(resolution.problems(feature.bundles()));
        return problems;
    }

    private static String generatedXml() throws Exception {
        return Files.readString(TARGET.resolve("feature/features.xml"));
    }

    private static List<Dependency> dependencies() throws Exception {
        return Dependency.read(TARGET.resolve("runtime-dependencies.txt"));
    }

    private static Manifest manifest(String headers) throws Exception {
        return new Manifest(new ByteArrayInputStream(("Manifest-Version: 1.0\n" + headers)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
