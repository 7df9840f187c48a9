package io.camelmessaging.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.MessagingComponent;
import io.camelmessaging.docs.MessagingCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's {@code spring-configuration-metadata.json}, as the configuration processor writes it, has a property
 * for every option in the component's catalog ({@code messaging.json}) with the catalog's description word for word
 * and its default, and none that the catalog lacks.
 */
class ConfigurationMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "camel.component.messaging.";
    private static final Set<String> STARTER_ONLY = Set.of(PREFIX + "enabled", PREFIX + "customizer.enabled");

    @Test
    void everyComponentOptionIsADocumentedProperty() throws IOException {
        Map<String, JsonNode> properties = springProperties();
        JsonNode options = catalog().get("componentProperties");

        Set<String> expected = new TreeSet<>(STARTER_ONLY);
        options.fields().forEachRemaining(option -> {
            String name = PREFIX + StarterConfigurationRenderer.kebabCase(option.getKey());
            expected.add(name);
            assertThat(properties).as("metadata of %s", name).containsKey(name);
            assertThat(properties.get(name).path("description").asText()).as("description of %s", name)
                    .isEqualTo(option.getValue().get("description").asText());
            JsonNode catalogDefault = option.getValue().get("defaultValue");
            JsonNode springDefault = properties.get(name).get("defaultValue");
            assertThat(springDefault).as("default of %s", name).isEqualTo(catalogDefault);
        });
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Map<String, JsonNode> springProperties() throws IOException {
        // this starter's own file: every Spring Boot jar on the class path has one too
        URL starter = MessagingComponentConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
        Map<String, JsonNode> properties = new HashMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] { starter }, null);
             InputStream in = loader.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json in %s", starter).isNotNull();
            JSON.readTree(in).get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        }
        return properties;
    }

    private static JsonNode catalog() throws IOException {
        try (InputStream in = MessagingComponent.class.getClassLoader().getResourceAsStream(MessagingCatalog.RESOURCE)) {
            assertThat(in).as(MessagingCatalog.RESOURCE).isNotNull();
            return JSON.readTree(in);
        }
    }
}
