package io.camelmessaging.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged component jar holds the component, its generated metadata and its Kamelets only: no sandbox, bridge or
 * example class, no key or certificate, and an OSGi manifest that imports nothing the component does not use.
 */
class ComponentJarIT {

    private static final Path JAR = Path.of(System.getProperty("componentJar", "target/camel-messaging.jar"));

    @Test
    void everyClassIsAComponentClass() throws IOException {
        assertThat(entries()).filteredOn(name -> name.endsWith(".class"))
                .isNotEmpty()
                .allMatch(name -> name.startsWith("io/camelmessaging/component/"), "under io/camelmessaging/component/");
    }

    @Test
    void everyOtherFileIsCamelMetadataOrTheManifest() throws IOException {
        assertThat(entries()).filteredOn(name -> !name.endsWith("/") && !name.endsWith(".class"))
                .allMatch(name -> name.startsWith("META-INF/services/org/apache/camel/")
                                  || name.equals("META-INF/io/camelmessaging/component/messaging.json")
                                  || name.equals("META-INF/jandex.idx")
                                  || name.matches("kamelets/[a-z-]+\\.kamelet\\.yaml")
                                  || name.startsWith("META-INF/maven/") || name.equals("META-INF/MANIFEST.MF"),
                        "Camel services files, messaging.json, the Jandex index, Kamelets, Maven metadata or the manifest");
    }

    @Test
    void theKameletsAreWhereCamelLooksForThem() throws IOException {
        assertThat(entries()).contains("kamelets/messaging-sms-sink.kamelet.yaml",
                "kamelets/messaging-mms-sink.kamelet.yaml");
    }

    @Test
    void theManifestImportsNoSandboxServer() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String imports = jar.getManifest().getMainAttributes().getValue("Import-Package");
            String exports = jar.getManifest().getMainAttributes().getValue("Export-Package");
            assertThat(imports).contains("software.amazon.awssdk").doesNotContain("com.sun.net.httpserver");
            assertThat(exports).contains("io.camelmessaging.component").doesNotContain("io.camelmessaging.sandbox");
        }
    }

    private static List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            return jar.stream().map(ZipEntry::getName).toList();
        }
    }
}
