package io.camelmessaging.component;

/**
 * Outcome of sending a message to one recipient, the same for every provider.
 */
public enum MessagingStatus {
    /** The provider accepted the message for delivery. */
    ACCEPTED(false),
    /** The provider throttled the request; sending again later may succeed. */
    THROTTLED(true),
    /** A transient provider or network failure; sending again may succeed. */
    TEMPORARY_FAILURE(true),
    /** The provider refused the message; sending it again will fail again. */
    PERMANENT_FAILURE(false),
    /** The recipient opted out of messages from this sender. */
    OPT_OUT(false),
    /** The provider recognised the message as a duplicate of one already sent. */
    DUPLICATE(false),
    /** The outcome is unknown: the message may have been sent, so it is not retried automatically. */
    UNKNOWN(false);

    private final boolean retryable;

    MessagingStatus(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether sending the same message again may succeed. */
    public boolean isRetryable() {
        return retryable;
    }
}
