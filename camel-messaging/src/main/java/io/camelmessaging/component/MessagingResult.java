package io.camelmessaging.component;

/**
 * The outcome for one recipient, one per recipient in header {@code CamelMessagingResults}.
 *
 * @param to           the recipient (phone number or address)
 * @param messageId    the provider's message id, or null when the message was not accepted
 * @param status       the outcome
 * @param retryable    whether sending again may succeed
 * @param errorCode    the provider's error code, or null when accepted
 * @param errorMessage the provider's reason, or null when accepted
 * @param provider     {@code aws} or {@code azure}
 */
public record MessagingResult(
        String to, String messageId, MessagingStatus status, boolean retryable, String errorCode, String errorMessage,
        String provider) {

    /** A result for a message the provider accepted. */
    public static MessagingResult accepted(String to, String messageId, String provider) {
        return new MessagingResult(to, messageId, MessagingStatus.ACCEPTED, false, null, null, provider);
    }

    /** Whether the provider accepted the message for this recipient. */
    public boolean isAccepted() {
        return status == MessagingStatus.ACCEPTED;
    }
}
