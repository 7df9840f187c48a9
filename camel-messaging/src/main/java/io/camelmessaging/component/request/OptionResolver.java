package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.Arrays;
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
 * violations instead of raising an exception. Every option of every operation is read through here. The message's
 * headers are scanned once for the component's own ({@code CamelMessaging*}, in any case), so that an option no header
 * sets costs no header lookup. {@link #endpointOnly(Violations)} gives a resolver that sees no header and records the
 * headers asked for, with which an operation resolves its endpoint options once ({@link EndpointOptions}).
 */
public final class OptionResolver {

    private static final String OWN_PREFIX = "CamelMessaging";
    private static final Object[] NONE = {};

    private final Exchange exchange;
    private final MessagingConfiguration config;
    private final Violations violations;
    private final Message message;
    private final TypeConverter converter;
    /** The non-null {@code CamelMessaging*} headers, as name, value, name, value... */
    private Object[] own = NONE;
    private int ownLength;
    /** The headers asked for, when this resolver sees no header; else null. */
    private final Set<String> asked;

    public OptionResolver(Exchange exchange, MessagingConfiguration config, Violations violations) {
        this.exchange = exchange;
        this.config = config;
        this.violations = violations;
        this.message = exchange.getMessage();
        this.converter = exchange.getContext().getTypeConverter();
        this.asked = null;
        if (message.hasHeaders()) {
            message.getHeaders().forEach(this::keepOwn);
        }
    }

    private OptionResolver(OptionResolver of, Violations violations) {
        this.exchange = of.exchange;
        this.config = of.config;
        this.violations = violations;
        this.message = of.message;
        this.converter = of.converter;
        this.asked = new LinkedHashSet<>();
    }

    /**
     * A resolver of the endpoint's options alone: it sees no header, records which headers were asked for
     * ({@link #askedHeaders()}) and adds problems to {@code violations}. It refuses to read the message.
     */
    public OptionResolver endpointOnly(Violations violations) {
        return new OptionResolver(this, violations);
    }

    /** The headers asked for through a resolver of {@link #endpointOnly(Violations)}, in the order asked. */
    public List<String> askedHeaders() {
        return asked == null ? List.of() : List.copyOf(asked);
    }

    /** Whether the message sets any of these {@code CamelMessaging*} headers, in any letter case. */
    public boolean hasAnyOf(String[] headers) {
        for (int i = 0; i < ownLength; i += 2) {
            String name = (String) own[i];
            for (String header : headers) {
                if (header.equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void keepOwn(String name, Object value) {
        if (value != null && isOwn(name)) {
            if (ownLength == own.length) {
                own = Arrays.copyOf(own, Math.max(4, ownLength * 2));
            }
            own[ownLength++] = name;
            own[ownLength++] = value;
        }
    }

    private static boolean isOwn(String name) {
        return name.regionMatches(true, 0, OWN_PREFIX, 0, OWN_PREFIX.length());
    }

    /**
     * The header's value, or null: one of the scanned own headers, any other header from the message. A header whose
     * name differs only in case is looked up in the message, whose header map decides (Camel's default ignores case).
     */
    private Object header(String name) {
        if (asked != null) {
            if (!isOwn(name)) {
                throw new IllegalStateException(name + " is not one of the component's own headers");
            }
            asked.add(name);
            return null;
        }
        if (!isOwn(name)) {
            return message.getHeader(name);
        }
        for (int i = 0; i < ownLength; i += 2) {
            if (name.equals(own[i])) {
                return own[i + 1];
            }
        }
        for (int i = 0; i < ownLength; i += 2) {
            if (name.equalsIgnoreCase((String) own[i])) {
                return message.getHeader(name);
            }
        }
        return null;
    }

    /** The exchange, for what an operation reads beyond options (body models, attachments). */
    public Exchange exchange() {
        refuseIfEndpointOnly();
        return exchange;
    }

    private void refuseIfEndpointOnly() {
        if (asked != null) {
            throw new IllegalStateException("Options resolved once per endpoint cannot read the message");
        }
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
        Object raw = header(header);
        return raw == null ? option.apply(config) : convert(header, raw, type);
    }

    /** Whether the message carries the header. */
    public boolean hasHeader(String header) {
        return header(header) != null;
    }

    /** The header as an instant (an Instant, a Date or epoch millis), or {@code fallback} when it is absent. */
    public Instant instant(String header, Instant fallback) {
        Object raw = header(header);
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
        refuseIfEndpointOnly();
        Object body = message.getBody();
        return body == null ? null : convert("body", body, String.class);
    }

    /** The header, or else the option, as a list of distinct trimmed values: a comma list, Collection or array. */
    public List<String> list(String header, Function<MessagingConfiguration, String> option) {
        Object value = header(header);
        if (value == null) {
            value = option.apply(config);
            if (value == null) {
                return List.of();
            }
        }
        if (value instanceof String text && text.indexOf(',') < 0) {
            return text.isBlank() ? List.of() : List.of(text.trim());
        }
        Set<String> items = new LinkedHashSet<>();
        for (Object item : ObjectHelper.createIterable(value, ",")) {
            String text = item == null ? null : convert(header, item, String.class);
            if (text != null && !text.isBlank()) {
                items.add(text.trim());
            }
        }
        return List.copyOf(items);
    }

    /** The option's map merged with the header's Map, the header winning key by key; values as text. */
    public Map<String, String> map(String header, Function<MessagingConfiguration, Map<String, Object>> option) {
        Map<String, Object> optionValue = option.apply(config);
        Object raw = header(header);
        if (raw == null && (optionValue == null || optionValue.isEmpty())) {
            return Collections.emptyMap();
        }
        Map<String, String> merged = new LinkedHashMap<>();
        if (optionValue != null) {
            optionValue.forEach((k, v) -> merged.put(k, convertEntry(header, k, v)));
        }
        if (raw instanceof Map<?, ?> headerMap) {
            headerMap.forEach((k, v) -> merged.put(String.valueOf(k),
                    v == null ? null : convertEntry(header, k, v)));
        } else if (raw != null) {
            violations.add(header, raw, "must be a java.util.Map");
        }
        return merged.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(merged);
    }

    private <T> T convert(String field, Object raw, Class<T> type) {
        return type.isInstance(raw) ? type.cast(raw) : convert(field, null, raw, type);
    }

    /** A map entry's value as text, reported as {@code field[key]}, a name built only when it is reported. */
    private String convertEntry(String field, Object key, Object raw) {
        return raw instanceof String text ? text : convert(field, key, raw, String.class);
    }

    private <T> T convert(String field, Object key, Object raw, Class<T> type) {
        if (type.isInstance(raw)) {
            return type.cast(raw);
        }
        T value;
        try {
            value = converter.convertTo(type, exchange, raw);
        } catch (RuntimeException e) {
            value = null;
        }
        if (value == null) {
            violations.add(key == null ? field : field + "[" + key + "]", raw,
                    "must be convertible to " + type.getSimpleName());
        }
        return value;
    }
}
