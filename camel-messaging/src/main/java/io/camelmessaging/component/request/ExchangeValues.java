package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConverter;
import org.apache.camel.support.ObjectHelper;

/**
 * Reads message headers with Camel's type converters, falling back to option values: the header wins over the
 * option. A value of the wrong type is added to the violations instead of raising an exception.
 */
public final class ExchangeValues {

    private final Message message;
    private final TypeConverter converter;
    private final Violations violations;

    public ExchangeValues(Exchange exchange, Violations violations) {
        this.message = exchange.getMessage();
        this.converter = exchange.getContext().getTypeConverter();
        this.violations = violations;
    }

    /** The header converted to {@code type}, or the option value when the header is absent. */
    public <T> T get(String header, Class<T> type, T optionValue) {
        Object raw = message.getHeader(header);
        return raw == null ? optionValue : convert(header, raw, type);
    }

    /** The header as an instant (an Instant, a Date or epoch millis), or {@code fallback} when it is absent. */
    public Instant instant(String header, Instant fallback) {
        Object raw = message.getHeader(header);
        if (raw == null) {
            return fallback;
        }
        if (raw instanceof Instant instant) {
            return instant;
        }
        if (raw instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime());
        }
        if (raw instanceof Long millis) {
            return Instant.ofEpochMilli(millis);
        }
        violations.add(header, raw, "must be an Instant, a Date or epoch millis (Long)");
        return fallback;
    }

    /** The body as text, or null. */
    public String body() {
        Object body = message.getBody();
        return body == null ? null : convert("body", body, String.class);
    }

    /** The header, or else the option, as a list of distinct trimmed values: a comma list, Collection or array. */
    public List<String> list(String header, String optionValue) {
        Object raw = message.getHeader(header);
        Set<String> items = new LinkedHashSet<>();
        for (Object item : ObjectHelper.createIterable(raw != null ? raw : optionValue, ",")) {
            String text = item == null ? null : convert(header, item, String.class);
            if (text != null && !text.isBlank()) {
                items.add(text.trim());
            }
        }
        return List.copyOf(items);
    }

    /** The option's map merged with the header's Map, the header winning key by key; values as text. */
    public Map<String, String> map(String header, Map<String, Object> optionValue) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (optionValue != null) {
            optionValue.forEach((k, v) -> merged.put(k, convert(header + "[" + k + "]", v, String.class)));
        }
        Object raw = message.getHeader(header);
        if (raw instanceof Map<?, ?> headerMap) {
            headerMap.forEach((k, v) -> merged.put(String.valueOf(k),
                    v == null ? null : convert(header + "[" + k + "]", v, String.class)));
        } else if (raw != null) {
            violations.add(header, raw, "must be a java.util.Map");
        }
        return merged.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(merged);
    }

    private <T> T convert(String field, Object raw, Class<T> type) {
        if (type.isInstance(raw)) {
            return type.cast(raw);
        }
        try {
            T value = converter.convertTo(type, message.getExchange(), raw);
            if (value == null) {
                violations.add(field, raw, "must be convertible to " + type.getSimpleName());
            }
            return value;
        } catch (RuntimeException e) {
            violations.add(field, raw, "must be convertible to " + type.getSimpleName());
            return null;
        }
    }
}
