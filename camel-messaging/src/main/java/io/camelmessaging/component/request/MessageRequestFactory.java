package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.List;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.validation.PhoneNumbers;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;

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
        ExchangeValues values = new ExchangeValues(exchange, violations);
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
                exchange.getMessage().getHeader(MessagingConstants.MEDIA_URLS) != null,
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
                values.instant(MessagingConstants.FIRST_SENT, Instant.ofEpochMilli(exchange.getClock().getCreated())),
                List.of(),
                null);
    }
}
