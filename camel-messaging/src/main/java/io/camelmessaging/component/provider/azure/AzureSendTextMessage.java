package io.camelmessaging.component.provider.azure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.azure.communication.sms.SmsAsyncClient;
import com.azure.communication.sms.implementation.AzureCommunicationSMSServiceImplBuilder;
import com.azure.communication.sms.implementation.SmsImpl;
import com.azure.communication.sms.implementation.models.SendMessageRequest;
import com.azure.communication.sms.implementation.models.SmsRecipient;
import com.azure.communication.sms.implementation.models.SmsSendResponse;
import com.azure.communication.sms.implementation.models.SmsSendResponseItem;
import com.azure.communication.sms.models.SmsSendOptions;
import com.azure.communication.sms.models.SmsSendResult;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.rest.Response;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;

/**
 * Azure Communication Services SMS (api-version 2021-03-07) through the SDK's REST client on our azure-core pipeline:
 * up to 100 recipients per request, each with a repeatability request id derived from the message so that retries
 * and redeliveries are not delivered twice. With a user-supplied {@link SmsAsyncClient} the SDK's public API is used
 * instead; it picks random repeatability ids, so only its own retries are protected against duplicates.
 */
public final class AzureSendTextMessage implements ProviderOperation {

    private static final String OPERATION = "SendSms";

    private final SmsImpl sms;
    private final SmsAsyncClient userClient;

    /** Sends with our pipeline and repeatability ids. */
    public AzureSendTextMessage(AcsConnection connection) {
        this.sms = new AzureCommunicationSMSServiceImplBuilder().endpoint(connection.endpoint())
                .pipeline(connection.pipeline()).buildClient().getSms();
        this.userClient = null;
    }

    /** Sends with the client the user configured. */
    public AzureSendTextMessage(SmsAsyncClient userClient) {
        this.sms = null;
        this.userClient = userClient;
    }

    @Override
    public Set<String> unsupportedOptions() {
        return AzureOptions.unsupportedPlus("mediaUrl");
    }

    @Override
    public void validate(OutboundMessage m, Violations v) {
        AzureOptions.validateAddresses(m, v);
        if (m.body() == null) {
            v.add("message", null, "is required");
        }
        v.check("message", m.body(), Constraint.AZURE_SMS_MESSAGE);
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(OutboundMessage message, List<String> recipients) {
        return RecipientChunks.send(recipients, chunk -> sendChunk(message, chunk));
    }

    private CompletableFuture<List<RecipientOutcome>> sendChunk(OutboundMessage message, List<String> chunk) {
        return userClient != null ? sendWithUserClient(message, chunk) : sendWithRepeatability(message, chunk);
    }

    private CompletableFuture<List<RecipientOutcome>> sendWithUserClient(OutboundMessage message, List<String> chunk) {
        CompletableFuture<List<RecipientOutcome>> outcomes = new CompletableFuture<>();
        userClient.sendWithResponse(message.originationIdentity(), chunk, message.body(), options(message)).toFuture()
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        outcomes.complete(AzureOutcomes.ofFailure(OPERATION, chunk, failure));
                        return;
                    }
                    String requestId = response.getHeaders().getValue(HttpHeaderName.X_MS_REQUEST_ID);
                    Map<String, SmsSendResult> byRecipient = new HashMap<>();
                    response.getValue().forEach(result -> byRecipient.put(result.getTo(), result));
                    outcomes.complete(chunk.stream().map(to -> {
                        SmsSendResult r = byRecipient.get(to);
                        return r == null
                                ? AzureOutcomes.ofItem(OPERATION, to, null, 0, false, null, "No result", requestId)
                                : AzureOutcomes.ofItem(OPERATION, to, r.getMessageId(), r.getHttpStatusCode(),
                                        r.isSuccessful(), null, r.getErrorMessage(), requestId);
                    }).toList());
                });
        return outcomes;
    }

    private static SmsSendOptions options(OutboundMessage message) {
        if (message.enableDeliveryReport() == null && message.tag() == null) {
            return null;
        }
        return new SmsSendOptions().setDeliveryReportEnabled(Boolean.TRUE.equals(message.enableDeliveryReport()))
                .setTag(message.tag());
    }

    private CompletableFuture<List<RecipientOutcome>> sendWithRepeatability(OutboundMessage message,
                                                                           List<String> chunk) {
        String firstSent = Repeatability.firstSent(message);
        List<SmsRecipient> recipients = chunk.stream().map(to -> new SmsRecipient().setTo(to)
                .setRepeatabilityRequestId(Repeatability.requestId(message, to)).setRepeatabilityFirstSent(firstSent))
                .toList();
        SendMessageRequest request = new SendMessageRequest().setFrom(message.originationIdentity())
                .setSmsRecipients(recipients).setMessage(message.body()).setSmsSendOptions(options(message));
        CompletableFuture<List<RecipientOutcome>> outcomes = new CompletableFuture<>();
        sms.sendWithResponseAsync(request).toFuture().whenComplete((response, failure) -> outcomes.complete(
                failure == null ? ofResponse(chunk, response) : AzureOutcomes.ofFailure(OPERATION, chunk, failure)));
        return outcomes;
    }

    private static List<RecipientOutcome> ofResponse(List<String> chunk, Response<SmsSendResponse> response) {
        String requestId = response.getHeaders().getValue(HttpHeaderName.X_MS_REQUEST_ID);
        List<SmsSendResponseItem> items = response.getValue().getValue();
        Map<String, SmsSendResponseItem> byRecipient = new HashMap<>();
        items.forEach(item -> byRecipient.put(item.getTo(), item));
        List<RecipientOutcome> outcomes = new ArrayList<>(chunk.size());
        for (String to : chunk) {
            SmsSendResponseItem item = byRecipient.get(to);
            outcomes.add(item == null
                    ? AzureOutcomes.ofItem(OPERATION, to, null, 0, false, null, "No result for this recipient",
                            requestId)
                    : AzureOutcomes.ofItem(OPERATION, to, item.getMessageId(), item.getHttpStatusCode(),
                            item.isSuccessful(), Objects.toString(item.getRepeatabilityResult(), null),
                            item.getErrorMessage(), requestId));
        }
        return outcomes;
    }

    @Override
    public Class<?> pojoRequestType() {
        return SendMessageRequest.class;
    }

    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Object request) {
        if (sms == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "pojoRequest=true needs the component's own client; it cannot be used with an smsClient bean"));
        }
        SendMessageRequest typed = (SendMessageRequest) request;
        List<String> chunk = typed.getSmsRecipients().stream().map(SmsRecipient::getTo).toList();
        CompletableFuture<ProviderResponse> answer = new CompletableFuture<>();
        sms.sendWithResponseAsync(typed).toFuture().whenComplete((response, failure) -> answer.complete(failure == null
                ? new ProviderResponse(response.getValue(), ofResponse(chunk, response))
                : new ProviderResponse(null, AzureOutcomes.ofFailure(OPERATION, chunk, failure))));
        return answer;
    }
}
