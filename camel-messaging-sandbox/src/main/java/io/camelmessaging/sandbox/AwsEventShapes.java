package io.camelmessaging.sandbox;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON AWS End User Messaging SMS publishes, as its user guide shows it: a delivery event per recipient and
 * status ({@code eventType}, {@code messageStatus}, {@code isFinal}, the request's {@code context} echoed, parts and
 * price), a two-way inbound message, and the envelopes they reach an SQS queue in (an SNS notification, an
 * EventBridge event, or raw).
 */
final class AwsEventShapes {

    static final String DELIVERY_TOPIC = "arn:aws:sns:us-east-1:" + SqsQueues.ACCOUNT + ":sms-voice-events";
    static final String TWO_WAY_TOPIC = "arn:aws:sns:us-east-1:" + SqsQueues.ACCOUNT + ":sms-two-way";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal TEXT_PART_PRICE = new BigDecimal("0.00581");
    private static final BigDecimal MEDIA_PRICE = new BigDecimal("0.02000");

    private final Supplier<URI> baseUri;

    /** @param baseUri the sandbox's address, for the SNS envelope's URLs (no certificate is served there) */
    AwsEventShapes(Supplier<URI> baseUri) {
        this.baseUri = baseUri;
    }

    /** The event of one recipient's status; {@code status} is the {@code messageStatus}, e.g. {@code PENDING}. */
    static ObjectNode delivery(RecordedMessage sent, String status, String description, boolean isFinal,
                               Instant now) {
        boolean media = "MMS".equals(sent.channel());
        JsonNode request = sent.request();
        int parts = media ? 1 : SmsParts.count(sent.body() == null ? "" : sent.body());
        ObjectNode event = JSON.createObjectNode().put("eventType", (media ? "MEDIA_" : "TEXT_") + status)
                .put("eventVersion", "1.0").put("eventTimestamp", now.toEpochMilli()).put("isFinal", isFinal)
                .put("originationPhoneNumber", sent.from()).put("destinationPhoneNumber", sent.to())
                .put("isoCountryCode", PhoneNumbers.isoCountryCode(sent.to())).put("isInternationalSend", false)
                .put("messageId", sent.messageId()).put("messageRequestTimestamp", sent.receivedAt().toEpochMilli());
        if (!media) {
            event.put("messageEncoding", SmsParts.isGsm(sent.body() == null ? "" : sent.body()) ? "GSM" : "UNICODE");
        }
        event.put("messageType", request.path("MessageType").asText("TRANSACTIONAL"))
                .put("messageStatus", status).put("messageStatusDescription", description);
        if (request.path("Context").isObject()) {
            event.set("context", request.get("Context"));
        }
        return event.put("totalMessageParts", parts)
                .put("totalMessagePrice", media ? MEDIA_PRICE : TEXT_PART_PRICE.multiply(BigDecimal.valueOf(parts)))
                .put("totalCarrierFee", BigDecimal.ZERO.setScale(1));
    }

    /** A two-way message from a phone; {@code keyword} and {@code previousPublishedMessageId} may be null. */
    static ObjectNode inbound(String from, String to, String text, String keyword, String inboundMessageId,
                              String previousPublishedMessageId) {
        ObjectNode event = JSON.createObjectNode().put("originationNumber", from).put("destinationNumber", to);
        if (keyword != null) {
            event.put("messageKeyword", keyword);
        }
        event.put("messageBody", text).put("inboundMessageId", inboundMessageId);
        if (previousPublishedMessageId != null) {
            event.put("previousPublishedMessageId", previousPublishedMessageId);
        }
        return event;
    }

    /** The queue message body of a delivery event in the configured envelope. */
    String deliveryBody(AwsEventEnvelope envelope, ObjectNode event, Instant now) {
        return switch (envelope) {
            case SNS -> sns(DELIVERY_TOPIC, event.toString(), now);
            case EVENTBRIDGE -> eventBridge(event, now);
            case RAW -> event.toString();
        };
    }

    /** An SNS notification of {@code message} from {@code topicArn}, as an SQS subscription receives it. */
    String sns(String topicArn, String message, Instant now) {
        byte[] notSigned = SigV4Verifier.sha256((topicArn + message).getBytes(StandardCharsets.UTF_8));
        return JSON.createObjectNode().put("Type", "Notification").put("MessageId", UUID.randomUUID().toString())
                .put("TopicArn", topicArn).put("Message", message).put("Timestamp", now.toString())
                .put("SignatureVersion", "1").put("Signature", Base64.getEncoder().encodeToString(notSigned))
                .put("SigningCertURL", baseUri.get() + "/sandbox/sns/SimpleNotificationService-sandbox.pem")
                .put("UnsubscribeURL", baseUri.get() + "/sandbox/sns/unsubscribe?SubscriptionArn=" + topicArn + ":sandbox")
                .toString();
    }

    private static String eventBridge(ObjectNode event, Instant now) {
        boolean media = event.path("eventType").asText().startsWith("MEDIA_");
        ObjectNode envelope = JSON.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", media ? "Media Message Delivery Status Updated"
                        : "Text Message Delivery Status Updated")
                .put("source", "aws.sms-voice").put("account", SqsQueues.ACCOUNT)
                .put("time", now.truncatedTo(ChronoUnit.SECONDS).toString())
                .put("region", "us-east-1");
        envelope.putArray("resources");
        envelope.set("detail", event);
        return envelope.toString();
    }
}
