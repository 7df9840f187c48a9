package io.camelmessaging.component.provider.azure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.camelmessaging.component.provider.azure.model.AcsRecipient;
import io.camelmessaging.component.request.OutboundMessage;

/**
 * ACS repeatability values that stay the same for every retry and redelivery of a message: the request id of a
 * recipient is a name-based UUID of the message's idempotency key, operation and recipient, and the first-sent time is
 * the message's {@code firstSent} (header {@code CamelMessagingFirstSent}, else the exchange's creation).
 */
final class Repeatability {

    private Repeatability() {
    }

    /**
     * The recipients of one request with their repeatability values: the first-sent time formatted once, and one MD5
     * digest reused for the request ids ({@link UUID#nameUUIDFromBytes}'s, without looking up a digest per recipient).
     */
    static List<AcsRecipient> recipients(OutboundMessage message, List<String> chunk) {
        String firstSent = firstSent(message);
        byte[] prefix = (message.idempotencyKey() + "|" + message.operation() + "|").getBytes(StandardCharsets.UTF_8);
        MessageDigest md5 = md5();
        AcsRecipient[] recipients = new AcsRecipient[chunk.size()];
        for (int i = 0; i < recipients.length; i++) {
            String to = chunk.get(i);
            md5.update(prefix);
            recipients[i] = new AcsRecipient(to, nameUuid(md5.digest(to.getBytes(StandardCharsets.UTF_8))),
                    firstSent);
        }
        return List.of(recipients);
    }

    /** The repeatability first-sent time of a message, in RFC 1123 format. */
    static String firstSent(OutboundMessage message) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(message.firstSent().atOffset(ZoneOffset.UTC));
    }

    /** The version 3 UUID of an MD5 hash, as {@link UUID#nameUUIDFromBytes} makes it. */
    private static String nameUuid(byte[] md5) {
        md5[6] = (byte) (md5[6] & 0x0f | 0x30);
        md5[8] = (byte) (md5[8] & 0x3f | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = msb << 8 | md5[i] & 0xff;
            lsb = lsb << 8 | md5[i + 8] & 0xff;
        }
        return new UUID(msb, lsb).toString();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new InternalError("MD5 not supported", e);
        }
    }
}
