package io.camelmessaging.component.provider.azure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.provider.azure.model.AcsSendResponse;
import io.camelmessaging.component.provider.azure.model.AcsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * Posts our own JSON to an ACS send API ({@code /sms} or {@code /mms}) through the azure-core pipeline (retry, HMAC or
 * bearer authentication, logging) and maps the 202's per-recipient items, or a whole-request error, to outcomes.
 */
final class AcsRestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NO_BODY = {};

    private final AcsConnection connection;
    private final String url;
    private final String operation;
    private final String recipientsMember;

    /**
     * @param path             {@code /sms} or {@code /mms}
     * @param apiVersion       the API version of the path
     * @param operation        the name in error messages, e.g. {@code SendSms}
     * @param recipientsMember the request's member that lists recipients
     */
    AcsRestClient(AcsConnection connection, String path, String apiVersion, String operation,
                  String recipientsMember) {
        this.connection = connection;
        this.url = connection.endpoint() + path + "?api-version=" + apiVersion;
        this.operation = operation;
        this.recipientsMember = recipientsMember;
    }

    /** Sends a request body to the given recipients; the response is the parsed 202, or null when it failed. */
    CompletableFuture<ProviderResponse> post(Object body, List<String> recipients) {
        HttpRequest request;
        try {
            request = new HttpRequest(HttpMethod.POST, url)
                    .setHeader(HttpHeaderName.CONTENT_TYPE, "application/json")
                    .setBody(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<ProviderResponse> answer = new CompletableFuture<>();
        connection.pipeline().send(request)
                .flatMap(response -> response.getBodyAsByteArray().defaultIfEmpty(NO_BODY)
                        .map(bytes -> ofResponse(recipients, response, bytes)))
                .toFuture()
                .whenComplete((done, failure) -> answer.complete(failure == null ? done
                        : new ProviderResponse(null, AzureOutcomes.ofFailure(operation, recipients, failure))));
        return answer;
    }

    /**
     * The request the user built ({@code pojoRequest=true}) as JSON: an instance of {@code type}, a Map or a JSON
     * String in the API's shape, that lists its recipients.
     */
    JsonNode pojoJson(Exchange exchange, Class<?> type) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        JsonNode json = null;
        try {
            if (type.isInstance(body) || body instanceof Map<?, ?>) {
                json = JSON.valueToTree(body);
            } else if (body instanceof String text) {
                json = JSON.readTree(text);
            }
        } catch (IOException | IllegalArgumentException e) {
            json = null;
        }
        if (json == null || !json.path(recipientsMember).isArray()) {
            throw new InvalidPayloadException(exchange, type);
        }
        return json;
    }

    /** The recipients a request body lists. */
    List<String> recipientsOf(JsonNode body) {
        List<String> recipients = new ArrayList<>();
        body.path(recipientsMember).forEach(r -> recipients.add(r.path("to").asText()));
        return recipients;
    }

    /** A body as JSON; an empty object when it is empty or no JSON. */
    private static JsonNode tree(byte[] bytes) {
        try {
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** A 202's body, read straight from its bytes; without items when it is empty, no JSON or of another shape. */
    private static AcsSendResponse accepted(byte[] bytes) {
        if (bytes.length == 0) {
            return new AcsSendResponse(null);
        }
        try {
            return JSON.readValue(bytes, AcsSendResponse.class);
        } catch (JsonParseException e) {
            return new AcsSendResponse(null);
        } catch (IOException | IllegalArgumentException e) {
            return new AcsSendResponse(List.of());
        }
    }

    private ProviderResponse ofResponse(List<String> recipients, HttpResponse response, byte[] bytes) {
        if (response.getStatusCode() != 202) {
            HttpResponseException error = new HttpResponseException("Status code " + response.getStatusCode(),
                    response, JSON.convertValue(tree(bytes), Map.class));
            return new ProviderResponse(null, AzureOutcomes.ofFailure(operation, recipients, error));
        }
        String requestId = response.getHeaderValue(HttpHeaderName.X_MS_REQUEST_ID);
        AcsSendResponse parsed = accepted(bytes);
        Map<String, AcsSendResult> byRecipient = new HashMap<>();
        if (parsed.value() != null) {
            parsed.value().forEach(item -> byRecipient.put(item.to(), item));
        }
        return new ProviderResponse(parsed, RecipientOutcome.inOrder(recipients, byRecipient,
                (to, item) -> AzureOutcomes.ofItem(operation, to, item.messageId(), item.httpStatusCode(),
                        item.successful(), item.repeatabilityResult(), item.errorMessage(), requestId),
                to -> AzureOutcomes.ofItem(operation, to, null, 0, false, null, "No result for this recipient",
                        requestId)));
    }
}
