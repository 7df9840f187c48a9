package io.camelmessaging.component.provider.azure;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.camelmessaging.component.request.OutboundMessage;

/**
 * ACS repeatability values that stay the same for every retry and redelivery of a message: the request id of a
 * recipient is a name-based UUID of the message's idempotency key, operation and recipient, and the first-sent time is
 * the message's {@code firstSent} (header {@code CamelMessagingFirstSent}, else the exchange's creation).
 */
final class Repeatability {

    private Repeatability() {
    }

    /** The repeatability request id of one recipient of a message. */
    static String requestId(OutboundMessage message, String to) {
        String name = message.idempotencyKey() + "|" + message.operation() + "|" + to;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The repeatability first-sent time of a message, in RFC 1123 format. */
    static String firstSent(OutboundMessage message) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(message.firstSent().atOffset(ZoneOffset.UTC));
    }
}
