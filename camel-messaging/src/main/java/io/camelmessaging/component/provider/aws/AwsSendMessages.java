package io.camelmessaging.component.provider.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.MessageRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageResponse;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesRequest;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesResponse;

/**
 * Amazon Pinpoint {@code SendMessages}: a direct message to addresses and endpoints, at most 100 per call; more are
 * sent in several calls. Every address and endpoint id is a recipient with its own result.
 */
final class AwsSendMessages implements ProviderOperation<PinpointRequest> {

    private static final String OPERATION = "SendMessages";

    private final PinpointAsyncClient client;

    AwsSendMessages(PinpointAsyncClient client) {
        this.client = client;
    }

    @Override
    public SendRequest<PinpointRequest> resolve(OutboundMessage message, OptionResolver options) {
        PinpointRequest prepared = PinpointRequestFactory.create(message, options);
        return new SendRequest<>(message.withRecipients(recipientsOf(prepared.request())), prepared);
    }

    @Override
    public void validate(SendRequest<PinpointRequest> request, Violations v) {
        PinpointRequest prepared = request.options();
        if (prepared.applicationId() == null || prepared.applicationId().isBlank()) {
            v.add("ApplicationId", prepared.applicationId(), "is required");
        }
        if (prepared.request() == null) {
            return;
        }
        v.count("Addresses and Endpoints", request.message().recipients(), 1, Integer.MAX_VALUE);
        if (prepared.request().messageConfiguration() == null) {
            v.add("MessageConfiguration", null, "is required");
        }
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(SendRequest<PinpointRequest> request,
                                                          List<String> recipients) {
        PinpointRequest prepared = request.options();
        return RecipientChunks.send(recipients, chunk -> call(SendMessagesRequest.builder()
                .applicationId(prepared.applicationId()).messageRequest(only(prepared.request(), chunk)).build(), chunk));
    }

    /** Every address, then every endpoint id, of a request; empty for none. */
    private static List<String> recipientsOf(MessageRequest request) {
        List<String> recipients = new ArrayList<>();
        if (request != null) {
            recipients.addAll(request.addresses().keySet());
            recipients.addAll(request.endpoints().keySet());
        }
        return List.copyOf(recipients);
    }

    /** The request with only the given addresses and endpoints. */
    private static MessageRequest only(MessageRequest request, List<String> recipients) {
        Map<String, AddressConfiguration> addresses = new LinkedHashMap<>();
        Map<String, EndpointSendConfiguration> endpoints = new LinkedHashMap<>();
        for (String to : recipients) {
            if (request.addresses().containsKey(to)) {
                addresses.put(to, request.addresses().get(to));
            } else {
                endpoints.put(to, request.endpoints().get(to));
            }
        }
        return request.toBuilder().addresses(addresses.isEmpty() ? null : addresses)
                .endpoints(endpoints.isEmpty() ? null : endpoints).build();
    }

    private CompletableFuture<List<RecipientOutcome>> call(SendMessagesRequest request, List<String> recipients) {
        CompletableFuture<List<RecipientOutcome>> outcomes = new CompletableFuture<>();
        client.sendMessages(request).whenComplete((response, failure) -> outcomes.complete(failure == null
                ? ofResponse(recipients, response)
                : recipients.stream().map(to -> AwsErrorMapper.failed(OPERATION, to, failure)).toList()));
        return outcomes;
    }

    /** Addresses have their result in {@code Result}, endpoint ids in {@code EndpointResult}. */
    private static List<RecipientOutcome> ofResponse(List<String> recipients, SendMessagesResponse response) {
        MessageResponse answer = response.messageResponse();
        String requestId = answer.requestId();
        Map<String, RecipientOutcome> byRecipient = new LinkedHashMap<>();
        answer.endpointResult().forEach((to, r) -> byRecipient.put(to, PinpointResults.of(to,
                r.deliveryStatusAsString(), r.statusCode(), r.statusMessage(), r.messageId(), requestId)));
        answer.result().forEach((to, r) -> byRecipient.put(to, PinpointResults.of(to, r.deliveryStatusAsString(),
                r.statusCode(), r.statusMessage(), r.messageId(), requestId)));
        return RecipientOutcome.inOrder(recipients, byRecipient, (to, outcome) -> outcome,
                to -> PinpointResults.of(to, null, null, "No result for this recipient", null, requestId));
    }

    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Exchange exchange) throws InvalidPayloadException {
        SendMessagesRequest typed = ProviderOperation.pojoBody(exchange, SendMessagesRequest.class);
        List<String> recipients = recipientsOf(typed.messageRequest());
        CompletableFuture<ProviderResponse> answer = new CompletableFuture<>();
        client.sendMessages(typed).whenComplete((response, failure) -> answer.complete(failure == null
                ? new ProviderResponse(response, ofResponse(recipients, response))
                : new ProviderResponse(null,
                        recipients.stream().map(to -> AwsErrorMapper.failed(OPERATION, to, failure)).toList())));
        return answer;
    }
}
