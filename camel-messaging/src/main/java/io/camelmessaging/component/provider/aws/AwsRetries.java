package io.camelmessaging.component.provider.aws;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.retry.RetryUtils;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's standard retry strategy (3 attempts, exponential backoff with jitter, a longer backoff for throttling),
 * limited to answers that prove the request was not processed: throttling (including HTTP 429), HTTP 503, clock skew,
 * and a connection that could not be opened. End User Messaging and Pinpoint have no idempotency key, so anything else
 * (500, 502, 504, a connection that broke after the request was written, a read timeout) may have delivered the message
 * and is not retried. Neither service documents a "not processed" server error for these operations (their only one
 * is the 500 {@code InternalServerException}/{@code InternalServerErrorException}); 503 is retried because HTTP
 * defines it as the server being unable to handle the request, and AWS lists {@code ServiceUnavailable} (503) among
 * its common errors as a temporary failure of the server.
 */
final class AwsRetries {

    private AwsRetries() {
    }

    static RetryStrategy strategy() {
        return DefaultRetryStrategy.standardStrategyBuilder()
                .retryOnException(AwsRetries::notProcessed)
                .treatAsThrottling(AwsRetries::throttled)
                .useClientDefaults(false)
                .build();
    }

    static boolean throttled(Throwable failure) {
        return failure instanceof SdkException e && RetryUtils.isThrottlingException(e);
    }

    /** Whether the failure proves that the service did not process the request. */
    static boolean notProcessed(Throwable failure) {
        if (throttled(failure)) {
            return true;
        }
        if (failure instanceof SdkServiceException e) {
            return e.statusCode() == 503 || RetryUtils.isClockSkewException(e);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || isPoolAcquireTimeout(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Netty's connection pool gave no connection in time (the SDK's connectionAcquisitionTimeout): no request was
     * written. Netty reports it as a TimeoutException with this message, which the SDK wraps.
     */
    private static boolean isPoolAcquireTimeout(Throwable cause) {
        return cause instanceof TimeoutException && cause.getMessage() != null
               && cause.getMessage().startsWith("Acquire operation took longer");
    }
}
