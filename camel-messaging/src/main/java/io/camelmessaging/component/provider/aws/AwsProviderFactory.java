package io.camelmessaging.component.provider.aws;

import java.net.URI;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.provider.ProviderContext;
import io.camelmessaging.component.provider.ProviderFactory;
import io.camelmessaging.component.provider.ProviderOperation;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;

/**
 * The AWS operations: End User Messaging SMS for texts and media, Pinpoint for {@code sendMessages}. Uses the
 * autowired {@code smsVoiceClient} and {@code pinpointClient} when set; otherwise builds its own from the AWS options
 * only, and closes it.
 */
public final class AwsProviderFactory implements ProviderFactory {

    private final ProviderContext context;
    private final MessagingConfiguration config;
    private PinpointSmsVoiceV2AsyncClient ownedSmsVoiceClient;
    private PinpointAsyncClient ownedPinpointClient;

    public AwsProviderFactory(ProviderContext context) {
        this.context = context;
        this.config = context.configuration();
    }

    @Override
    public ProviderOperation<?> create(MessagingOperation operation) {
        return switch (operation) {
            case sendTextMessage -> new AwsSendTextMessage(smsVoiceClient());
            case sendMediaMessage -> new AwsSendMediaMessage(smsVoiceClient());
            case sendMessages -> new AwsSendMessages(pinpointClient());
            case events -> throw new IllegalArgumentException("Operation events consumes and does not send");
        };
    }

    private PinpointSmsVoiceV2AsyncClient smsVoiceClient() {
        if (config.getSmsVoiceClient() != null) {
            return config.getSmsVoiceClient();
        }
        ownedSmsVoiceClient = AwsClientFactory.smsVoiceClient(config, context.eventLoops().get());
        return ownedSmsVoiceClient;
    }

    private PinpointAsyncClient pinpointClient() {
        if (config.getPinpointClient() != null) {
            return config.getPinpointClient();
        }
        ownedPinpointClient = AwsClientFactory.pinpointClient(config, context.eventLoops().get());
        return ownedPinpointClient;
    }

    /** The endpoint override, or the service's regional endpoint. */
    @Override
    public URI endpoint(MessagingOperation operation) {
        if (config.isOverrideEndpoint()) {
            return URI.create(config.getUriEndpointOverride());
        }
        String service = operation == MessagingOperation.sendMessages ? "pinpoint" : "sms-voice";
        return URI.create("https://" + service + "." + config.getRegion() + ".amazonaws.com");
    }

    @Override
    public void checkCredentials() {
        if (ownedSmsVoiceClient != null || ownedPinpointClient != null) {
            AwsClientFactory.credentials(config).resolveCredentials();
        }
    }

    @Override
    public void close() {
        if (ownedSmsVoiceClient != null) {
            ownedSmsVoiceClient.close();
            ownedSmsVoiceClient = null;
        }
        if (ownedPinpointClient != null) {
            ownedPinpointClient.close();
            ownedPinpointClient = null;
        }
    }
}
