package io.camelmessaging.component.provider.aws;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendMediaMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendMediaMessageResponse;

/**
 * AWS End User Messaging SMS {@code SendMediaMessage}: one {@code s3://} media URL, origination identity required.
 */
public final class AwsSendMediaMessage extends AwsSmsVoiceOperation<SendMediaMessageRequest> {

    public AwsSendMediaMessage(PinpointSmsVoiceV2AsyncClient client) {
        super(client, SendMediaMessageRequest.class, "SendMediaMessage");
    }

    @Override
    public Set<String> unsupportedOptions() {
        return Set.of("messageType", "keyword", "destinationCountryParameters", "maxParts", "enableDeliveryReport",
                "tag", "applicationId", "senderId", "templateName", "maxRecipientsPerMinute");
    }

    @Override
    public void validate(OutboundMessage m, Violations v) {
        super.validate(m, v);
        if (m.originationIdentity() == null) {
            v.add("OriginationIdentity", null, "is required for media messages");
        }
        v.count("MediaUrls", m.mediaUrls(), 1, 1);
        v.checkEach("MediaUrls", m.mediaUrls(), Constraint.AWS_MEDIA_URL);
    }

    @Override
    SendMediaMessageRequest buildRequest(OutboundMessage m, String to) {
        return SendMediaMessageRequest.builder()
                .destinationPhoneNumber(to)
                .originationIdentity(m.originationIdentity())
                .messageBody(m.body())
                .mediaUrls(m.mediaUrls())
                .configurationSetName(m.configurationSetName())
                .maxPrice(m.maxPrice())
                .timeToLive(m.timeToLive())
                .context(m.context().isEmpty() ? null : m.context())
                .dryRun(m.dryRun())
                .protectConfigurationId(m.protectConfigurationId())
                .messageFeedbackEnabled(m.messageFeedbackEnabled())
                .build();
    }

    @Override
    CompletableFuture<SendMediaMessageResponse> call(SendMediaMessageRequest request) {
        return client.sendMediaMessage(request);
    }
}
