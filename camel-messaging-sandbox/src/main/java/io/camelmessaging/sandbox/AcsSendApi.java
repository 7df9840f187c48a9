package io.camelmessaging.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Azure Communication Services send APIs: SMS ({@code POST /sms?api-version=2021-03-07}) and MMS
 * ({@code POST /mms?api-version=2024-01-14-preview}). Whole-request errors answer {@code {"error":{code,message}}};
 * per-recipient outcomes always travel inside a 202. A recipient that is not a valid E.164 number (libphonenumber) is
 * a 400 item. Recipients with a {@code repeatabilityRequestId} are answered as {@link AcsRepeatability} tracks them:
 * a sent item and a matching repeat within the window {@code accepted} (the repeat with the original item), a request
 * first sent before the window 412, a repeat with other content 400, both {@code rejected}.
 */
final class AcsSendApi implements SandboxApi {

    /** What differs between the SMS and the MMS API. */
    record Flavor(String api, String path, String apiVersion, String operation, String recipientsMember,
                  String optionsMember, int maxMessageLength, boolean messageRequired, boolean attachments,
                  String invalidRecipientMessage, Supplier<String> messageIds) {
    }

    private static final DateTimeFormatter SMS_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    /** SMS message ids are {@code Outgoing_}, the UTC send time and a GUID, as in the API's examples. */
    static final Flavor SMS = new Flavor("acs-sms", "/sms", "2021-03-07", "SendSms", "smsRecipients",
            "smsSendOptions", 2048, true, false, "Invalid To phone number format.",
            () -> "Outgoing_" + SMS_ID_TIME.format(Instant.now()) + UUID.randomUUID());
    /** MMS message ids are bare GUIDs. */
    static final Flavor MMS = new Flavor("acs-mms", "/mms", "2024-01-14-preview", "SendMms", "recipients",
            "sendOptions", 1000, false, true, "Invalid phone number format.", () -> UUID.randomUUID().toString());

    private static final Set<String> CONTENT_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp",
            "audio/wav", "audio/x-wav", "audio/ac3", "audio/amr", "video/mp4", "video/x-msvideo", "text/plain");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter CANONICAL = JSON.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Flavor flavor;
    private final SandboxState state;
    private final AcsHmacVerifier verifier;

    AcsSendApi(Flavor flavor, SandboxState state, String accessKey, String bearerToken, Clock clock) {
        this.flavor = flavor;
        this.state = state;
        this.verifier = new AcsHmacVerifier(accessKey, bearerToken, clock);
    }

    @Override
    public boolean handles(HttpCall call) {
        return "POST".equals(call.method()) && flavor.path().equals(call.rawPath());
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Instant receivedAt = Instant.now();
        String denied = verifier.verify(call);
        if (denied != null) {
            error(call, receivedAt, 401, "Denied", "Denied by the resource provider.");
            return;
        }
        if (!("api-version=" + flavor.apiVersion()).equals(call.rawQuery())) {
            error(call, receivedAt, 400, "UnsupportedApiVersion", "Use api-version=" + flavor.apiVersion());
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(call.body());
        } catch (IOException e) {
            request = null;
        }
        String invalid = request == null || !request.isObject() ? "The request body is not a JSON object"
                : validateRequest(request);
        if (invalid != null) {
            error(call, receivedAt, 400, "BadRequest", invalid);
            return;
        }
        Fault fault = state.faults.pickForRequest();
        if (fault != null && fault.kind() == Fault.Kind.DELAY) {
            sleep(fault);
        } else if (fault != null && fault.kind() != Fault.Kind.DROP_CONNECTION) {
            error(call, receivedAt, fault.status(), fault.type() != null ? fault.type() : "Status" + fault.status(),
                    fault.message(), fault.headers());
            return;
        }
        ArrayNode items = JSON.createArrayNode();
        for (JsonNode recipient : request.get(flavor.recipientsMember())) {
            items.add(send(call, receivedAt, request, recipient));
        }
        if (fault != null && fault.kind() == Fault.Kind.DROP_CONNECTION) {
            state.requests.add(recorded(call, receivedAt, -1, "DroppedConnection"));
            call.dropConnection();
            return;
        }
        state.requests.add(recorded(call, receivedAt, 202, null));
        call.answer(202, "application/json", JSON.writeValueAsString(JSON.createObjectNode().set("value", items)),
                Map.of("x-ms-request-id", UUID.randomUUID().toString()));
    }

    private String validateRequest(JsonNode request) {
        if (!request.path("from").isTextual() || request.get("from").asText().isEmpty()) {
            return "The from field is required.";
        }
        JsonNode recipients = request.path(flavor.recipientsMember());
        if (!recipients.isArray() || recipients.isEmpty() || recipients.size() > 100) {
            return "The " + flavor.recipientsMember() + " field must have between 1 and 100 recipients.";
        }
        JsonNode message = request.get("message");
        if (flavor.messageRequired() && (message == null || !message.isTextual())) {
            return "The message field is required.";
        }
        if (message != null && message.asText().codePointCount(0, message.asText().length())
                               > flavor.maxMessageLength()) {
            return "The message field must be at most " + flavor.maxMessageLength() + " characters long.";
        }
        JsonNode options = request.get(flavor.optionsMember());
        if (options != null && !options.path("enableDeliveryReport").isBoolean()) {
            return "The " + flavor.optionsMember() + ".enableDeliveryReport field is required.";
        }
        return flavor.attachments() ? validateAttachments(request.path("attachments")) : null;
    }

    private static String validateAttachments(JsonNode attachments) {
        if (!attachments.isArray() || attachments.isEmpty() || attachments.size() > 10) {
            return "The attachments field must have between 1 and 10 attachments.";
        }
        for (JsonNode attachment : attachments) {
            if (!CONTENT_TYPES.contains(attachment.path("contentType").asText())) {
                return "Attachment content type '" + attachment.path("contentType").asText() + "' is not supported.";
            }
            if (attachment.path("contentInBase64").asText().isEmpty()) {
                return "The attachments contentInBase64 field is required.";
            }
        }
        return null;
    }

    /** The item of one recipient: sent, answered again from repeatability, or failed. */
    private ObjectNode send(HttpCall call, Instant receivedAt, JsonNode request, JsonNode recipient) {
        String to = recipient.path("to").asText();
        String requestId = recipient.path("repeatabilityRequestId").asText(null);
        if (requestId == null) {
            return deliver(call, receivedAt, request, to);
        }
        Instant firstSent = rfc1123(recipient.path("repeatabilityFirstSent").asText(null));
        if (firstSent == null) {
            return failed(to, 400, "Request sent with Invalid DateTime value for repeatability-first-sent. "
                                   + "Expected is DateTime ,RFC1123 pattern.").put("repeatabilityResult", "rejected");
        }
        return state.repeatability.answer(to, requestId, firstSent, fingerprint(request, to),
                () -> deliver(call, receivedAt, request, to));
    }

    private ObjectNode deliver(HttpCall call, Instant receivedAt, JsonNode request, String to) {
        if (!PhoneNumbers.isValid(to)) {
            return failed(to, 400, flavor.invalidRecipientMessage());
        }
        Fault fault = state.faults.pickForRecipient(to);
        if (fault != null) {
            return failed(to, fault.status(), fault.message());
        }
        String messageId = flavor.messageIds().get();
        RecordedMessage message = new RecordedMessage(flavor.api(), flavor.operation(),
                flavor.attachments() ? "MMS" : "SMS", messageId, request.get("from").asText(), to, null,
                request.path("message").asText(null), mediaOf(request), false, receivedAt, request,
                call.flatHeaders());
        state.messages.add(message);
        state.emitter.acsSent(message, request.path(flavor.optionsMember()));
        return JSON.createObjectNode().put("to", to).put("messageId", messageId).put("httpStatusCode", 202)
                .put("successful", true);
    }

    /** A digest of what one recipient's item sends: API, sender, recipient, text, attachments and options. */
    private String fingerprint(JsonNode request, String to) {
        ObjectNode content = JSON.createObjectNode().put("api", flavor.api()).put("to", to);
        content.set("from", request.get("from"));
        content.set("message", request.get("message"));
        content.set("attachments", request.get("attachments"));
        content.set("options", request.get(flavor.optionsMember()));
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(JSON.treeToValue(content, Object.class));
            return Base64.getEncoder().encodeToString(SigV4Verifier.sha256(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MMS attachments as {@code data:} URLs, so that the outbox page can show images inline. */
    private static List<String> mediaOf(JsonNode request) {
        List<String> media = new ArrayList<>();
        request.path("attachments").forEach(a -> media.add("data:" + a.path("contentType").asText() + ";base64,"
                                                           + a.path("contentInBase64").asText()));
        return List.copyOf(media);
    }

    private static ObjectNode failed(String to, int status, String message) {
        return JSON.createObjectNode().put("to", to).put("httpStatusCode", status).put("errorMessage", message)
                .put("successful", false);
    }

    private static Instant rfc1123(String date) {
        if (date == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void error(HttpCall call, Instant receivedAt, int status, String code, String message) throws IOException {
        error(call, receivedAt, status, code, message, Map.of());
    }

    private void error(HttpCall call, Instant receivedAt, int status, String code, String message,
                       Map<String, String> headers) throws IOException {
        state.requests.add(recorded(call, receivedAt, status, code));
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        Map<String, String> answerHeaders = new HashMap<>(headers);
        answerHeaders.put("x-ms-request-id", UUID.randomUUID().toString());
        call.answer(status, "application/json", JSON.writeValueAsString(body), answerHeaders);
    }

    private RecordedRequest recorded(HttpCall call, Instant receivedAt, int status, String errorType) {
        return new RecordedRequest(flavor.api(), flavor.operation(), call.method(), call.pathAndQuery(),
                call.flatHeaders(), call.bodyText(), status, errorType, receivedAt);
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
