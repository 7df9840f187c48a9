package io.camelmessaging.component.provider.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.EndpointMessageResult;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.MessageRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageResult;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesRequest;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesResponse;

/**
 * Amazon Pinpoint {@code SendMessages}: a direct message to addresses and endpoints, at most 100 per call; more are
 * sent in several calls. Every address and endpoint id is a recipient with its own result.
 */
public final class AwsSendMessages implements ProviderOperation {

    private static final String OPERATION = "SendMessages";

    private final PinpointAsyncClient client;
    private final PinpointRequestFactory requests;

    public AwsSendMessages(PinpointAsyncClient client, MessagingConfiguration config) {
        this.client = client;
        this.requests = new PinpointRequestFactory(config);
    }

    @Override
    public Set<String> unsupportedOptions() {
        return Set.of("mediaUrl", "maxPrice", "timeToLive", "configurationSetName", "destinationCountryParameters",
                "dryRun", "protectConfigurationId", "messageFeedbackEnabled", "enableDeliveryReport", "tag",
                "maxParts", "maxPartsPerSecond", "maxRecipientsPerMinute");
    }

    @Override
    public OutboundMessage prepare(OutboundMessage message, Exchange exchange, Violations violations) {
        PinpointRequest prepared = requests.create(message, exchange, violations);
        List<String> recipients = new ArrayList<>();
        if (prepared.request() != null) {
            recipients.addAll(prepared.request().addresses().keySet());
            recipients.addAll(prepared.request().endpoints().keySet());
        }
        return message.withRecipients(List.copyOf(recipients)).withProviderRequest(prepared);
    }

    @Override
    public void validate(OutboundMessage m, Violations v) {
        PinpointRequest prepared = (PinpointRequest) m.providerRequest();
        if (prepared.applicationId() == null || prepared.applicationId().isBlank()) {
            v.add("ApplicationId", prepared.applicationId(), "is required");
        }
        if (prepared.request() == null) {
            return;
        }
        v.count("Addresses and Endpoints", m.recipients(), 1, Integer.MAX_VALUE);
        if (prepared.request().messageConfiguration() == null) {
            v.add("MessageConfiguration", null, "is required");
        }
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(OutboundMessage message, List<String> recipients) {
        PinpointRequest prepared = (PinpointRequest) message.providerRequest();
        return RecipientChunks.send(recipients, chunk -> call(SendMessagesRequest.builder()
                .applicationId(prepared.applicationId()).messageRequest(only(prepared.request(), chunk)).build(), chunk));
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

    private static List<RecipientOutcome> ofResponse(List<String> recipients, SendMessagesResponse response) {
        MessageResponse answer = response.messageResponse();
        List<RecipientOutcome> outcomes = new ArrayList<>(recipients.size());
        for (String to : recipients) {
            MessageResult address = answer.result().get(to);
            EndpointMessageResult endpoint = answer.endpointResult().get(to);
            if (address != null) {
                outcomes.add(PinpointResults.of(to, address.deliveryStatusAsString(), address.statusCode(),
                        address.statusMessage(), address.messageId(), answer.requestId()));
            } else if (endpoint != null) {
                outcomes.add(PinpointResults.of(to, endpoint.deliveryStatusAsString(), endpoint.statusCode(),
                        endpoint.statusMessage(), endpoint.messageId(), answer.requestId()));
            } else {
                outcomes.add(PinpointResults.of(to, null, null, "No result for this recipient", null,
                        answer.requestId()));
            }
        }
        return outcomes;
    }

    @Override
    public Class<?> pojoRequestType() {
        return SendMessagesRequest.class;
    }

    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Object request) {
        SendMessagesRequest typed = (SendMessagesRequest) request;
        List<String> recipients = new ArrayList<>();
        if (typed.messageRequest() != null) {
            recipients.addAll(typed.messageRequest().addresses().keySet());
            recipients.addAll(typed.messageRequest().endpoints().keySet());
        }
        CompletableFuture<ProviderResponse> answer = new CompletableFuture<>();
        client.sendMessages(typed).whenComplete((response, failure) -> answer.complete(failure == null
                ? new ProviderResponse(response, ofResponse(recipients, response))
                : new ProviderResponse(null,
                        recipients.stream().map(to -> AwsErrorMapper.failed(OPERATION, to, failure)).toList())));
        return answer;
    }
}
