package io.camelmessaging.component;

import java.util.ArrayList;
import java.util.List;

import io.camelmessaging.component.provider.RecipientOutcome;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Keeps the recipients in {@code suppressionRepository} (phones that answered STOP) from being sent: each gets an
 * {@link MessagingStatus#OPT_OUT} outcome with error code {@value #ERROR_CODE} and no request is made for it.
 *
 * @param allowed    the recipients to send to, in order
 * @param suppressed the outcomes of the recipients not sent to
 */
record Suppression(List<String> allowed, List<RecipientOutcome> suppressed) {

    /** The error code of a recipient kept from being sent. */
    static final String ERROR_CODE = "SUPPRESSED";

    /** Splits the recipients by the repository; without a repository every recipient is allowed. */
    static Suppression of(IdempotentRepository repository, List<String> recipients, String provider) {
        if (repository == null) {
            return new Suppression(recipients, List.of());
        }
        List<String> allowed = new ArrayList<>(recipients.size());
        List<RecipientOutcome> suppressed = new ArrayList<>(0);
        for (String to : recipients) {
            if (repository.contains(to)) {
                suppressed.add(outcome(to, provider));
            } else {
                allowed.add(to);
            }
        }
        return suppressed.isEmpty() ? new Suppression(recipients, List.of()) : new Suppression(allowed, suppressed);
    }

    /** Whether every recipient was suppressed, so that no request is to be made. */
    boolean nothingToSend() {
        return allowed.isEmpty() && !suppressed.isEmpty();
    }

    private static RecipientOutcome outcome(String to, String provider) {
        String reason = "The recipient opted out: it is in the suppressionRepository, so no message was sent to it";
        return new RecipientOutcome(
                new MessagingResult(to, null, MessagingStatus.OPT_OUT, false, ERROR_CODE, reason, provider),
                new MessagingServiceException(reason + " (" + to + ")", provider, ERROR_CODE, 0, null, false, null));
    }
}
