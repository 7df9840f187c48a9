package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConverter;
import org.apache.camel.support.ObjectHelper;

/**
 * Resolves the options of one exchange, header first, then the endpoint option (which already holds the component
 * option it did not override). Headers are read with Camel's type converters; a value of the wrong type is added to the
 * violations instead of raising an exception. Every option of every operation is read through here.
 */
public final class OptionResolver {

    private final Exchange exchange;
    private final MessagingConfiguration config;
    private final Violations violations;
    private final Message message;
    private final TypeConverter converter;

    public OptionResolver(Exchange exchange, MessagingConfiguration config, Violations violations) {
        this.exchange = exchange;
        this.config = config;
        this.violations = violations;
        this.message = exchange.getMessage();
        this.converter = exchange.getContext().getTypeConverter();
    }

    /** The exchange, for what an operation reads beyond options (body models, attachments). */
    public Exchange exchange() {
        return exchange;
    }

    /** Where problems with values are reported. */
    public Violations violations() {
        return violations;
    }

    /** An option that no header overrides. */
    public <T> T option(Function<MessagingConfiguration, T> option) {
        return option.apply(config);
    }

    /** The header converted to {@code type}, or the option when the header is absent. */
    public <T> T get(String header, Class<T> type, Function<MessagingConfiguration, T> option) {
        Object raw = message.getHeader(header);
        return raw == null ? option.apply(config) : convert(header, raw, type);
    }

    /** Whether the message carries the header. */
    public boolean hasHeader(String header) {
        return message.getHeader(header) != null;
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
    public List<String> list(String header, Function<MessagingConfiguration, String> option) {
        Object raw = message.getHeader(header);
        Set<String> items = new LinkedHashSet<>();
        for (Object item : ObjectHelper.createIterable(raw != null ? raw : option.apply(config), ",")) {
            String text = item == null ? null : convert(header, item, String.class);
            if (text != null && !text.isBlank()) {
                items.add(text.trim());
            }
        }
        return List.copyOf(items);
    }

    /** The option's map merged with the header's Map, the header winning key by key; values as text. */
    public Map<String, String> map(String header, Function<MessagingConfiguration, Map<String, Object>> option) {
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, Object> optionValue = option.apply(config);
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
            T value = converter.convertTo(type, exchange, raw);
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
