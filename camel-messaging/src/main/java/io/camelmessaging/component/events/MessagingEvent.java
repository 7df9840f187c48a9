package io.camelmessaging.component.events;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One provider event in a provider-neutral form: a delivery report on a sent message or a message a phone sent in
 * (design.md section 9). Values the provider does not give are null.
 *
 * @param provider       {@code aws} or {@code azure}
 * @param kind           delivery report or inbound message
 * @param status         the provider-neutral status
 * @param providerStatus the provider's own code, e.g. {@code TEXT_DELIVERED} or {@code Delivered}; for inbound messages
 *                       the opt keyword matched, or null
 * @param statusDetail   the provider's explanation of the status, e.g. {@code deliveryStatusDetails}, or null
 * @param isFinal        whether no further delivery event will follow for this message (always true for inbound)
 * @param messageId      the provider's id of the message reported on, or of the inbound message
 * @param to             the recipient (delivery) or this application's number (inbound)
 * @param from           this application's sender (delivery) or the phone that wrote (inbound)
 * @param text           the inbound message's text
 * @param keyword        the registered keyword the provider matched in an inbound message (aws)
 * @param parts          the number of message parts (segments), when given
 * @param price          the total price the provider charged, when given (aws, in USD)
 * @param occurredAt     when the provider reported the event
 * @param correlationId  the value sent with the message as header {@code CamelMessagingCorrelationId} (aws context
 *                       entry {@code camelCorrelationId}, azure {@code tag}), echoed back by the provider
 * @param eventId        an id that is the same each time the provider delivers this event again, for duplicate removal
 * @param raw            the provider's event JSON as it arrived, without an SNS or EventBridge envelope (an EventBridge
 *                       {@code detail} is written compact)
 */
public record MessagingEvent(
        String provider,
        MessagingEventKind kind,
        MessagingEventStatus status,
        String providerStatus,
        String statusDetail,
        boolean isFinal,
        String messageId,
        String to,
        String from,
        String text,
        String keyword,
        Integer parts,
        BigDecimal price,
        Instant occurredAt,
        String correlationId,
        String eventId,
        String raw) {

    /** Whether this is an inbound opt-in reply (START, UNSTOP, ...) that lifts an earlier opt-out of {@link #from()}. */
    @JsonIgnore
    public boolean isOptIn() {
        return kind == MessagingEventKind.INBOUND_MESSAGE && OptKeywords.isOptIn(providerStatus);
    }
}
