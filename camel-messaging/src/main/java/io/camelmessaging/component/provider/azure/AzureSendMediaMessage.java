package io.camelmessaging.component.provider.azure;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelmessaging.component.media.MediaPolicy;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.provider.azure.model.AcsMmsRequest;
import io.camelmessaging.component.provider.azure.model.AcsRecipient;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * Azure Communication Services MMS ({@code POST /mms?api-version=2024-01-14-preview}), which no Azure Java SDK
 * offers yet: our {@link AcsMmsRequest} JSON through the azure-core pipeline. Media are sent as base64 content with
 * their content type.
 */
final class AzureSendMediaMessage implements ProviderOperation<AzureMmsOptions> {

    static final Set<String> CONTENT_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "audio/wav",
            "audio/x-wav", "audio/ac3", "audio/amr", "video/mp4", "video/x-msvideo", "text/plain");

    private final AcsRestClient rest;
    private final MediaLoader mediaLoader;

    AzureSendMediaMessage(AcsConnection connection, MediaPolicy mediaPolicy) {
        this.rest = new AcsRestClient(connection, "/mms", "2024-01-14-preview", "SendMms", "recipients");
        this.mediaLoader = new MediaLoader(mediaPolicy, CONTENT_TYPES);
    }

    @Override
    public SendRequest<AzureMmsOptions> resolve(OutboundMessage message, OptionResolver options) {
        return new SendRequest<>(message, AzureMmsOptions.resolve(options,
                mediaLoader.load(options.exchange(), message, options.violations())));
    }

    @Override
    public void validate(SendRequest<AzureMmsOptions> request, Violations v) {
        AzureAddresses.validate(request.message(), v);
        v.check("message", request.message().body(), Constraint.AZURE_MMS_MESSAGE);
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(SendRequest<AzureMmsOptions> request,
                                                          List<String> recipients) {
        return RecipientChunks.send(recipients,
                chunk -> rest.post(requestBody(request, chunk), chunk).thenApply(ProviderResponse::outcomes));
    }

    private static AcsMmsRequest requestBody(SendRequest<AzureMmsOptions> request, List<String> chunk) {
        OutboundMessage m = request.message();
        List<AcsRecipient> recipients = Repeatability.recipients(m, chunk);
        return new AcsMmsRequest(m.originationIdentity(), recipients, m.body(),
                request.options().attachmentsToWire(), request.options().sendOptionsToWire());
    }

    /**
     * Sends an {@link AcsMmsRequest}, a Map, a JSON String or a Jackson {@code JsonNode} in its shape as it is; the
     * body becomes the {@link io.camelmessaging.component.provider.azure.model.AcsSendResponse}.
     */
    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Exchange exchange) throws InvalidPayloadException {
        JsonNode body = exchange.getMessage().getBody() instanceof JsonNode node && node.isObject()
                ? node : rest.pojoJson(exchange, AcsMmsRequest.class);
        return rest.post(body, rest.recipientsOf(body));
    }
}
