package io.camelmessaging.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelmessaging.component.provider.RecipientOutcome;
import org.apache.camel.Message;

/**
 * Turns per-recipient outcomes into the result headers and, when recipients failed, the exception to raise: the
 * recipient's own error for a single recipient, {@link MessagingPartialFailureException} for several.
 */
final class ResultMapper {

    private ResultMapper() {
    }

    /**
     * Sets {@code CamelMessagingResults} and {@code CamelMessagingMessageId} for every recipient, taking the results of
     * recipients accepted earlier from the ledger, and returns the error to raise, or null.
     */
    static MessagingException apply(Message message, String provider, List<String> recipients,
                                    List<RecipientOutcome> outcomes, DeliveryLedger ledger) {
        List<RecipientOutcome> failures = null;
        for (RecipientOutcome outcome : outcomes) {
            if (outcome.error() == null) {
                ledger.recordAccepted(outcome.result());
            } else {
                if (failures == null) {
                    failures = new ArrayList<>();
                }
                failures.add(outcome);
            }
        }
        Map<String, RecipientOutcome> byRecipient = null;
        List<MessagingResult> results = new ArrayList<>(recipients.size());
        String firstMessageId = null;
        for (String to : recipients) {
            MessagingResult result = ledger.acceptedResult(to);
            if (result == null) {
                byRecipient = byRecipient != null ? byRecipient : byRecipient(outcomes);
                result = byRecipient.get(to).result();
            }
            results.add(result);
            if (firstMessageId == null && result.isAccepted()) {
                firstMessageId = result.messageId();
            }
        }
        message.setHeader(MessagingConstants.RESULTS, results);
        message.setHeader(MessagingConstants.MESSAGE_ID, firstMessageId);
        if (failures == null) {
            return null;
        }
        return recipients.size() == 1 ? failures.get(0).error()
                : new MessagingPartialFailureException(provider, results, retryAfterOfWholeRefusal(results, failures));
    }

    /** The outcomes by recipient; built only when some recipient was not accepted. */
    private static Map<String, RecipientOutcome> byRecipient(List<RecipientOutcome> outcomes) {
        Map<String, RecipientOutcome> byRecipient = new HashMap<>();
        for (RecipientOutcome outcome : outcomes) {
            byRecipient.put(outcome.result().to(), outcome);
        }
        return byRecipient;
    }

    /** The longest Retry-After when no recipient was accepted and every one was throttled with one; else null. */
    private static Duration retryAfterOfWholeRefusal(List<MessagingResult> results, List<RecipientOutcome> failures) {
        if (failures.size() != results.size()
            || !failures.stream().allMatch(f -> f.error() instanceof MessagingThrottledException t
                                               && t.getRetryAfter() != null)) {
            return null;
        }
        return failures.stream().map(f -> ((MessagingThrottledException) f.error()).getRetryAfter())
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
