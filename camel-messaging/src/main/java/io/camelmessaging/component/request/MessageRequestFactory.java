package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.validation.PhoneNumbers;
import io.camelmessaging.component.validation.Violations;

/**
 * Resolves the provider-neutral part of a message, the {@link OutboundMessage}, from an exchange's headers and the
 * endpoint's options. The options of one provider operation are resolved by that operation.
 */
public final class MessageRequestFactory {

    /** The name recipients are reported under in violations of the component's own checks. */
    public static final String RECIPIENTS_FIELD = "DestinationPhoneNumber";

    private final MessagingOperation operation;
    private final MessagingConfiguration config;
    private final PhoneNumbers phoneNumbers;
    /** The endpoint's sender, normalised once. */
    private final String endpointSender;

    public MessageRequestFactory(MessagingOperation operation, MessagingConfiguration config) {
        this.operation = operation;
        this.config = config;
        this.phoneNumbers = new PhoneNumbers(config.getDefaultRegion(), config.getPhoneNumberCheck());
        this.endpointSender = phoneNumbers.normalize(config.getOriginationIdentity());
    }

    /** The phone number normalisation and checks configured for this endpoint. */
    public PhoneNumbers phoneNumbers() {
        return phoneNumbers;
    }

    /** Builds the message of an exchange; type errors are added to the resolver's violations. */
    public OutboundMessage create(OptionResolver options) {
        return create(options, new Violations());
    }

    /**
     * Builds the message of an exchange; type errors are added to the resolver's violations, and what
     * {@code phoneNumberCheck} finds wrong with the recipients, in their order, to {@code recipientChecks}: each
     * number is parsed once.
     */
    public OutboundMessage create(OptionResolver options, Violations recipientChecks) {
        List<String> given = options.list(MessagingConstants.DESTINATION_PHONE_NUMBER,
                MessagingConfiguration::getDestinationPhoneNumber);
        List<String> recipients = given.size() == 1
                ? List.of(reported(phoneNumbers.normalizeAndCheck(given.get(0)), recipientChecks))
                : normalizeAll(given, recipientChecks);
        String sender = options.get(MessagingConstants.ORIGINATION_IDENTITY, String.class,
                MessagingConfiguration::getOriginationIdentity);
        return new OutboundMessage(
                operation,
                config.getProvider(),
                sender == config.getOriginationIdentity() ? endpointSender : phoneNumbers.normalize(sender),
                recipients,
                config.getMessageBody() != null ? config.getMessageBody() : options.body(),
                options.list(MessagingConstants.MEDIA_URLS, MessagingConfiguration::getMediaUrl),
                options.hasHeader(MessagingConstants.MEDIA_URLS),
                idempotencyKey(options),
                options.instant(MessagingConstants.FIRST_SENT,
                        Instant.ofEpochMilli(options.exchange().getClock().getCreated())));
    }

    /** The distinct normalised recipients, in order; what {@code phoneNumberCheck} finds is added once per number. */
    private List<String> normalizeAll(List<String> given, Violations recipientChecks) {
        List<String> recipients = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (String to : given) {
            PhoneNumbers.Normalized normalized = phoneNumbers.normalizeAndCheck(to);
            if (seen.add(normalized.number())) {
                recipients.add(reported(normalized, recipientChecks));
            }
        }
        return Collections.unmodifiableList(recipients);
    }

    /** The normalised number; what {@code phoneNumberCheck} found wrong with it is added to the checks. */
    private static String reported(PhoneNumbers.Normalized normalized, Violations recipientChecks) {
        if (normalized.brokenRule() != null) {
            recipientChecks.add(RECIPIENTS_FIELD, normalized.number(), normalized.brokenRule());
        }
        return normalized.number();
    }

    /** The header's idempotency key, else the exchange id. */
    private static String idempotencyKey(OptionResolver options) {
        String key = options.get(MessagingConstants.IDEMPOTENCY_KEY, String.class, c -> null);
        return key != null ? key : options.exchange().getExchangeId();
    }
}
