package io.camelmessaging.component.provider.aws;

import io.camelmessaging.component.MessagingException;
import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.MessagingServiceException;
import io.camelmessaging.component.MessagingStatus;
import io.camelmessaging.component.MessagingThrottledException;
import io.camelmessaging.component.provider.RecipientOutcome;

/**
 * Maps a Pinpoint per-address or per-endpoint result (inside a 200) to a recipient outcome. {@code TIMEOUT} is a
 * temporary failure; {@code UNKNOWN_FAILURE} is unknown and not retried, since the message may have been sent.
 */
final class PinpointResults {

    private PinpointResults() {
    }

    static RecipientOutcome of(String to, String deliveryStatus, Integer statusCode, String statusMessage,
                               String messageId, String requestId) {
        MessagingStatus status = statusOf(deliveryStatus);
        if (status == MessagingStatus.ACCEPTED) {
            return RecipientOutcome.accepted(MessagingResult.accepted(to, messageId, AwsErrorMapper.PROVIDER));
        }
        int httpStatus = statusCode == null ? 0 : statusCode;
        String message = "aws SendMessages to " + to + " failed: " + deliveryStatus + " (status " + httpStatus
                         + ", request id " + requestId + "): " + statusMessage;
        MessagingException error = status == MessagingStatus.THROTTLED
                ? new MessagingThrottledException(message, AwsErrorMapper.PROVIDER, deliveryStatus, httpStatus,
                        requestId, null)
                : new MessagingServiceException(message, AwsErrorMapper.PROVIDER, deliveryStatus, httpStatus,
                        requestId, status.isRetryable(), null);
        return new RecipientOutcome(new MessagingResult(to, messageId, status, status.isRetryable(), deliveryStatus,
                statusMessage, AwsErrorMapper.PROVIDER), error);
    }

    private static MessagingStatus statusOf(String deliveryStatus) {
        if (deliveryStatus == null) {
            return MessagingStatus.UNKNOWN;
        }
        return switch (deliveryStatus) {
            case "SUCCESSFUL" -> MessagingStatus.ACCEPTED;
            case "THROTTLED" -> MessagingStatus.THROTTLED;
            case "TEMPORARY_FAILURE", "TIMEOUT" -> MessagingStatus.TEMPORARY_FAILURE;
            case "PERMANENT_FAILURE" -> MessagingStatus.PERMANENT_FAILURE;
            case "OPT_OUT" -> MessagingStatus.OPT_OUT;
            case "DUPLICATE" -> MessagingStatus.DUPLICATE;
            default -> MessagingStatus.UNKNOWN;
        };
    }
}
