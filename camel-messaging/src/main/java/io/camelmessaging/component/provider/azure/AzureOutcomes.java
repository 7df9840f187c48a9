package io.camelmessaging.component.provider.azure;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import io.camelmessaging.component.MessagingException;
import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.MessagingServiceException;
import io.camelmessaging.component.MessagingStatus;
import io.camelmessaging.component.MessagingThrottledException;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.provider.RetryAfter;

/**
 * Maps Azure Communication Services answers to per-recipient outcomes: the per-recipient items of a 202, and
 * whole-request errors (after the pipeline's retries), which fail every recipient of the request.
 */
final class AzureOutcomes {

    static final String PROVIDER = "azure";

    private AzureOutcomes() {
    }

    /**
     * The outcome of one item of a 202 answer. A repeat that ACS refused, as outside its tracking window (412) or as
     * not matching the original (400 {@code rejected}), may have been sent before: {@code UNKNOWN}, not retryable.
     */
    static RecipientOutcome ofItem(String operation, String to, String messageId, int httpStatusCode, boolean successful,
                                   String repeatabilityResult, String errorMessage, String requestId) {
        if (successful) {
            return RecipientOutcome.accepted(MessagingResult.accepted(to, messageId, PROVIDER));
        }
        String refusedRepeat = refusedRepeat(httpStatusCode, repeatabilityResult);
        MessagingStatus status = refusedRepeat != null ? MessagingStatus.UNKNOWN : statusOf(httpStatusCode);
        String code = refusedRepeat != null ? refusedRepeat : String.valueOf(httpStatusCode);
        String message = "azure " + operation + " to " + to + " failed: HTTP " + httpStatusCode + " (request id "
                         + requestId + "): " + errorMessage
                         + (refusedRepeat != null ? " (the message may have been sent)" : "");
        return new RecipientOutcome(
                new MessagingResult(to, null, status, status.isRetryable(), code, errorMessage, PROVIDER),
                exception(status, message, code, httpStatusCode, requestId, null, null));
    }

    /**
     * The outcomes of every recipient of a request that failed as a whole, after the pipeline's retries (safe: every
     * attempt carries the same repeatability ids). A 502 or 504 comes from a gateway and does not prove that ACS did
     * not process the request, so it is {@code UNKNOWN}, not retryable.
     */
    static List<RecipientOutcome> ofFailure(String operation, List<String> recipients, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        int httpStatus = 0;
        String code = cause.getClass().getSimpleName();
        String reason = cause.getMessage();
        String requestId = null;
        Duration retryAfter = null;
        MessagingStatus status;
        if (cause instanceof HttpResponseException hre && hre.getResponse() != null) {
            httpStatus = hre.getResponse().getStatusCode();
            requestId = hre.getResponse().getHeaderValue("x-ms-request-id");
            retryAfter = RetryAfter.of(name -> hre.getResponse().getHeaders().getValue(HttpHeaderName.fromString(name)));
            if (hre.getValue() instanceof Map<?, ?> body && body.get("error") instanceof Map<?, ?> error) {
                code = String.valueOf(error.get("code"));
                reason = String.valueOf(error.get("message"));
            }
            status = httpStatus == 502 || httpStatus == 504 ? MessagingStatus.UNKNOWN : statusOf(httpStatus);
        } else {
            status = causedBy(cause, ConnectException.class) ? MessagingStatus.TEMPORARY_FAILURE : MessagingStatus.UNKNOWN;
        }
        String errorCode = code;
        String errorReason = reason;
        int errorStatus = httpStatus;
        String errorRequestId = requestId;
        Duration errorRetryAfter = retryAfter;
        return recipients.stream().map(to -> {
            String message = "azure " + operation + " to " + to + " failed: " + errorCode
                             + (errorStatus > 0 ? " (HTTP " + errorStatus + ", request id " + errorRequestId + ")" : "")
                             + ": " + errorReason
                             + (status == MessagingStatus.UNKNOWN ? " (the message may have been sent)" : "");
            return new RecipientOutcome(
                    new MessagingResult(to, null, status, status.isRetryable(), errorCode, errorReason, PROVIDER),
                    exception(status, message, errorCode, errorStatus, errorRequestId, errorRetryAfter, cause));
        }).toList();
    }

    private static String refusedRepeat(int httpStatusCode, String repeatabilityResult) {
        if (httpStatusCode == 412) {
            return "RepeatabilityExpired";
        }
        return httpStatusCode == 400 && "rejected".equals(repeatabilityResult) ? "RepeatabilityMismatch" : null;
    }

    private static MessagingStatus statusOf(int httpStatus) {
        if (httpStatus == 429) {
            return MessagingStatus.THROTTLED;
        }
        return httpStatus >= 500 || httpStatus == 408 ? MessagingStatus.TEMPORARY_FAILURE
                : MessagingStatus.PERMANENT_FAILURE;
    }

    private static MessagingException exception(MessagingStatus status, String message, String code, int httpStatus,
                                                String requestId, Duration retryAfter, Throwable cause) {
        if (status == MessagingStatus.THROTTLED) {
            return new MessagingThrottledException(message, PROVIDER, code, httpStatus, requestId, retryAfter, cause);
        }
        return new MessagingServiceException(message, PROVIDER, code, httpStatus, requestId, status.isRetryable(),
                cause);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
