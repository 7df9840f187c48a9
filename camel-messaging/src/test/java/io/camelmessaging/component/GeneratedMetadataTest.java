package io.camelmessaging.component;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated {@code messaging.json} lists every option and header with its description, as tools and IDEs see it.
 */
class GeneratedMetadataTest {

    private static final List<String> SECRETS = List.of("accessKey", "secretKey", "sessionToken", "connectionString", "azureAccessKey",
            "webhookSecret");

    @Test
    void everyOptionIsListedWithItsDescriptionAtComponentAndEndpointLevel() throws Exception {
        JsonNode json = metadata();
        assertThat(json.at("/component/scheme").asText()).isEqualTo("messaging");
        assertThat(json.at("/component/syntax").asText()).isEqualTo("messaging:operation");
        assertThat(json.at("/properties/operation/required").asBoolean()).isTrue();

        List<String> options = Arrays.stream(MessagingConfiguration.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(UriParam.class)).map(Field::getName).toList();
        assertThat(options).hasSizeGreaterThan(30);
        for (String option : options) {
            for (String section : List.of("properties", "componentProperties")) {
                JsonNode property = json.at("/" + section + "/" + option);
                assertThat(property.isMissingNode()).as(section + " lists " + option).isFalse();
                assertThat(property.get("description").asText()).as(option + " description").isNotBlank();
                assertThat(property.path("secret").asBoolean()).as(option + " secret")
                        .isEqualTo(SECRETS.contains(option));
            }
        }
        assertThat(json.at("/componentProperties/smsVoiceClient/autowired").asBoolean()).isTrue();
        assertThat(json.at("/componentProperties/tokenCredential/autowired").asBoolean()).isTrue();
        assertThat(json.at("/componentProperties/smsClient/autowired").asBoolean()).isTrue();
        assertThat(json.at("/componentProperties/pinpointClient/autowired").asBoolean()).isTrue();
        assertThat(json.at("/componentProperties/sqsClient/autowired").asBoolean()).isTrue();
        assertThat(json.at("/properties/context/multiValue").asBoolean()).isTrue();
        assertThat(json.at("/properties/context/prefix").asText()).isEqualTo("context.");
    }

    @Test
    void everyHeaderIsListedWithItsDescription() throws Exception {
        JsonNode headers = metadata().get("headers");
        List<String> constants = Arrays.stream(MessagingConstants.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && f.isAnnotationPresent(org.apache.camel.spi.Metadata.class))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(constants).contains(MessagingConstants.RESULTS, MessagingConstants.DESTINATION_PHONE_NUMBER);
        for (String header : constants) {
            assertThat(headers.get(header)).as(header).isNotNull();
            assertThat(headers.get(header).get("description").asText()).as(header).isNotBlank();
        }
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream in = GeneratedMetadataTest.class.getResourceAsStream(
                "/META-INF/io/camelmessaging/component/messaging.json")) {
            assertThat(in).as("generated messaging.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
