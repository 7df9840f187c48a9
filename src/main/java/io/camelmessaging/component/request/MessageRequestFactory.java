package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.validation.PhoneNumbers;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConverter;
import org.apache.camel.support.ObjectHelper;

/**
 * Resolves every value of a message with the precedence header, then endpoint option (which already carries the
 * component option it did not override), and turns the exchange into an {@link OutboundMessage}. Values of the wrong
 * type are reported as violations instead of exceptions.
 */
public final class MessageRequestFactory {

    private final MessagingOperation operation;
    private final MessagingConfiguration config;
    private final PhoneNumbers phoneNumbers;

    public MessageRequestFactory(MessagingOperation operation, MessagingConfiguration config) {
        this.operation = operation;
        this.config = config;
        this.phoneNumbers = new PhoneNumbers(config.getDefaultRegion(), config.getPhoneNumberCheck());
    }

    /** The phone number normalisation and checks configured for this endpoint. */
    public PhoneNumbers phoneNumbers() {
        return phoneNumbers;
    }

    /** Builds the message of an exchange; type errors are added to {@code violations}. */
    public OutboundMessage create(Exchange exchange, Violations violations) {
        Values values = new Values(exchange.getMessage(), exchange.getContext().getTypeConverter(), violations);
        List<String> recipients = values.list(MessagingConstants.DESTINATION_PHONE_NUMBER,
                config.getDestinationPhoneNumber()).stream().map(phoneNumbers::normalize).distinct().toList();
        return new OutboundMessage(
                operation,
                config.getProvider(),
                phoneNumbers.normalize(values.get(MessagingConstants.ORIGINATION_IDENTITY, String.class,
                        config.getOriginationIdentity())),
                recipients,
                config.getMessageBody() != null ? config.getMessageBody() : values.body(),
                values.list(MessagingConstants.MEDIA_URLS, config.getMediaUrl()),
                values.get(MessagingConstants.MAX_PRICE, String.class, config.getMaxPrice()),
                values.get(MessagingConstants.TIME_TO_LIVE, Integer.class, config.getTimeToLive()),
                values.get(MessagingConstants.CONFIGURATION_SET_NAME, String.class, config.getConfigurationSetName()),
                values.map(MessagingConstants.CONTEXT, config.getContext()),
                values.map(MessagingConstants.DESTINATION_COUNTRY_PARAMETERS,
                        config.getDestinationCountryParameters()),
                values.get(MessagingConstants.MESSAGE_TYPE, String.class, config.getMessageType()),
                values.get(MessagingConstants.KEYWORD, String.class, config.getKeyword()),
                values.get(MessagingConstants.DRY_RUN, Boolean.class, config.getDryRun()),
                values.get(MessagingConstants.PROTECT_CONFIGURATION_ID, String.class,
                        config.getProtectConfigurationId()),
                values.get(MessagingConstants.MESSAGE_FEEDBACK_ENABLED, Boolean.class,
                        config.getMessageFeedbackEnabled()),
                values.get(MessagingConstants.ENABLE_DELIVERY_REPORT, Boolean.class, config.getEnableDeliveryReport()),
                values.get(MessagingConstants.TAG, String.class, config.getTag()),
                values.get(MessagingConstants.IDEMPOTENCY_KEY, String.class, exchange.getExchangeId()),
                Instant.ofEpochMilli(exchange.getClock().getCreated()),
                List.of());
    }

    /** Reads headers with Camel's type converters, falling back to option values. */
    private record Values(Message message, TypeConverter converter, Violations violations) {

        <T> T get(String header, Class<T> type, T optionValue) {
            Object raw = message.getHeader(header);
            return raw == null ? optionValue : convert(header, raw, type);
        }

        String body() {
            Object body = message.getBody();
            return body == null ? null : convert("body", body, String.class);
        }

        List<String> list(String header, String optionValue) {
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

        Map<String, String> map(String header, Map<String, Object> optionValue) {
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
}
