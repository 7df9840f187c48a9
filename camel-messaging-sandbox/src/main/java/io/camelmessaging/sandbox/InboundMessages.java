package io.camelmessaging.sandbox;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts from phones to the sandbox's numbers. AWS: a two-way message in an SNS notification into the events queue,
 * with the keyword it matched (AWS's default opt-out, opt-in and help keywords) and the id of the last message sent
 * from that number to that phone. Azure: a {@code Microsoft.Communication.SMSReceived} event pushed to the Event
 * Grid subscriptions.
 */
final class InboundMessages {

    private static final Set<String> KEYWORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "OPTOUT", "OPT-OUT", "ARRET", "START", "UNSTOP", "YES", "HELP", "INFO");
    private static final int MAX_TEXT = 1600;

    private final EventEmitter emitter;
    private final AwsEventShapes awsShapes;
    private final Map<String, String> lastSent = new ConcurrentHashMap<>();

    InboundMessages(EventEmitter emitter, AwsEventShapes awsShapes) {
        this.emitter = emitter;
        this.awsShapes = awsShapes;
    }

    /** Remembers the last AWS message id per sender and recipient, for {@code previousPublishedMessageId}. */
    void sent(RecordedMessage message) {
        if (message.from() != null) {
            lastSent.put(message.from() + "|" + message.to(), message.messageId());
        }
    }

    /**
     * Delivers a text from the phone {@code from} to the number {@code to}; returns the inbound message id.
     *
     * @param provider {@code aws} or {@code azure}
     */
    String receive(String provider, String from, String to, String text) {
        if (!PhoneNumbers.isValid(from) || to == null || to.isBlank() || text == null || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("An inbound message needs a valid E.164 'from', a 'to' and a 'text' of "
                                               + "at most " + MAX_TEXT + " characters");
        }
        Instant now = Instant.now();
        switch (provider == null ? "" : provider.toLowerCase(Locale.ROOT)) {
            case "aws" -> {
                String inboundMessageId = UUID.randomUUID().toString();
                emitter.emitAws(AwsEventShapes.inbound(from, to, text, keyword(text), inboundMessageId,
                        lastSent.get(to + "|" + from)), event -> awsShapes.sns(AwsEventShapes.TWO_WAY_TOPIC,
                        event.toString(), now));
                return inboundMessageId;
            }
            case "azure" -> {
                AcsEventShapes.GridEvent event = AcsEventShapes.smsReceived(from, to, text, now);
                emitter.emitAzure(event);
                return event.data().get("messageId").asText();
            }
            default -> throw new IllegalArgumentException("provider must be aws or azure, not " + provider);
        }
    }

    void clear() {
        lastSent.clear();
    }

    private static String keyword(String text) {
        String first = text.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return KEYWORDS.contains(first) ? first : null;
    }
}
