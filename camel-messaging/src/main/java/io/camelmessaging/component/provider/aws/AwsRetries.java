package io.camelmessaging.component.provider.aws;

import java.net.ConnectException;
import java.util.Set;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.retry.RetryUtils;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's standard retry strategy (3 attempts, exponential backoff with jitter, a longer backoff for throttling),
 * limited to failures after which the message was certainly not sent: throttling, 5xx answers and connections that
 * could not be opened. A connection that breaks after the request was written is not retried, because End User
 * Messaging and Pinpoint have no idempotency key and a second attempt could deliver the message twice; it ends as
 * status {@code UNKNOWN} instead.
 */
final class AwsRetries {

    private static final Set<Integer> RETRYABLE_STATUS = Set.of(500, 502, 503, 504);

    private AwsRetries() {
    }

    static RetryStrategy strategy() {
        return DefaultRetryStrategy.standardStrategyBuilder()
                .retryOnException(AwsRetries::notSentYet)
                .treatAsThrottling(AwsRetries::throttled)
                .useClientDefaults(false)
                .build();
    }

    private static boolean throttled(Throwable failure) {
        return failure instanceof SdkException e && RetryUtils.isThrottlingException(e);
    }

    private static boolean notSentYet(Throwable failure) {
        if (throttled(failure)) {
            return true;
        }
        if (failure instanceof SdkServiceException e) {
            return RETRYABLE_STATUS.contains(e.statusCode()) || RetryUtils.isClockSkewException(e);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
