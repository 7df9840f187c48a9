package io.camelmessaging.component.provider.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.PinpointSmsVoiceV2Request;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.PinpointSmsVoiceV2Response;

/**
 * An AWS End User Messaging SMS send operation: one request per recipient, sent concurrently on the async client.
 * Subclasses resolve their options, build the request and call the client; validation of the message, sending and
 * result mapping are here.
 *
 * @param <R> the SDK request type
 * @param <O> the operation's options
 */
abstract class AwsSmsVoiceOperation<R extends PinpointSmsVoiceV2Request, O> implements ProviderOperation<O> {

    protected final PinpointSmsVoiceV2AsyncClient client;
    private final Class<R> requestType;
    private final String operationName;

    AwsSmsVoiceOperation(PinpointSmsVoiceV2AsyncClient client, Class<R> requestType, String operationName) {
        this.client = client;
        this.requestType = requestType;
        this.operationName = operationName;
    }

    /** Builds the SDK request of one recipient. */
    abstract R buildRequest(SendRequest<O> request, String to);

    /** Sends one request. */
    abstract CompletableFuture<? extends PinpointSmsVoiceV2Response> call(R request);

    /** Checks the sender, recipients and text; subclasses add their options' checks. */
    @Override
    public void validate(SendRequest<O> request, Violations v) {
        OutboundMessage m = request.message();
        v.count("DestinationPhoneNumber", m.recipients(), 1, Integer.MAX_VALUE);
        v.checkEach("DestinationPhoneNumber", m.recipients(), Constraint.AWS_PHONE_NUMBER);
        v.check("OriginationIdentity", m.originationIdentity(), Constraint.AWS_ORIGINATION_IDENTITY);
        v.check("MessageBody", m.body(), Constraint.AWS_MESSAGE_BODY);
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(SendRequest<O> request, List<String> recipients) {
        if (recipients.size() == 1) {
            String to = recipients.get(0);
            return call(buildRequest(request, to))
                    .handle((response, failure) -> List.of(outcome(to, response, failure)));
        }
        List<CompletableFuture<RecipientOutcome>> calls = new ArrayList<>(recipients.size());
        for (String to : recipients) {
            calls.add(sendOne(buildRequest(request, to), to));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .thenApply(done -> calls.stream().map(CompletableFuture::join).toList());
    }

    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Exchange exchange) throws InvalidPayloadException {
        R typed = ProviderOperation.pojoBody(exchange, requestType);
        String to = typed.getValueForField("DestinationPhoneNumber", String.class).orElse(null);
        CompletableFuture<ProviderResponse> answer = new CompletableFuture<>();
        call(typed).whenComplete((response, failure) -> answer.complete(failure == null
                ? new ProviderResponse(response, List.of(accepted(to, response)))
                : new ProviderResponse(null, List.of(AwsErrorMapper.failed(operationName, to, failure)))));
        return answer;
    }

    private CompletableFuture<RecipientOutcome> sendOne(R request, String to) {
        return call(request).handle((response, failure) -> outcome(to, response, failure));
    }

    private RecipientOutcome outcome(String to, PinpointSmsVoiceV2Response response, Throwable failure) {
        return failure == null ? accepted(to, response) : AwsErrorMapper.failed(operationName, to, failure);
    }

    private static RecipientOutcome accepted(String to, PinpointSmsVoiceV2Response response) {
        String messageId = response.getValueForField("MessageId", String.class).orElse(null);
        return RecipientOutcome.accepted(MessagingResult.accepted(to, messageId, AwsErrorMapper.PROVIDER));
    }
}
