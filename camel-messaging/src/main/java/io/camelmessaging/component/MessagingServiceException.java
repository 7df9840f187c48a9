package io.camelmessaging.component;

/**
 * Any provider error other than throttling: carries the provider's error code, HTTP status, request id and reason.
 */
public class MessagingServiceException extends MessagingException {

    public MessagingServiceException(String message, String provider, String errorCode, int httpStatus,
                                     String requestId, boolean retryable, Throwable cause) {
        super(message, provider, errorCode, httpStatus, requestId, retryable, cause);
    }
}
