package io.camelmessaging.karaf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import aQute.bnd.version.Version;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated feature resolves at the package level: every import of its bundles is exported by a bundle of the
 * feature, Camel or the JDK, within its version range. And the check fails where it should.
 */
class FeatureResolutionTest {

    private static final Path TARGET = Path.of("target");

    @Test
    void everyImportOfTheFeaturesBundlesResolves() throws Exception {
        List<Dependency> dependencies = Dependency.read(TARGET.resolve("runtime-dependencies.txt"));
        List<Bundle> bundles = FeatureGenerator.bundles(dependencies);
        FeatureResolution resolution = new FeatureResolution(bundles, FeatureResolution.providedPackages(dependencies));

        List<String> problems = resolution.problems(bundles);

        long wrapped = bundles.stream().filter(b -> b.location().startsWith("wrap:")).count();
        System.out.printf("karaf feature: %d bundles (%d OSGi, %d wrapped), %d jars provided by Karaf, %d imports resolved, "
                          + "%d unresolved, optional imports left unresolved: %s%n", bundles.size(),
                bundles.size() - wrapped, wrapped, dependencies.stream().filter(Dependency::providedByKaraf).count(),
                resolution.resolvedImports(), problems.size(), resolution.missingOptionalImports());
        assertThat(problems).isEmpty();
        assertThat(bundles).extracting(Bundle::name).contains("io.camelmessaging.camel-messaging");
    }

    @Test
    void theFeaturesXmlListsEveryBundleAndTheCamelFeatures() throws Exception {
        String xml = Files.readString(TARGET.resolve("feature/features.xml"));
        List<Dependency> dependencies = Dependency.read(TARGET.resolve("runtime-dependencies.txt"));

        assertThat(xml).contains("<feature name=\"camel-messaging\"", ">camel-core</feature>",
                ">camel-jackson</feature>", ">camel-attachments</feature>",
                "<bundle>mvn:io.camelmessaging/camel-messaging/");
        for (Bundle bundle : FeatureGenerator.bundles(dependencies)) {
            assertThat(xml).contains("<bundle>" + bundle.location().replace("&", "&amp;").replace("\"", "&quot;"));
        }
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

    private static Manifest manifest(String headers) throws Exception {
        return new Manifest(new ByteArrayInputStream(("Manifest-Version: 1.0\n" + headers)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
