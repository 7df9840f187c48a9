package io.camelmessaging.component.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camelmessaging.component.MessagingValidationException.Violation;

/**
 * Strict, bounded reading of one provider's event JSON. Every failure is a {@link MessagingEventException} naming the
 * field by its path (e.g. {@code [2].data.deliveryStatus}), the value and the rule. Field names are matched exactly
 * first, then ignoring case (ACS's published samples spell {@code Tag} and {@code tag}).
 */
final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(EventLimits.MAX_NESTING_DEPTH)
                    .maxNumberLength(64)
                    .build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String provider;

    EventJson(String provider) {
        this.provider = provider;
    }

    /** Reads a whole body of at most {@code maxBytes} UTF-8 bytes. */
    JsonNode parse(String field, String body, int maxBytes) {
        if (body == null || body.isBlank()) {
            throw fail(field, body, "must be a JSON document, not empty");
        }
        long bytes = body.length() > maxBytes ? body.length() : utf8Length(body);
        if (bytes > maxBytes) {
            throw fail(field, body, "must be at most " + maxBytes + " bytes (was " + bytes + ")");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MessagingEventException(provider, new Violation(
                    field, body, "must be well-formed JSON: " + e.getOriginalMessage()), e);
        }
    }

    JsonNode object(JsonNode parent, String path, String name) {
        JsonNode node = required(parent, path, name);
        if (!node.isObject()) {
            throw fail(path(path, name), node.toString(), "must be a JSON object");
        }
        return node;
    }

    String requiredText(JsonNode parent, String path, String name, int maxChars) {
        String value = text(parent, path, name, maxChars);
        if (value == null || value.isBlank()) {
            throw fail(path(path, name), value, "is required");
        }
        return value;
    }

    /** A string field, or null when absent or JSON null. */
    String text(JsonNode parent, String path, String name, int maxChars) {
        JsonNode node = field(parent, name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw fail(path(path, name), node.toString(), "must be a string");
        }
        String value = node.textValue();
        if (value.length() > maxChars) {
            throw fail(path(path, name), value, "must be at most " + maxChars + " characters");
        }
        return value;
    }

    boolean requiredBoolean(JsonNode parent, String path, String name) {
        JsonNode node = required(parent, path, name);
        if (!node.isBoolean()) {
            throw fail(path(path, name), node.toString(), "must be true or false");
        }
        return node.booleanValue();
    }

    /** A non-negative whole number, or null when absent. */
    Integer count(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw fail(path(path, name), node.toString(), "must be a whole number from 0 to " + Integer.MAX_VALUE);
        }
        return node.intValue();
    }

    /** A non-negative decimal number, or null when absent. */
    BigDecimal amount(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() < 0) {
            throw fail(path(path, name), node.toString(), "must be a number of at least 0");
        }
        return node.decimalValue();
    }

    /** A time given as Unix epoch milliseconds, or null when absent. */
    Instant epochMillis(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw fail(path(path, name), node.toString(), "must be Unix time in milliseconds");
        }
        return Instant.ofEpochMilli(node.longValue());
    }

    /** A time given as ISO 8601 with an offset, e.g. {@code 2020-09-18T00:22:20.2855749Z}, or null when absent. */
    Instant isoTime(JsonNode parent, String path, String name) {
        String value = text(parent, path, name, EventLimits.MAX_FIELD_CHARS);
        if (value == null) {
            return null;
        }
        try {
            return value.endsWith("Z") ? Instant.parse(value) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw fail(path(path, name), value, "must be an ISO 8601 time with offset");
        }
    }

    /** The field named exactly, else the first one whose name matches ignoring case, else null. */
    JsonNode field(JsonNode parent, String name) {
        JsonNode exact = parent.get(name);
        if (exact != null) {
            return exact;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = parent.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    MessagingEventException fail(String field, String value, String rule) {
        return new MessagingEventException(provider, field, value, rule);
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private JsonNode required(JsonNode parent, String path, String name) {
        JsonNode node = field(parent, name);
        if (node == null || node.isNull()) {
            throw fail(path(path, name), null, "is required");
        }
        return node;
    }

    /** The UTF-8 length of the text, counted without encoding it (an unpaired surrogate counts as one byte, '?'). */
    private static long utf8Length(String body) {
        long bytes = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < body.length()
                       && Character.isLowSurrogate(body.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
