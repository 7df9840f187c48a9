package io.camelmessaging.component.provider.aws;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelmessaging.component.MessagingStatus;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.MessagingSandbox;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A read timeout (the request was written, no answer came in time) is not retried by {@link AwsRetries} and maps to
 * {@code UNKNOWN}: the service may have sent the message.
 */
class AwsRetriesTimeoutTest {

    @Test
    void aReadTimeoutIsOneAttemptAndEndsUnknown() {
        AtomicInteger attempts = new AtomicInteger();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                attempts.incrementAndGet();
            }
        };
        try (MessagingSandbox sandbox = MessagingSandbox.start(0);
             PinpointSmsVoiceV2AsyncClient client = PinpointSmsVoiceV2AsyncClient.builder()
                     .region(Region.US_EAST_1).endpointOverride(sandbox.baseUri())
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                             MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY)))
                     .httpClient(NettyNioAsyncHttpClient.builder().readTimeout(Duration.ofMillis(300)).build())
                     .overrideConfiguration(o -> o.retryStrategy(AwsRetries.strategy()).addExecutionInterceptor(counter))
                     .build()) {
            sandbox.faults().next(3, Fault.delay(Duration.ofSeconds(1)));

            Throwable failure = catchThrowable(() -> client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")
                    .messageBody("hi")).join());
            RecipientOutcome outcome = AwsErrorMapper.failed("SendTextMessage", "+12065550123", failure);

            assertThat(attempts).as("the SDK's attempts").hasValue(1);
            assertThat(outcome.result().status()).isEqualTo(MessagingStatus.UNKNOWN);
            assertThat(outcome.result().retryable()).isFalse();
            assertThat(outcome.error().getMessage()).contains("may have been sent");
            await().atMost(Duration.ofSeconds(5)).until(() -> !sandbox.requests().isEmpty());
            assertThat(sandbox.requests()).hasSize(1);
        }
    }
}
