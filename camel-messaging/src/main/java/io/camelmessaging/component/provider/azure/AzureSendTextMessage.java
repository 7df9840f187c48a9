package io.camelmessaging.component.provider.azure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.azure.communication.sms.SmsAsyncClient;
import com.azure.communication.sms.models.SmsSendOptions;
import com.azure.communication.sms.models.SmsSendResult;
import com.azure.core.http.HttpHeaderName;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.provider.azure.model.AcsRecipient;
import io.camelmessaging.component.provider.azure.model.AcsSmsSendOptions;
import io.camelmessaging.component.provider.azure.model.AcsSmsRequest;
import io.camelmessaging.component.request.EndpointOptions;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * Azure Communication Services SMS ({@code POST /sms?api-version=2021-03-07}): our {@link AcsSmsRequest} JSON through
 * the azure-core pipeline, up to 100 recipients per request, each with a repeatability request id derived from the
 * message so that retries and redeliveries are not delivered twice. With a user-supplied {@link SmsAsyncClient} the
 * SDK's public API is used instead; it picks random repeatability ids, so only its own retries are protected against
 * duplicates, and {@code pojoRequest=true} is refused.
 */
final class AzureSendTextMessage implements ProviderOperation<AzureSmsOptions> {

    private static final String OPERATION = "SendSms";

    private final AcsRestClient rest;
    private final SmsAsyncClient userClient;
    private final EndpointOptions<AzureSmsOptions> endpointOptions =
            new EndpointOptions<>(AzureSmsOptions::resolve, AzureSmsOptions::validate);

    /** Sends with our pipeline and repeatability ids. */
    AzureSendTextMessage(AcsConnection connection) {
        this.rest = new AcsRestClient(connection, "/sms", "2021-03-07", OPERATION, "smsRecipients");
        this.userClient = null;
    }

    /** Sends with the client the user configured. */
    AzureSendTextMessage(SmsAsyncClient userClient) {
        this.rest = null;
        this.userClient = userClient;
    }

    @Override
    public SendRequest<AzureSmsOptions> resolve(OutboundMessage message, OptionResolver options) {
        return new SendRequest<>(message, endpointOptions.resolve(options));
    }

    @Override
    public void validate(SendRequest<AzureSmsOptions> request, Violations v) {
        OutboundMessage m = request.message();
        AzureAddresses.validate(m, v);
        if (m.body() == null) {
            v.add("message", null, "is required");
        }
        v.check("message", m.body(), Constraint.AZURE_SMS_MESSAGE);
        endpointOptions.validate(request.options(), v);
        if (userClient != null && request.options().validityPeriodSeconds() != null) {
            v.add("validityPeriodSeconds", request.options().validityPeriodSeconds(),
                    "cannot be sent through an smsClient bean: azure-communication-sms has no such option");
        }
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(SendRequest<AzureSmsOptions> request,
                                                          List<String> recipients) {
        return RecipientChunks.send(recipients, chunk -> userClient != null
                ? sendWithUserClient(request, chunk)
                : rest.post(requestBody(request, chunk), chunk).thenApply(ProviderResponse::outcomes));
    }

    /** The JSON body of one chunk of recipients, with their repeatability ids. */
    static AcsSmsRequest requestBody(SendRequest<AzureSmsOptions> request, List<String> chunk) {
        OutboundMessage m = request.message();
        List<AcsRecipient> recipients = Repeatability.recipients(m, chunk);
        return new AcsSmsRequest(m.originationIdentity(), recipients, m.body(), request.options().toWire());
    }

    private CompletableFuture<List<RecipientOutcome>> sendWithUserClient(SendRequest<AzureSmsOptions> request,
                                                                        List<String> chunk) {
        OutboundMessage m = request.message();
        AcsSmsSendOptions wire = request.options().toWire();
        SmsSendOptions options = wire == null ? null
                : new SmsSendOptions().setDeliveryReportEnabled(wire.enableDeliveryReport()).setTag(wire.tag());
        CompletableFuture<List<RecipientOutcome>> outcomes = new CompletableFuture<>();
        userClient.sendWithResponse(m.originationIdentity(), chunk, m.body(), options).toFuture()
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        outcomes.complete(AzureOutcomes.ofFailure(OPERATION, chunk, failure));
                        return;
                    }
                    String requestId = response.getHeaders().getValue(HttpHeaderName.X_MS_REQUEST_ID);
                    Map<String, SmsSendResult> byRecipient = new HashMap<>();
                    response.getValue().forEach(result -> byRecipient.put(result.getTo(), result));
                    outcomes.complete(RecipientOutcome.inOrder(chunk, byRecipient,
                            (to, r) -> AzureOutcomes.ofItem(OPERATION, to, r.getMessageId(), r.getHttpStatusCode(),
                                    r.isSuccessful(), null, r.getErrorMessage(), requestId),
                            to -> AzureOutcomes.ofItem(OPERATION, to, null, 0, false, null,
                                    "No result for this recipient", requestId)));
                });
        return outcomes;
    }

    /**
     * Sends an {@link AcsSmsRequest}, a Map or a JSON String in its shape as it is; the body becomes the
     * {@link io.camelmessaging.component.provider.azure.model.AcsSendResponse}.
     */
    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Exchange exchange) throws InvalidPayloadException {
        if (rest == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "pojoRequest=true needs the component's own client; it cannot be used with an smsClient bean"));
        }
        JsonNode body = rest.pojoJson(exchange, AcsSmsRequest.class);
        return rest.post(body, rest.recipientsOf(body));
    }
}
