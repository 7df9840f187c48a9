package io.camelmessaging.component.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one Azure Communication Services webhook body into events: an Event Grid schema array, or a CloudEvents 1.0
 * event or batch (array), of {@code Microsoft.Communication.SMSDeliveryReportReceived} and
 * {@code Microsoft.Communication.SMSReceived} events. A {@code Microsoft.EventGrid.SubscriptionValidationEvent} is
 * recognized and its code returned, not answered. Anything else ends in a {@link MessagingEventException}: for the whole
 * body from {@link #parse}, for the one event from {@link #parseEach}. Thread-safe; reads nothing but the given text.
 */
public final class AzureEventParser {

    /** Provider name carried by the events. */
    public static final String PROVIDER = "azure";

    static final String DELIVERY_REPORT = "Microsoft.Communication.SMSDeliveryReportReceived";
    static final String SMS_RECEIVED = "Microsoft.Communication.SMSReceived";
    static final String SUBSCRIPTION_VALIDATION = "Microsoft.EventGrid.SubscriptionValidationEvent";

    private static final String VALIDATION_ALONE = "must arrive alone in its body";

    private final EventJson json = new EventJson(PROVIDER);

    /**
     * The events of one webhook body, or its validation code.
     *
     * @throws MessagingEventException when the body, or any event in it, cannot be read; a batch is taken whole or not
     */
    public AzureEvents parse(String body) {
        AzureEvents events = parseEach(body);
        for (AzureEvents.Item item : events.items()) {
            if (item.failure() != null) {
                throw item.failure();
            }
        }
        return events;
    }

    /**
     * The events of one webhook body, each read on its own, or its validation code: an event that cannot be read is
     * returned with its JSON and the reason, so the others of its batch can still be handled.
     *
     * @throws MessagingEventException when the body as a whole cannot be read: not JSON, beyond the limits, not an
     *                                 object or a non-empty array, or a validation event that does not arrive alone
     */
    public AzureEvents parseEach(String body) {
        JsonNode root = json.parse("body", body, EventLimits.MAX_AZURE_BODY_BYTES);
        if (root.isObject()) {
            return read(List.of(root), false);
        }
        if (!root.isArray() || root.isEmpty()) {
            throw json.fail("body", root.toString(), "must be a JSON object or a non-empty array of events");
        }
        if (root.size() > EventLimits.MAX_EVENTS_PER_BATCH) {
            throw json.fail("body", "[" + root.size() + " events]",
                    "must hold at most " + EventLimits.MAX_EVENTS_PER_BATCH + " events");
        }
        List<JsonNode> nodes = new ArrayList<>(root.size());
        root.forEach(nodes::add);
        return read(nodes, true);
    }

    private AzureEvents read(List<JsonNode> nodes, boolean indexed) {
        List<AzureEvents.Item> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            String path = indexed ? "[" + i + "]" : "";
            JsonNode node = nodes.get(i);
            String raw = node.toString();
            try {
                if (!node.isObject()) {
                    throw json.fail(indexed ? path : "body", raw, "must be a JSON object");
                }
                Envelope envelope = envelope(node, path);
                if (SUBSCRIPTION_VALIDATION.equals(envelope.type)) {
                    return validation(envelope, path, nodes.size());
                }
                items.add(AzureEvents.Item.read(event(envelope, raw)));
            } catch (MessagingEventException e) {
                if (isValidationNotAlone(e)) {
                    throw e;
                }
                items.add(AzureEvents.Item.unreadable(raw, e));
            }
        }
        return new AzureEvents(items, null);
    }

    private AzureEvents validation(Envelope envelope, String path, int eventsInBody) {
        if (eventsInBody != 1) {
            throw json.fail(EventJson.path(path, "eventType"), envelope.type, VALIDATION_ALONE);
        }
        return new AzureEvents(List.of(),
                json.requiredText(envelope.data, envelope.dataPath, "validationCode", EventLimits.MAX_FIELD_CHARS));
    }

    private static boolean isValidationNotAlone(MessagingEventException e) {
        return VALIDATION_ALONE.equals(e.getViolation().rule());
    }

    /** The common parts of an Event Grid event ({@code eventType}) and a CloudEvent ({@code specversion}, {@code type}). */
    private Envelope envelope(JsonNode node, String path) {
        boolean cloudEvent = json.field(node, "specversion") != null;
        if (cloudEvent) {
            String version = json.requiredText(node, path, "specversion", EventLimits.MAX_FIELD_CHARS);
            if (!"1.0".equals(version)) {
                throw json.fail(EventJson.path(path, "specversion"), version, "must be 1.0");
            }
        }
        String typeField = cloudEvent ? "type" : "eventType";
        String type = json.requiredText(node, path, typeField, EventLimits.MAX_FIELD_CHARS);
        if (!List.of(DELIVERY_REPORT, SMS_RECEIVED, SUBSCRIPTION_VALIDATION).contains(type)) {
            throw json.fail(EventJson.path(path, typeField), type,
                    "must be " + DELIVERY_REPORT + ", " + SMS_RECEIVED + " or " + SUBSCRIPTION_VALIDATION);
        }
        return new Envelope(type,
                json.requiredText(node, path, "id", EventLimits.MAX_FIELD_CHARS),
                json.isoTime(node, path, cloudEvent ? "time" : "eventTime"),
                json.object(node, path, "data"),
                EventJson.path(path, "data"));
    }

    private MessagingEvent event(Envelope envelope, String raw) {
        JsonNode data = envelope.data;
        String path = envelope.dataPath;
        String messageId = json.requiredText(data, path, "messageId", EventLimits.MAX_FIELD_CHARS);
        String from = json.requiredText(data, path, "from", EventLimits.MAX_FIELD_CHARS);
        String to = json.requiredText(data, path, "to", EventLimits.MAX_FIELD_CHARS);
        Instant received = json.isoTime(data, path, "receivedTimestamp");
        Instant occurredAt = received != null ? received : envelope.time;
        if (SMS_RECEIVED.equals(envelope.type)) {
            String text = json.text(data, path, "message", EventLimits.MAX_TEXT_CHARS);
            String optKeyword = OptKeywords.match(text);
            MessagingEventStatus status = OptKeywords.isOptOut(optKeyword)
                    ? MessagingEventStatus.OPTED_OUT : MessagingEventStatus.RECEIVED;
            return new MessagingEvent(PROVIDER, MessagingEventKind.INBOUND_MESSAGE, status, optKeyword, null, true,
                    messageId, to, from, text, null, null, null, occurredAt, null, envelope.id, raw);
        }
        String deliveryStatus = json.requiredText(data, path, "deliveryStatus", EventLimits.MAX_FIELD_CHARS);
        return new MessagingEvent(PROVIDER, MessagingEventKind.DELIVERY_STATUS, deliveryStatusOf(deliveryStatus),
                deliveryStatus,
                json.text(data, path, "deliveryStatusDetails", EventLimits.MAX_FIELD_CHARS),
                true, messageId, to, from, null, null,
                parts(data, path), null, occurredAt,
                json.text(data, path, "tag", EventLimits.MAX_FIELD_CHARS),
                envelope.id, raw);
    }

    /** The segments of the last delivery attempt, succeeded plus failed, or null when no attempt is listed. */
    private Integer parts(JsonNode data, String path) {
        JsonNode attempts = json.field(data, "deliveryAttempts");
        if (attempts == null || attempts.isNull()) {
            return null;
        }
        String attemptsPath = EventJson.path(path, "deliveryAttempts");
        if (!attempts.isArray() || attempts.size() > EventLimits.MAX_EVENTS_PER_BATCH) {
            throw json.fail(attemptsPath, attempts.toString(),
                    "must be an array of at most " + EventLimits.MAX_EVENTS_PER_BATCH + " attempts");
        }
        if (attempts.isEmpty()) {
            return null;
        }
        int last = attempts.size() - 1;
        JsonNode attempt = attempts.get(last);
        String attemptPath = attemptsPath + "[" + last + "]";
        if (!attempt.isObject()) {
            throw json.fail(attemptPath, attempt.toString(), "must be a JSON object");
        }
        Integer succeeded = json.count(attempt, attemptPath, "segmentsSucceeded");
        Integer failed = json.count(attempt, attemptPath, "segmentsFailed");
        if (succeeded == null && failed == null) {
            return null;
        }
        return Math.addExact(succeeded == null ? 0 : succeeded, failed == null ? 0 : failed);
    }

    /**
     * ACS documents {@code Delivered} and {@code Failed}, and reports {@code Expired}; any other value is UNKNOWN, kept as
     * the provider status.
     */
    private static MessagingEventStatus deliveryStatusOf(String deliveryStatus) {
        return switch (deliveryStatus) {
            case "Delivered" -> MessagingEventStatus.DELIVERED;
            case "Failed" -> MessagingEventStatus.FAILED;
            case "Expired" -> MessagingEventStatus.EXPIRED;
            default -> MessagingEventStatus.UNKNOWN;
        };
    }

    private record Envelope(String type, String id, Instant time, JsonNode data, String dataPath) {
    }
}
