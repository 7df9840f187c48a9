package io.camelmessaging.component.provider.aws;

import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.request.EndpointOptions;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendMediaMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendMediaMessageResponse;

/**
 * AWS End User Messaging SMS {@code SendMediaMessage}: one {@code s3://} media URL, origination identity required.
 */
final class AwsSendMediaMessage extends AwsSmsVoiceOperation<SendMediaMessageRequest, AwsSmsVoiceOptions> {

    private final EndpointOptions<AwsSmsVoiceOptions> endpointOptions =
            new EndpointOptions<>(AwsSmsVoiceOptions::resolve, AwsSmsVoiceOptions::validate);

    AwsSendMediaMessage(PinpointSmsVoiceV2AsyncClient client) {
        super(client, SendMediaMessageRequest.class, "SendMediaMessage");
    }

    @Override
    public SendRequest<AwsSmsVoiceOptions> resolve(OutboundMessage message, OptionResolver options) {
        return new SendRequest<>(message, endpointOptions.resolve(options));
    }

    @Override
    public void validate(SendRequest<AwsSmsVoiceOptions> request, Violations v) {
        super.validate(request, v);
        endpointOptions.validate(request.options(), v);
        OutboundMessage m = request.message();
        if (m.originationIdentity() == null) {
            v.add("OriginationIdentity", null, "is required for media messages");
        }
        v.count("MediaUrls", m.mediaUrls(), 1, 1);
        v.checkEach("MediaUrls", m.mediaUrls(), Constraint.AWS_MEDIA_URL);
    }

    @Override
    SendMediaMessageRequest buildRequest(SendRequest<AwsSmsVoiceOptions> request, String to) {
        AwsSmsVoiceOptions o = request.options();
        return SendMediaMessageRequest.builder()
                .destinationPhoneNumber(to)
                .originationIdentity(request.message().originationIdentity())
                .messageBody(request.message().body())
                .mediaUrls(request.message().mediaUrls())
                .configurationSetName(o.configurationSetName())
                .maxPrice(o.maxPrice())
                .timeToLive(o.timeToLive())
                .context(o.contextOrNull())
                .dryRun(o.dryRun())
                .protectConfigurationId(o.protectConfigurationId())
                .messageFeedbackEnabled(o.messageFeedbackEnabled())
                .build();
    }

    @Override
    CompletableFuture<SendMediaMessageResponse> call(SendMediaMessageRequest request) {
        return client.sendMediaMessage(request);
    }
}
