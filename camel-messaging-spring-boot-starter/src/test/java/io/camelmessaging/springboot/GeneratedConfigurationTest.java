package io.camelmessaging.springboot;

import java.io.IOException;
import java.nio.file.Path;

import io.camelmessaging.docs.GeneratedFiles;
import io.camelmessaging.docs.MessagingCatalog;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's configuration class and additional metadata are what the component's {@code messaging.json} gives;
 * with {@code -Dmessaging.docs.update=true} they are rewritten instead.
 */
class GeneratedConfigurationTest {

    private static final Path MAIN = GeneratedFiles.moduleDir().resolve("src/main");
    private static final String CONFIGURATION = "java/io/camelmessaging/springboot/MessagingComponentConfiguration.java";

    @Test
    void configurationClass() throws IOException {
        GeneratedFiles.checkOrUpdate(MAIN.resolve(CONFIGURATION),
                new StarterConfigurationRenderer(MessagingCatalog.load()).configurationClass());
    }

    @Test
    void additionalMetadata() throws IOException {
        GeneratedFiles.checkOrUpdate(MAIN.resolve("resources/META-INF/additional-spring-configuration-metadata.json"),
                new StarterConfigurationRenderer(MessagingCatalog.load()).additionalMetadata());
    }

    @Test
    void aDeprecatedOptionIsADeprecatedProperty() {
        ComponentModel catalog = MessagingCatalog.load();
        catalog.getComponentOptions().stream().filter(option -> option.getName().equals("keyword")).forEach(option -> {
            option.setDeprecated(true);
            option.setDeprecationNote("Use \"tag\"");
        });

        assertThat(new StarterConfigurationRenderer(catalog).configurationClass())
                .contains("    @Deprecated\n    private String keyword;")
                .contains("    @Deprecated\n    @DeprecatedConfigurationProperty(reason = \"Use \\\"tag\\\"\")\n"
                          + "    public String getKeyword()")
                .contains("import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;");
    }
}
