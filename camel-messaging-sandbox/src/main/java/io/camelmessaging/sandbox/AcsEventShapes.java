package io.camelmessaging.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The events Azure Communication Services publishes to Event Grid for SMS, as Azure documents them:
 * {@code Microsoft.Communication.SMSDeliveryReportReceived} and {@code Microsoft.Communication.SMSReceived}, in the
 * Event Grid schema or as CloudEvents 1.0, and Event Grid's own {@code SubscriptionValidationEvent}.
 */
final class AcsEventShapes {

    static final String DELIVERY_REPORT = "Microsoft.Communication.SMSDeliveryReportReceived";
    static final String SMS_RECEIVED = "Microsoft.Communication.SMSReceived";
    static final String UNKNOWN_TYPE = "Microsoft.Communication.SANDBOX_UNKNOWN_EVENT";
    static final String TOPIC = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sandbox/providers"
                                + "/Microsoft.Communication/communicationServices/sandbox";
    private static final DateTimeFormatter INCOMING_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event before it is put in a schema; {@code notJson} replaces its delivery body by text that is not JSON. */
    record GridEvent(String id, String subject, String eventType, Instant eventTime, ObjectNode data,
                     boolean notJson) {

        GridEvent withType(String type) {
            return new GridEvent(id, subject, type, eventTime, data, notJson);
        }

        GridEvent asNotJson() {
            return new GridEvent(id, subject, eventType, eventTime, data, true);
        }
    }

    private AcsEventShapes() {
    }

    /** The delivery report of one recipient; the tag is the request's {@code sendOptions.tag}, or null. */
    static GridEvent deliveryReport(RecordedMessage sent, String tag, DeliveryOutcome outcome, Instant now) {
        boolean delivered = outcome == DeliveryOutcome.DELIVERED;
        int segments = "MMS".equals(sent.channel()) ? 1 : SmsParts.count(sent.body() == null ? "" : sent.body());
        ObjectNode data = JSON.createObjectNode().put("messageId", sent.messageId()).put("from", sent.from())
                .put("to", sent.to()).put("deliveryStatus", outcome.acsStatus())
                .put("deliveryStatusDetails", outcome.acsDetails());
        data.putArray("deliveryAttempts").addObject().put("timestamp", now.toString())
                .put("segmentsSucceeded", delivered ? segments : 0).put("segmentsFailed", delivered ? 0 : segments);
        data.put("receivedTimestamp", now.toString());
        if (tag != null) {
            data.put("tag", tag);
        }
        return new GridEvent(UUID.randomUUID().toString(), subject(sent.to()), DELIVERY_REPORT, now, data, false);
    }

    /** A text from a phone to a number of the resource. */
    static GridEvent smsReceived(String from, String to, String text, Instant now) {
        String messageId = "Incoming_" + INCOMING_ID_TIME.format(now) + UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode().put("messageId", messageId).put("from", from).put("to", to)
                .put("message", text).put("receivedTimestamp", now.toString());
        return new GridEvent(UUID.randomUUID().toString(), subject(to), SMS_RECEIVED, now, data, false);
    }

    static ObjectNode eventGrid(GridEvent event) {
        ObjectNode out = JSON.createObjectNode().put("id", event.id()).put("topic", TOPIC)
                .put("subject", event.subject()).put("eventType", event.eventType())
                .put("eventTime", event.eventTime().toString());
        out.set("data", event.data());
        return out.put("dataVersion", "1.0").put("metadataVersion", "1");
    }

    static ObjectNode cloudEvent(GridEvent event) {
        ObjectNode out = JSON.createObjectNode().put("specversion", "1.0").put("id", event.id())
                .put("source", TOPIC).put("subject", event.subject()).put("type", event.eventType())
                .put("time", event.eventTime().toString()).put("datacontenttype", "application/json");
        out.set("data", event.data());
        return out;
    }

    /** The body of Event Grid's validation POST (Event Grid schema). */
    static JsonNode validation(String validationCode, Instant now) {
        ObjectNode event = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("topic", TOPIC)
                .put("subject", "").put("eventType", "Microsoft.EventGrid.SubscriptionValidationEvent")
                .put("eventTime", now.toString()).put("metadataVersion", "1").put("dataVersion", "2");
        event.putObject("data").put("validationCode", validationCode);
        return JSON.createArrayNode().add(event);
    }

    /** Azure's subject of an SMS event: {@code /phonenumber/} and the number without its {@code +}. */
    private static String subject(String number) {
        return "/phonenumber/" + (number.startsWith("+") ? number.substring(1) : number);
    }
}
