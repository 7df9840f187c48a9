package io.camelmessaging.bench;

import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageResponse;

/**
 * An End User Messaging SMS client that accepts every {@code SendTextMessage} at once, without marshalling or network,
 * so that a benchmark measures only what its caller does around the SDK call. It keeps the last request, for checks.
 */
public final class StubSmsVoiceClient implements PinpointSmsVoiceV2AsyncClient {

    /** The message id of every answer. */
    public static final String MESSAGE_ID = "bench-message-id";

    private static final SendTextMessageResponse ACCEPTED = SendTextMessageResponse.builder().messageId(MESSAGE_ID)
            .build();

    private volatile SendTextMessageRequest lastRequest;

    @Override
    public CompletableFuture<SendTextMessageResponse> sendTextMessage(SendTextMessageRequest request) {
        lastRequest = request;
        return CompletableFuture.completedFuture(ACCEPTED);
    }

    /** The request of the last call, or null. */
    public SendTextMessageRequest lastRequest() {
        return lastRequest;
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
