package io.camelmessaging.component.events;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON an event becomes with the data format settings of the marshal step of Kamelet
 * {@code messaging-events-source}: every field of design.md section 9 by its name, the time as ISO-8601, nothing else.
 */
class MessagingEventJsonTest extends CamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                JacksonDataFormat asTheKameletMarshals = new JacksonDataFormat();
                asTheKameletMarshals.setModuleClassNames("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");
                asTheKameletMarshals.setDisableFeatures("WRITE_DATES_AS_TIMESTAMPS");
                from("direct:kamelet-json").marshal(asTheKameletMarshals);
            }
        };
    }

    @Test
    void anEventBecomesTheDocumentedJson() throws Exception {
        MessagingEvent event = new MessagingEvent("aws", MessagingEventKind.INBOUND_MESSAGE,
                MessagingEventStatus.OPTED_OUT, "STOP", null, true, "in-1", "+12065550100", "+12065550123", "stop",
                "STOP", 1, new BigDecimal("0.00581"), Instant.parse("2026-12-03T10:15:30.123Z"), "orders.csv#7",
                "in-1", "{\"a\":1}");

        String json = template.requestBody("direct:kamelet-json", event, String.class);

        JsonNode node = new ObjectMapper().readTree(json);
        assertThat(node.fieldNames()).toIterable().containsExactlyInAnyOrder("provider", "kind", "status",
                "providerStatus", "statusDetail", "isFinal", "messageId", "to", "from", "text", "keyword", "parts",
                "price", "occurredAt", "correlationId", "eventId", "raw");
        assertThat(node.get("occurredAt").asText()).isEqualTo("2026-12-03T10:15:30.123Z");
        assertThat(node.get("isFinal").asBoolean()).isTrue();
        assertThat(node.get("status").asText()).isEqualTo("OPTED_OUT");
        assertThat(node.get("price").decimalValue()).isEqualByComparingTo("0.00581");
        assertThat(node.get("raw").asText()).isEqualTo("{\"a\":1}");
    }
}
