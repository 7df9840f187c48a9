package io.camelmessaging.component;

/**
 * The provider throttled the request, and the SDK's own retries did not get through. Retryable.
 */
public class MessagingThrottledException extends MessagingException {

    public MessagingThrottledException(String message, String provider, String errorCode, int httpStatus,
                                       String requestId, Throwable cause) {
        super(message, provider, errorCode, httpStatus, requestId, true, cause);
    }
}
