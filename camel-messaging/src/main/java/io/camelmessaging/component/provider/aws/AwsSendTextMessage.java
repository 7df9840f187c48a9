package io.camelmessaging.component.provider.aws;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageResponse;

/**
 * AWS End User Messaging SMS {@code SendTextMessage}.
 */
public final class AwsSendTextMessage extends AwsSmsVoiceOperation<SendTextMessageRequest> {

    private static final Set<String> MESSAGE_TYPES = Set.of("TRANSACTIONAL", "PROMOTIONAL");
    private static final Set<String> COUNTRY_PARAMETERS = Set.of("IN_TEMPLATE_ID", "IN_ENTITY_ID");

    public AwsSendTextMessage(PinpointSmsVoiceV2AsyncClient client) {
        super(client, SendTextMessageRequest.class, "SendTextMessage");
    }

    @Override
    public Set<String> unsupportedOptions() {
        return Set.of("mediaUrl", "enableDeliveryReport", "tag", "applicationId", "senderId", "templateName",
                "maxRecipientsPerMinute");
    }

    @Override
    public void validate(OutboundMessage m, Violations v) {
        super.validate(m, v);
        v.oneOf("MessageType", m.messageType(), MESSAGE_TYPES);
        v.check("Keyword", m.keyword(), Constraint.AWS_KEYWORD);
        v.checkMap("DestinationCountryParameters", m.destinationCountryParameters(), 10, null,
                Constraint.AWS_DESTINATION_COUNTRY_PARAMETER_VALUE);
        m.destinationCountryParameters().keySet()
                .forEach(key -> v.oneOf("DestinationCountryParameters key", key, COUNTRY_PARAMETERS));
    }

    @Override
    SendTextMessageRequest buildRequest(OutboundMessage m, String to) {
        return SendTextMessageRequest.builder()
                .destinationPhoneNumber(to)
                .originationIdentity(m.originationIdentity())
                .messageBody(m.body())
                .messageType(m.messageType())
                .keyword(m.keyword())
                .configurationSetName(m.configurationSetName())
                .maxPrice(m.maxPrice())
                .timeToLive(m.timeToLive())
                .context(m.context().isEmpty() ? null : m.context())
                .destinationCountryParametersWithStrings(m.destinationCountryParameters().isEmpty()
                        ? null : m.destinationCountryParameters())
                .dryRun(m.dryRun())
                .protectConfigurationId(m.protectConfigurationId())
                .messageFeedbackEnabled(m.messageFeedbackEnabled())
                .build();
    }

    @Override
    CompletableFuture<SendTextMessageResponse> call(SendTextMessageRequest request) {
        return client.sendTextMessage(request);
    }
}
