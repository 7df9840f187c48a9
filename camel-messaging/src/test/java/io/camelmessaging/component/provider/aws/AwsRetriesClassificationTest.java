package io.camelmessaging.component.provider.aws;

import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

import static org.assertj.core.api.Assertions.assertThat;

/** A connection the pool could not hand out in time was never used: the request was not sent. */
class AwsRetriesClassificationTest {

    @Test
    void aPoolAcquireTimeoutIsNotProcessed() {
        SdkClientException acquire = SdkClientException.create("Unable to execute HTTP request", new Throwable(
                "Acquire operation took longer than the configured maximum time.",
                new TimeoutException("Acquire operation took longer then configured maximum time")));

        assertThat(AwsRetries.notProcessed(acquire)).isTrue();
    }

    @Test
    void anyOtherTimeoutMayHaveBeenProcessed() {
        SdkClientException other = SdkClientException.create("Unable to execute HTTP request",
                new TimeoutException("Read timed out"));

        assertThat(AwsRetries.notProcessed(other)).isFalse();
    }
}
