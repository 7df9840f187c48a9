package io.camelmessaging.component.provider.aws;

import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.request.EndpointOptions;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Violations;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageResponse;

/**
 * AWS End User Messaging SMS {@code SendTextMessage}.
 */
final class AwsSendTextMessage extends AwsSmsVoiceOperation<SendTextMessageRequest, AwsTextOptions> {

    private final EndpointOptions<AwsTextOptions> endpointOptions =
            new EndpointOptions<>(AwsTextOptions::resolve, AwsTextOptions::validate);

    AwsSendTextMessage(PinpointSmsVoiceV2AsyncClient client) {
        super(client, SendTextMessageRequest.class, "SendTextMessage");
    }

    @Override
    public SendRequest<AwsTextOptions> resolve(OutboundMessage message, OptionResolver options) {
        return new SendRequest<>(message, endpointOptions.resolve(options));
    }

    @Override
    public void validate(SendRequest<AwsTextOptions> request, Violations v) {
        super.validate(request, v);
        endpointOptions.validate(request.options(), v);
    }

    @Override
    SendTextMessageRequest buildRequest(SendRequest<AwsTextOptions> request, String to) {
        AwsTextOptions o = request.options();
        AwsSmsVoiceOptions shared = o.shared();
        return SendTextMessageRequest.builder()
                .destinationPhoneNumber(to)
                .originationIdentity(request.message().originationIdentity())
                .messageBody(request.message().body())
                .messageType(o.messageType())
                .keyword(o.keyword())
                .configurationSetName(shared.configurationSetName())
                .maxPrice(shared.maxPrice())
                .timeToLive(shared.timeToLive())
                .context(shared.contextOrNull())
                .destinationCountryParametersWithStrings(o.destinationCountryParameters().isEmpty()
                        ? null : o.destinationCountryParameters())
                .dryRun(shared.dryRun())
                .protectConfigurationId(shared.protectConfigurationId())
                .messageFeedbackEnabled(shared.messageFeedbackEnabled())
                .build();
    }

    @Override
    CompletableFuture<SendTextMessageResponse> call(SendTextMessageRequest request) {
        return client.sendTextMessage(request);
    }
}
