package io.camelmessaging.component;

import java.time.Duration;
import java.util.List;

/**
 * Some or all recipients of a message with several recipients failed. Every recipient's result is set, both here and
 * in header {@code CamelMessagingResults}; a redelivery of the exchange sends only to the recipients not accepted.
 */
public class MessagingPartialFailureException extends MessagingException {

    /** Component error code of partial failures. */
    public static final String ERROR_CODE = "PartialFailure";

    private final List<MessagingResult> results;
    private final Duration retryAfter;

    public MessagingPartialFailureException(String provider, List<MessagingResult> results) {
        this(provider, results, null);
    }

    /**
     * @param retryAfter how long to wait before sending again, when no recipient was accepted and every one was
     *                   throttled with a Retry-After; else null
     */
    public MessagingPartialFailureException(String provider, List<MessagingResult> results, Duration retryAfter) {
        super(describe(results), provider, ERROR_CODE, 0, null,
              results.stream().anyMatch(MessagingResult::retryable), null);
        this.results = List.copyOf(results);
        this.retryAfter = retryAfter;
    }

    /**
     * When no recipient was accepted and every one was throttled, the longest Retry-After among them (the provider's
     * or the rate limit's estimate), so the whole message can be sent again after it; else null.
     */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** One result per recipient, in recipient order. */
    public List<MessagingResult> getResults() {
        return results;
    }

    /** The results of the recipients that were not accepted. */
    public List<MessagingResult> getFailedResults() {
        return results.stream().filter(r -> !r.isAccepted()).toList();
    }

    private static String describe(List<MessagingResult> results) {
        List<MessagingResult> failed = results.stream().filter(r -> !r.isAccepted()).toList();
        StringBuilder text = new StringBuilder()
                .append(failed.size()).append(" of ").append(results.size()).append(" recipients failed: ");
        for (MessagingResult r : failed) {
            text.append(r.to()).append(' ').append(r.status());
            if (r.errorCode() != null) {
                text.append(" (").append(r.errorCode()).append(": ").append(r.errorMessage()).append(')');
            }
            text.append("; ");
        }
        return text.substring(0, text.length() - 2);
    }
}
