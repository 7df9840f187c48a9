package io.camelmessaging.component.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import static java.util.Map.entry;

/**
 * Reads one SQS message body into AWS End User Messaging SMS events. The body is an SNS notification envelope
 * ({@code Type=Notification}, the event as the JSON string {@code Message}), an EventBridge envelope ({@code source
 * aws.sms-voice}, the event in {@code detail}) or the event JSON itself. Understood events: text and media delivery
 * events ({@code eventType} {@code TEXT_*} and {@code MEDIA_*}) and two-way inbound messages. Anything else ends in a
 * {@link MessagingEventException}. Thread-safe; reads nothing but the given text.
 */
public final class AwsEventParser {

    /** Provider name carried by the events. */
    public static final String PROVIDER = "aws";

    /** The key of the message's {@code Context} that carries header {@code CamelMessagingCorrelationId} (design.md 3). */
    public static final String CORRELATION_CONTEXT_KEY = "camelCorrelationId";

    private static final String EVENTBRIDGE_SOURCE = "aws.sms-voice";
    private static final List<String> EVENTBRIDGE_DETAIL_TYPES = List.of(
            "Text Message Delivery Status Updated", "Media Message Delivery Status Updated");

    /** Delivery event types without their TEXT_ or MEDIA_ prefix, and the status each means. */
    private static final Map<String, MessagingEventStatus> STATUS_BY_EVENT = Map.ofEntries(
            entry("DELIVERED", MessagingEventStatus.DELIVERED),
            entry("SUCCESSFUL", MessagingEventStatus.DELIVERED),
            entry("QUEUED", MessagingEventStatus.SENT),
            entry("PENDING", MessagingEventStatus.SENT),
            entry("BLOCKED", MessagingEventStatus.BLOCKED),
            entry("CARRIER_BLOCKED", MessagingEventStatus.BLOCKED),
            entry("SPAM", MessagingEventStatus.BLOCKED),
            entry("PROTECT_BLOCKED", MessagingEventStatus.BLOCKED),
            entry("TTL_EXPIRED", MessagingEventStatus.EXPIRED),
            entry("CARRIER_UNREACHABLE", MessagingEventStatus.FAILED),
            entry("UNREACHABLE", MessagingEventStatus.FAILED),
            entry("INVALID", MessagingEventStatus.FAILED),
            entry("INVALID_MESSAGE", MessagingEventStatus.FAILED),
            entry("FILE_INACCESSIBLE", MessagingEventStatus.FAILED),
            entry("FILE_TYPE_UNSUPPORTED", MessagingEventStatus.FAILED),
            entry("FILE_SIZE_EXCEEDED", MessagingEventStatus.FAILED),
            entry("UNKNOWN", MessagingEventStatus.UNKNOWN));

    private final EventJson json = new EventJson(PROVIDER);

    /**
     * The events in one SQS message body (one today: SNS and EventBridge carry a single event each).
     *
     * @throws MessagingEventException when the body is not one of the understood forms, or too large
     */
    public List<MessagingEvent> parse(String body) {
        JsonNode root = json.parse("body", body, EventLimits.MAX_AWS_BODY_BYTES);
        if (!root.isObject()) {
            throw json.fail("body", root.toString(), "must be a JSON object");
        }
        if (json.field(root, "Type") != null && json.field(root, "TopicArn") != null) {
            return List.of(fromSns(root));
        }
        if (root.has("detail-type") || root.has("source") && root.has("detail")) {
            return List.of(fromEventBridge(root));
        }
        return List.of(event(root, "", body, null));
    }

    private MessagingEvent fromSns(JsonNode envelope) {
        String type = json.requiredText(envelope, "", "Type", EventLimits.MAX_FIELD_CHARS);
        if (!"Notification".equals(type)) {
            throw json.fail("Type", type, "must be Notification (subscription messages are not events)");
        }
        String message = json.requiredText(envelope, "", "Message", EventLimits.MAX_AWS_BODY_BYTES);
        JsonNode event = json.parse("Message", message, EventLimits.MAX_AWS_BODY_BYTES);
        if (!event.isObject()) {
            throw json.fail("Message", message, "must hold a JSON object");
        }
        return event(event, "Message", message, envelope);
    }

    private MessagingEvent fromEventBridge(JsonNode envelope) {
        String source = json.requiredText(envelope, "", "source", EventLimits.MAX_FIELD_CHARS);
        if (!EVENTBRIDGE_SOURCE.equals(source)) {
            throw json.fail("source", source, "must be " + EVENTBRIDGE_SOURCE);
        }
        String detailType = json.requiredText(envelope, "", "detail-type", EventLimits.MAX_FIELD_CHARS);
        if (!EVENTBRIDGE_DETAIL_TYPES.contains(detailType)) {
            throw json.fail("detail-type", detailType, "must be one of " + EVENTBRIDGE_DETAIL_TYPES);
        }
        JsonNode detail = json.object(envelope, "", "detail");
        return delivery(detail, "detail", detail.toString());
    }

    /** A delivery event or an inbound message; an inbound message's time is its SNS envelope's, if it has one. */
    private MessagingEvent event(JsonNode event, String path, String raw, JsonNode snsEnvelope) {
        if (json.field(event, "eventType") != null) {
            return delivery(event, path, raw);
        }
        if (json.field(event, "inboundMessageId") != null) {
            return inbound(event, path, raw, snsEnvelope == null ? null
                    : json.isoTime(snsEnvelope, "", "Timestamp"));
        }
        throw json.fail(path.isEmpty() ? "body" : path, raw,
                "must be a delivery event (eventType) or a two-way inbound message (inboundMessageId)");
    }

    private MessagingEvent delivery(JsonNode event, String path, String raw) {
        String eventType = json.requiredText(event, path, "eventType", EventLimits.MAX_FIELD_CHARS);
        MessagingEventStatus status = statusOf(eventType);
        if (status == null) {
            throw json.fail(EventJson.path(path, "eventType"), eventType,
                    "must be a TEXT_ or MEDIA_ delivery event type, one of " + STATUS_BY_EVENT.keySet());
        }
        String messageId = json.requiredText(event, path, "messageId", EventLimits.MAX_FIELD_CHARS);
        Instant occurredAt = json.epochMillis(event, path, "eventTimestamp");
        return new MessagingEvent(PROVIDER, MessagingEventKind.DELIVERY_STATUS, status, eventType,
                json.text(event, path, "messageStatusDescription", EventLimits.MAX_FIELD_CHARS),
                json.requiredBoolean(event, path, "isFinal"),
                messageId,
                json.text(event, path, "destinationPhoneNumber", EventLimits.MAX_FIELD_CHARS),
                json.text(event, path, "originationPhoneNumber", EventLimits.MAX_FIELD_CHARS),
                null, null,
                json.count(event, path, "totalMessageParts"),
                json.amount(event, path, "totalMessagePrice"),
                occurredAt,
                correlationId(event, path),
                messageId + "/" + eventType + "/" + (occurredAt == null ? "" : occurredAt.toEpochMilli()),
                raw);
    }

    private MessagingEvent inbound(JsonNode event, String path, String raw, Instant envelopeTime) {
        String messageId = json.requiredText(event, path, "inboundMessageId", EventLimits.MAX_FIELD_CHARS);
        String text = json.text(event, path, "messageBody", EventLimits.MAX_TEXT_CHARS);
        String keyword = json.text(event, path, "messageKeyword", EventLimits.MAX_TEXT_CHARS);
        String optKeyword = OptKeywords.match(keyword, text);
        MessagingEventStatus status = OptKeywords.isOptOut(optKeyword)
                ? MessagingEventStatus.OPTED_OUT : MessagingEventStatus.RECEIVED;
        return new MessagingEvent(PROVIDER, MessagingEventKind.INBOUND_MESSAGE, status, optKeyword, null, true,
                messageId,
                json.requiredText(event, path, "destinationNumber", EventLimits.MAX_FIELD_CHARS),
                json.requiredText(event, path, "originationNumber", EventLimits.MAX_FIELD_CHARS),
                text, keyword, null, null, envelopeTime, null, messageId, raw);
    }

    private String correlationId(JsonNode event, String path) {
        JsonNode context = json.field(event, "context");
        if (context == null || context.isNull()) {
            return null;
        }
        if (!context.isObject()) {
            throw json.fail(EventJson.path(path, "context"), context.toString(), "must be a JSON object");
        }
        return json.text(context, EventJson.path(path, "context"), CORRELATION_CONTEXT_KEY, EventLimits.MAX_FIELD_CHARS);
    }

    private static MessagingEventStatus statusOf(String eventType) {
        for (String prefix : List.of("TEXT_", "MEDIA_")) {
            if (eventType.startsWith(prefix)) {
                return STATUS_BY_EVENT.get(eventType.substring(prefix.length()));
            }
        }
        return null;
    }
}
