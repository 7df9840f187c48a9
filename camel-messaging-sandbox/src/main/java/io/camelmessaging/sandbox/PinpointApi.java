package io.camelmessaging.sandbox;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Amazon Pinpoint {@code SendMessages} (REST JSON): {@code POST /v1/apps/{application-id}/messages}, signed with
 * SigV4 for {@code mobiletargeting}. The body is the bare {@code MessageRequest}; the answer is a bare
 * {@code MessageResponse} with one {@code Result} per address and one {@code EndpointResult} per endpoint id, failures
 * included, inside a 200: an SMS or voice address that is not a valid E.164 number (libphonenumber) is a
 * {@code PERMANENT_FAILURE} with status code 400.
 */
final class PinpointApi implements SandboxApi {

    static final String API = "pinpoint";
    private static final Pattern PATH = Pattern.compile("/v1/apps/([^/]+)/messages");
    private static final List<String> CHANNEL_MESSAGES = List.of("SMSMessage", "VoiceMessage", "EmailMessage",
            "APNSMessage", "GCMMessage", "BaiduMessage", "ADMMessage", "DefaultPushNotificationMessage",
            "DefaultMessage");
    private static final Set<String> PHONE_CHANNELS = Set.of("SMS", "VOICE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxState state;
    private final SigV4Verifier verifier;

    PinpointApi(SandboxState state, Map<String, String> credentials, Clock clock) {
        this.state = state;
        this.verifier = new SigV4Verifier(credentials::get, clock);
    }

    @Override
    public boolean handles(HttpCall call) {
        return "POST".equals(call.method()) && PATH.matcher(call.rawPath()).matches();
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Instant receivedAt = Instant.now();
        SigV4Verifier.Failure denied = verifier.verify("mobiletargeting", call.method(), call.rawPath(),
                call.rawQuery(), call.headers(), call.body());
        if (denied != null) {
            error(call, receivedAt, 403, denied.type(), denied.message());
            return;
        }
        Matcher path = PATH.matcher(call.rawPath());
        path.matches();
        String applicationId = URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
        JsonNode request;
        try {
            request = JSON.readTree(call.body());
        } catch (IOException e) {
            request = null;
        }
        String invalid = validate(request);
        if (invalid != null) {
            error(call, receivedAt, 400, "BadRequestException", invalid);
            return;
        }
        Fault fault = state.faults.pickForRequest();
        if (fault != null && fault.kind() == Fault.Kind.AWS_ERROR) {
            error(call, receivedAt, fault.status(), fault.type(), fault.message());
            return;
        }
        String requestId = UUID.randomUUID().toString();
        ObjectNode response = JSON.createObjectNode().put("ApplicationId", applicationId).put("RequestId", requestId);
        ObjectNode results = response.putObject("Result");
        for (Iterator<Map.Entry<String, JsonNode>> it = request.path("Addresses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> address = it.next();
            String channel = address.getValue().path("ChannelType").asText("SMS");
            results.set(address.getKey(), deliver(call, receivedAt, request, address.getKey(), channel,
                    address.getValue()));
        }
        ObjectNode endpointResults = response.putObject("EndpointResult");
        for (Iterator<Map.Entry<String, JsonNode>> it = request.path("Endpoints").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> endpoint = it.next();
            endpointResults.set(endpoint.getKey(), deliver(call, receivedAt, request, endpoint.getKey(), "ENDPOINT",
                    endpoint.getValue()).put("Address", endpoint.getKey()));
        }
        state.requests.add(recorded(call, receivedAt, 200, null));
        call.answer(200, "application/json", JSON.writeValueAsString(response),
                Map.of("x-amzn-RequestId", requestId));
    }

    private static String validate(JsonNode request) {
        if (request == null || !request.isObject()) {
            return "The request body is not a JSON object";
        }
        if (!request.path("MessageConfiguration").isObject()) {
            return "MessageConfiguration is required";
        }
        int recipients = request.path("Addresses").size() + request.path("Endpoints").size();
        if (recipients == 0) {
            return "Addresses or Endpoints is required";
        }
        return recipients > 100 ? "A direct message can have at most 100 addresses and endpoints" : null;
    }

    /**
     * The MessageResult of one address: a permanent failure for a phone channel address that is not a valid E.164
     * number, the injected delivery status, or SUCCESSFUL and recorded.
     */
    private ObjectNode deliver(HttpCall call, Instant receivedAt, JsonNode request, String to, String channel,
                               JsonNode addressConfig) {
        if (PHONE_CHANNELS.contains(channel) && !PhoneNumbers.isValid(to)) {
            return JSON.createObjectNode().put("DeliveryStatus", "PERMANENT_FAILURE").put("StatusCode", 400)
                    .put("StatusMessage", "Invalid phone number");
        }
        Fault fault = state.faults.pickForRecipient(to);
        if (fault != null && fault.kind() == Fault.Kind.DELIVERY_STATUS) {
            return JSON.createObjectNode().put("DeliveryStatus", fault.type()).put("StatusCode", fault.status())
                    .put("StatusMessage", fault.message());
        }
        String messageId = UUID.randomUUID().toString();
        JsonNode message = channelMessage(request.path("MessageConfiguration"), channel);
        String body = addressConfig.path("BodyOverride").asText(message.path("Body").asText(
                message.path("SimpleEmail").path("TextPart").path("Data").asText(null)));
        String title = addressConfig.path("TitleOverride").asText(message.path("Title").asText(
                message.path("SimpleEmail").path("Subject").path("Data").asText(null)));
        String from = message.path("OriginationNumber").asText(message.path("FromAddress").asText(
                message.path("SenderId").asText(null)));
        state.messages.add(new RecordedMessage(API, "SendMessages", channel, messageId, from, to, title, body, List.of(),
                false, receivedAt, request, call.flatHeaders()));
        return JSON.createObjectNode().put("DeliveryStatus", "SUCCESSFUL").put("StatusCode", 200)
                .put("StatusMessage", "MessageId: " + messageId).put("MessageId", messageId);
    }

    /** The message a channel uses: its own (SMS → SMSMessage, GCM → GCMMessage, ...), else the default. */
    private static JsonNode channelMessage(JsonNode configuration, String channel) {
        String own = switch (channel) {
            case "SMS" -> "SMSMessage";
            case "VOICE" -> "VoiceMessage";
            case "EMAIL" -> "EmailMessage";
            case "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX" -> "APNSMessage";
            case "GCM" -> "GCMMessage";
            case "BAIDU" -> "BaiduMessage";
            case "ADM" -> "ADMMessage";
            default -> "DefaultMessage";
        };
        if (configuration.has(own)) {
            return configuration.get(own);
        }
        for (String name : CHANNEL_MESSAGES) {
            if (configuration.has(name)) {
                return configuration.get(name);
            }
        }
        return JSON.createObjectNode();
    }

    private void error(HttpCall call, Instant receivedAt, int status, String type, String message) throws IOException {
        String requestId = UUID.randomUUID().toString();
        state.requests.add(recorded(call, receivedAt, status, type));
        call.answer(status, "application/json", JSON.writeValueAsString(Map.of("Message", message,
                "RequestID", requestId)), Map.of("x-amzn-ErrorType", type + ":", "x-amzn-RequestId", requestId));
    }

    private RecordedRequest recorded(HttpCall call, Instant receivedAt, int status, String errorType) {
        return new RecordedRequest(API, "SendMessages", call.method(), call.pathAndQuery(), call.flatHeaders(),
                call.bodyText(), status, errorType, receivedAt);
    }
}
