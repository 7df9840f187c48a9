package io.camelmessaging.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AWS End User Messaging SMS ({@code pinpoint-sms-voice-v2}, AWS JSON 1.0): {@code POST /} with
 * {@code X-Amz-Target: PinpointSMSVoiceV2.SendTextMessage} or {@code SendMediaMessage}.
 */
final class AwsSmsVoiceApi implements SandboxApi {

    static final String API = "sms-voice";
    private static final String TARGET_PREFIX = "PinpointSMSVoiceV2.";
    private static final String NAMESPACE = "com.amazonaws.pinpointsmsvoicev2#";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final String REQUEST_ID = "x-amzn-RequestId";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ModelValidator> OPERATIONS = Map.of(
            "SendTextMessage", ModelValidator.of("aws.pinpoint-sms-voice-v2", "SendTextMessageRequest"),
            "SendMediaMessage", ModelValidator.of("aws.pinpoint-sms-voice-v2", "SendMediaMessageRequest"));

    private final SandboxState state;
    private final SigV4Verifier verifier;

    AwsSmsVoiceApi(SandboxState state, Map<String, String> credentials, Clock clock) {
        this.state = state;
        this.verifier = new SigV4Verifier(credentials::get, clock);
    }

    @Override
    public boolean handles(HttpCall call) {
        String target = call.header("x-amz-target");
        return "POST".equals(call.method()) && target != null && target.startsWith(TARGET_PREFIX);
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Instant receivedAt = Instant.now();
        String operation = call.header("x-amz-target").substring(TARGET_PREFIX.length());
        SigV4Verifier.Failure authFailure = verifier.verify(API, call.method(), call.rawPath(), call.rawQuery(),
                call.headers(), call.body());
        if (authFailure != null) {
            error(call, operation, receivedAt, 403, authFailure.type(), authFailure.message(), Map.of());
            return;
        }
        ModelValidator validator = OPERATIONS.get(operation);
        if (validator == null) {
            error(call, operation, receivedAt, 400, "UnknownOperationException", "Unknown operation " + operation,
                    Map.of());
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(call.body());
        } catch (JsonProcessingException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            error(call, operation, receivedAt, 400, "ValidationException", "The request body is not a JSON object",
                    Map.of("Reason", "CANNOT_PARSE"));
            return;
        }
        List<ModelValidator.FieldError> fieldErrors = validator.validate(request);
        if (!fieldErrors.isEmpty()) {
            answerValidationErrors(call, operation, receivedAt, fieldErrors);
            return;
        }
        String to = request.get("DestinationPhoneNumber").asText();
        Fault fault = state.faults.pick(to);
        if (fault != null && fault.kind() != Fault.Kind.DELAY) {
            answerFault(call, operation, receivedAt, request, fault);
            return;
        }
        if (fault != null) {
            sleep(fault);
        }
        String messageId = record(call, operation, receivedAt, request);
        ObjectNode answer = JSON.createObjectNode().put("MessageId", messageId);
        respond(call, operation, receivedAt, 200, null, answer);
    }

    private String record(HttpCall call, String operation, Instant receivedAt, JsonNode request) {
        String messageId = UUID.randomUUID().toString();
        List<String> mediaUrls = new ArrayList<>();
        request.path("MediaUrls").forEach(url -> mediaUrls.add(url.asText()));
        RecordedMessage message = new RecordedMessage(API, operation, mediaUrls.isEmpty() ? "SMS" : "MMS", messageId,
                text(request, "OriginationIdentity"), text(request, "DestinationPhoneNumber"), null,
                text(request, "MessageBody"), List.copyOf(mediaUrls),
                request.path("DryRun").asBoolean(false), receivedAt, request, call.flatHeaders());
        state.messages.add(message);
        state.awsSent(message);
        return messageId;
    }

    private void answerFault(HttpCall call, String operation, Instant receivedAt, JsonNode request, Fault fault)
            throws IOException {
        switch (fault.kind()) {
            case AWS_ERROR -> respond(call, operation, receivedAt, fault.status(), fault.type(),
                    errorBody(fault.type(), fault.message(), fault.members()), errorHeaders(fault));
            case STATUS -> respond(call, operation, receivedAt, fault.status(), "HTTP " + fault.status(),
                    JSON.createObjectNode().put("message", fault.message()), fault.headers());
            case DROP_CONNECTION -> {
                record(call, operation, receivedAt, request);
                state.requests.add(new RecordedRequest(API, operation, call.method(), call.pathAndQuery(),
                        call.flatHeaders(), call.bodyText(), -1, "DroppedConnection", receivedAt));
                call.dropConnection();
            }
            default -> throw new IllegalStateException("Unexpected fault " + fault);
        }
    }

    private void answerValidationErrors(HttpCall call, String operation, Instant receivedAt,
                                        List<ModelValidator.FieldError> fieldErrors) throws IOException {
        boolean missing = fieldErrors.stream().anyMatch(ModelValidator.FieldError::missing);
        List<Map<String, String>> fields = new ArrayList<>();
        StringBuilder message = new StringBuilder(fieldErrors.size() + " validation error(s) detected: ");
        for (ModelValidator.FieldError fe : fieldErrors) {
            fields.add(Map.of("Name", fe.name(), "Message", fe.message()));
            message.append("Value at '").append(fe.name()).append("' failed to satisfy constraint: ")
                    .append(fe.message()).append("; ");
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("Reason", missing ? "MISSING_PARAMETER" : "FIELD_VALIDATION_FAILED");
        members.put("Fields", fields);
        error(call, operation, receivedAt, 400, "ValidationException", message.substring(0, message.length() - 2),
                members);
    }

    private void error(HttpCall call, String operation, Instant receivedAt, int status, String type, String message,
                       Map<String, Object> members) throws IOException {
        respond(call, operation, receivedAt, status, type, errorBody(type, message, members), Map.of());
    }

    /** The fault's headers; a {@code RequestId} member of the body is the request's id, so the header's too. */
    private static Map<String, String> errorHeaders(Fault fault) {
        Map<String, String> headers = new HashMap<>(fault.headers());
        Object requestId = fault.members().get("RequestId");
        if (requestId != null) {
            headers.put(REQUEST_ID, requestId.toString());
        }
        return headers;
    }

    private static ObjectNode errorBody(String type, String message, Map<String, Object> members) {
        ObjectNode body = JSON.createObjectNode().put("__type", NAMESPACE + type).put("Message", message);
        members.forEach((name, value) -> body.set(name, JSON.valueToTree(value)));
        return body;
    }

    private void respond(HttpCall call, String operation, Instant receivedAt, int status, String errorType,
                         JsonNode body) throws IOException {
        respond(call, operation, receivedAt, status, errorType, body, Map.of());
    }

    private void respond(HttpCall call, String operation, Instant receivedAt, int status, String errorType,
                         JsonNode body, Map<String, String> headers) throws IOException {
        state.requests.add(new RecordedRequest(API, operation, call.method(), call.pathAndQuery(), call.flatHeaders(),
                call.bodyText(), status, errorType, receivedAt));
        Map<String, String> answerHeaders = new HashMap<>(headers);
        answerHeaders.putIfAbsent(REQUEST_ID, UUID.randomUUID().toString());
        call.answer(status, CONTENT_TYPE, JSON.writeValueAsString(body), answerHeaders);
    }

    private static String text(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
