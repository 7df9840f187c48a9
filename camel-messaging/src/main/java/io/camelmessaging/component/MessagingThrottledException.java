package io.camelmessaging.component;

import java.time.Duration;

/**
 * The provider throttled the request, and the SDK's own retries did not get through; or the message waited longer
 * than {@code rateLimitMaxWait} for the component's own rate limit. Retryable.
 */
public class MessagingThrottledException extends MessagingException {

    private final Duration retryAfter;

    public MessagingThrottledException(String message, String provider, String errorCode, int httpStatus,
                                       String requestId, Throwable cause) {
        this(message, provider, errorCode, httpStatus, requestId, null, cause);
    }

    public MessagingThrottledException(String message, String provider, String errorCode, int httpStatus,
                                       String requestId, Duration retryAfter, Throwable cause) {
        super(message, provider, errorCode, httpStatus, requestId, true, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the provider asked to wait before trying again (its Retry-After header), or null. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
