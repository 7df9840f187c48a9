package io.camelmessaging.docs;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelmessaging.component.MessagingComponent;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every description written in an annotation reaches {@code messaging.json} whole: the catalog generator keeps only
 * letters, digits and {@code .,-=\'/\!&%():;#${}}, so a {@code +} or {@code *} written there would be lost (only the
 * backticks of code may go).
 */
class CatalogDescriptionsTest {

    @Test
    void noCharacterOfAnAnnotationsDescriptionIsLost() throws IllegalAccessException {
        ComponentModel catalog = MessagingCatalog.load();
        Map<String, String> described = new HashMap<>();
        Stream.of(catalog.getComponentOptions(), catalog.getEndpointOptions(), catalog.getEndpointHeaders())
                .flatMap(List::stream)
                .forEach(option -> described.put(option.getName(), option.getDescription()));

        Map<String, String> written = new HashMap<>();
        for (Class<?> type : new Class<?>[] { MessagingConfiguration.class, MessagingEndpoint.class,
                MessagingComponent.class }) {
            for (Field field : type.getDeclaredFields()) {
                UriParam param = field.getAnnotation(UriParam.class);
                Metadata metadata = field.getAnnotation(Metadata.class);
                String description = param != null ? param.description()
                        : metadata != null ? metadata.description() : "";
                if (!description.isEmpty()) {
                    written.put(field.getName(), description);
                }
            }
        }
        for (Field field : MessagingConstants.class.getDeclaredFields()) {
            Metadata metadata = field.getAnnotation(Metadata.class);
            if (metadata != null) {
                written.put((String) field.get(null), metadata.description());
            }
        }

        assertThat(written).isNotEmpty();
        written.forEach((name, description) -> assertThat(described.get(name))
                .as("the catalog's description of %s, which must not lose a character", name)
                .startsWith(description.replace("`", "")));
    }
}
