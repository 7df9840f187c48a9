package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.List;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.validation.PhoneNumbers;

/**
 * Resolves the provider-neutral part of a message, the {@link OutboundMessage}, from an exchange's headers and the
 * endpoint's options. The options of one provider operation are resolved by that operation.
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

    /** Builds the message of an exchange; type errors are added to the resolver's violations. */
    public OutboundMessage create(OptionResolver options) {
        List<String> recipients = options.list(MessagingConstants.DESTINATION_PHONE_NUMBER,
                MessagingConfiguration::getDestinationPhoneNumber).stream().map(phoneNumbers::normalize).distinct()
                .toList();
        return new OutboundMessage(
                operation,
                config.getProvider(),
                phoneNumbers.normalize(options.get(MessagingConstants.ORIGINATION_IDENTITY, String.class,
                        MessagingConfiguration::getOriginationIdentity)),
                recipients,
                config.getMessageBody() != null ? config.getMessageBody() : options.body(),
                options.list(MessagingConstants.MEDIA_URLS, MessagingConfiguration::getMediaUrl),
                options.hasHeader(MessagingConstants.MEDIA_URLS),
                options.get(MessagingConstants.IDEMPOTENCY_KEY, String.class, c -> options.exchange().getExchangeId()),
                options.instant(MessagingConstants.FIRST_SENT,
                        Instant.ofEpochMilli(options.exchange().getClock().getCreated())));
    }
}
