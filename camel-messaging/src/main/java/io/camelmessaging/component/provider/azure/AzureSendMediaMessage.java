package io.camelmessaging.component.provider.azure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelmessaging.component.media.MediaPolicy;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;

/**
 * Azure Communication Services MMS ({@code POST /mms?api-version=2024-01-14-preview}), which no Azure Java SDK
 * offers yet: the {@code MmsSendMessageRequest} JSON is built with Jackson and sent through the azure-core pipeline
 * (retry, HMAC or bearer authentication, logging). Media are sent as base64 content with their content type.
 */
public final class AzureSendMediaMessage implements ProviderOperation {

    static final Set<String> CONTENT_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "audio/wav",
            "audio/x-wav", "audio/ac3", "audio/amr", "video/mp4", "video/x-msvideo", "text/plain");
    private static final String OPERATION = "SendMms";
    private static final String API_VERSION = "2024-01-14-preview";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AcsConnection connection;
    private final MediaLoader mediaLoader;

    public AzureSendMediaMessage(AcsConnection connection, MediaPolicy mediaPolicy) {
        this.connection = connection;
        this.mediaLoader = new MediaLoader(mediaPolicy, CONTENT_TYPES);
    }

    @Override
    public Set<String> unsupportedOptions() {
        return AzureOptions.unsupportedPlus("maxParts");
    }

    @Override
    public OutboundMessage prepare(OutboundMessage message, Exchange exchange, Violations violations) {
        return message.withAttachments(mediaLoader.load(exchange, message, violations));
    }

    @Override
    public void validate(OutboundMessage m, Violations v) {
        AzureOptions.validateAddresses(m, v);
        v.check("message", m.body(), Constraint.AZURE_MMS_MESSAGE);
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(OutboundMessage message, List<String> recipients) {
        return RecipientChunks.send(recipients, chunk -> post(requestBody(message, chunk), chunk));
    }

    private static ObjectNode requestBody(OutboundMessage message, List<String> chunk) {
        ObjectNode body = JSON.createObjectNode().put("from", message.originationIdentity());
        ArrayNode recipients = body.putArray("recipients");
        String firstSent = Repeatability.firstSent(message);
        chunk.forEach(to -> recipients.addObject().put("to", to)
                .put("repeatabilityRequestId", Repeatability.requestId(message, to))
                .put("repeatabilityFirstSent", firstSent));
        if (message.body() != null) {
            body.put("message", message.body());
        }
        ArrayNode attachments = body.putArray("attachments");
        message.attachments().forEach(a -> attachments.addObject().put("contentType", a.contentType())
                .put("contentInBase64", a.contentInBase64()));
        if (message.enableDeliveryReport() != null || message.tag() != null) {
            ObjectNode options = body.putObject("sendOptions")
                    .put("enableDeliveryReport", Boolean.TRUE.equals(message.enableDeliveryReport()));
            if (message.tag() != null) {
                options.put("tag", message.tag());
            }
        }
        return body;
    }

    private CompletableFuture<List<RecipientOutcome>> post(JsonNode body, List<String> chunk) {
        HttpRequest request;
        try {
            request = new HttpRequest(HttpMethod.POST, connection.endpoint() + "/mms?api-version=" + API_VERSION)
                    .setHeader(HttpHeaderName.CONTENT_TYPE, "application/json")
                    .setBody(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<List<RecipientOutcome>> outcomes = new CompletableFuture<>();
        connection.pipeline().send(request)
                .flatMap(response -> response.getBodyAsString().defaultIfEmpty("")
                        .map(text -> ofResponse(chunk, response, text)))
                .toFuture()
                .whenComplete((done, failure) -> outcomes.complete(
                        failure == null ? done : AzureOutcomes.ofFailure(OPERATION, chunk, failure)));
        return outcomes;
    }

    private static List<RecipientOutcome> ofResponse(List<String> chunk, HttpResponse response, String text) {
        JsonNode body;
        try {
            body = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            body = JSON.createObjectNode();
        }
        if (response.getStatusCode() != 202) {
            HttpResponseException error = new HttpResponseException("Status code " + response.getStatusCode(),
                    response, JSON.convertValue(body, Map.class));
            return AzureOutcomes.ofFailure(OPERATION, chunk, error);
        }
        String requestId = response.getHeaderValue(HttpHeaderName.X_MS_REQUEST_ID);
        Map<String, JsonNode> byRecipient = new HashMap<>();
        body.path("value").forEach(item -> byRecipient.put(item.path("to").asText(), item));
        List<RecipientOutcome> outcomes = new ArrayList<>(chunk.size());
        for (String to : chunk) {
            JsonNode item = byRecipient.get(to);
            outcomes.add(item == null
                    ? AzureOutcomes.ofItem(OPERATION, to, null, 0, false, null, "No result for this recipient",
                            requestId)
                    : AzureOutcomes.ofItem(OPERATION, to, item.path("messageId").asText(null),
                            item.path("httpStatusCode").asInt(), item.path("successful").asBoolean(),
                            item.path("repeatabilityResult").asText(null), item.path("errorMessage").asText(null),
                            requestId));
        }
        return outcomes;
    }

    @Override
    public Class<?> pojoRequestType() {
        return JsonNode.class;
    }

    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Object request) {
        JsonNode body = (JsonNode) request;
        List<String> chunk = new ArrayList<>();
        body.path("recipients").forEach(r -> chunk.add(r.path("to").asText()));
        return post(body, chunk).thenApply(outcomes -> new ProviderResponse(null, outcomes));
    }
}
