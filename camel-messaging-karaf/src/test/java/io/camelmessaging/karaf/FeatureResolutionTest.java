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
 * dependency is installed, and every import of its bundles is exported by a bundle it lists, by the Camel Karaf
 * features and bundles it lists (which must exist in Camel Karaf's features file), by Karaf or by the JDK, within its
 * version range; it declares Karaf's {@code wrap} feature as a prerequisite and installs no Netty native library. And
 * the check fails where it should.
 */
class FeatureResolutionTest {

    private static final Path TARGET = Path.of("target");
    private static final String WRAP_PREREQUISITE = "<feature prerequisite=\"true\">wrap</feature>";

    @Test
    void theGeneratedFeatureInstallsEveryDependencyAndResolves() throws Exception {
        List<Dependency> dependencies = dependencies();
        InstalledFeature feature = new InstalledFeature(generatedXml(), dependencies, camelKaraf());
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
        assertThat(check(xml.replace(">camel-jackson</feature>", ">camel-jacksn</feature>")))
                .contains("feature camel-jacksn is not a feature of Camel Karaf's features file",
                        "org.apache.camel:camel-jackson is a runtime dependency that the feature does not install");
        assertThat(check(xml.replaceFirst("<bundle>mvn:org.apache.camel.karaf/camel-attachments/([^<]*)</bundle>",
                "<feature version=\"$1\">camel-attachments</feature>")))
                .contains("feature camel-attachments is not a feature of Camel Karaf's features file",
                        "org.apache.camel:camel-attachments is a runtime dependency that the feature does not install")
                .anyMatch(p -> p.startsWith("io.camelmessaging.camel-messaging imports org.apache.camel.attachment "));
        assertThat(check(xml.replace("camel.karaf/camel-attachments/", "camel.karaf/camel-attachment/")))
                .anyMatch(p -> p.endsWith("camel-attachment/" + camelVersion(xml) + " is not a bundle of Camel "
                                          + "Karaf's features file"));
        assertThat(check(xml.replaceFirst("<bundle>wrap:(mvn:com.bucket4j/[^$]*)\\$[^<]*", "<bundle>$1")))
                .contains("mvn:com.bucket4j/bucket4j_jdk17-core/8.14.0 has no OSGi headers: Karaf cannot install it "
                          + "without wrap:")
                .anyMatch(p -> p.startsWith("io.camelmessaging.camel-messaging imports io.github.bucket4j "));
        assertThat(check(xml.replaceFirst("&amp;Import-Package=\\*;resolution:=optional", "")))
                .anyMatch(p -> p.endsWith("Import-Package=*;resolution:=optional are checked"));
    }

    @Test
    void aFeatureWithoutTheWrapPrerequisiteOrWithANettyNativeLibraryIsReported() throws Exception {
        String xml = generatedXml();
        assertThat(xml).contains(WRAP_PREREQUISITE).doesNotContain("netty-tcnative-boringssl-static");

        assertThat(check(xml.replace(WRAP_PREREQUISITE, "<feature>wrap</feature>"))).containsExactly(
                "the feature installs wrap: bundles without " + WRAP_PREREQUISITE);
        Dependency windowsSsl = dependencies().stream().filter(d -> "windows-x86_64".equals(d.classifier())
                && d.artifactId().equals("netty-tcnative-boringssl-static")).findFirst().orElseThrow();
        String bundle = "mvn:" + windowsSsl.coordinates();
        assertThat(check(xml.replace("</feature>\n</features>", "  <bundle>" + bundle + "</bundle>\n  </feature>\n"
                                                                  + "</features>")))
                .containsExactly(bundle + " is a Netty native library: the feature installs none (JDK TLS, NIO)");
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
        InstalledFeature feature = new InstalledFeature(featuresXml, dependencies(), camelKaraf());
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

    /** Camel Karaf's features file that the build copied: the Camel features and bundles that exist. */
    private static CamelKarafFeatures camelKaraf() throws Exception {
        return new CamelKarafFeatures(TARGET.resolve("karaf-it-artifacts/apache-camel-features.xml"));
    }

    private static String camelVersion(String featuresXml) {
        return featuresXml.replaceFirst("(?s).*<feature version=\"([^\"]+)\">camel-core</feature>.*", "$1");
    }

    private static List<Dependency> dependencies() throws Exception {
        return Dependency.read(TARGET.resolve("runtime-dependencies.txt"));
    }

    private static Manifest manifest(String headers) throws Exception {
        return new Manifest(new ByteArrayInputStream(("Manifest-Version: 1.0\n" + headers)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
