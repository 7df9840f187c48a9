package io.camelmessaging.component;

/**
 * Base of every error the messaging component raises. Messages never contain secrets.
 */
public class MessagingException extends RuntimeException {

    private final String provider;
    private final String errorCode;
    private final int httpStatus;
    private final String requestId;
    private final boolean retryable;

    public MessagingException(String message, String provider, String errorCode, int httpStatus, String requestId,
                              boolean retryable, Throwable cause) {
        super(message, cause);
        this.provider = provider;
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.retryable = retryable;
    }

    /** {@code aws} or {@code azure}. */
    public String getProvider() {
        return provider;
    }

    /** The provider's error code, e.g. {@code ThrottlingException}, or a component code such as {@code ValidationFailed}. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The HTTP status the provider answered, or 0 when no answer was received. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The provider's request id, or null. */
    public String getRequestId() {
        return requestId;
    }

    /** Whether sending the same message again may succeed. */
    public boolean isRetryable() {
        return retryable;
    }
}
