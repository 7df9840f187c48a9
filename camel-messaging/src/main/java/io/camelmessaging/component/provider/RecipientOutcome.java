package io.camelmessaging.component.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.camelmessaging.component.MessagingException;
import io.camelmessaging.component.MessagingResult;

/**
 * What happened to one recipient: its result and, when it failed, the error to raise.
 *
 * @param result the recipient's result
 * @param error  the mapped provider error, or null when the recipient was accepted
 */
public record RecipientOutcome(MessagingResult result, MessagingException error) {

    /** An accepted recipient. */
    public static RecipientOutcome accepted(MessagingResult result) {
        return new RecipientOutcome(result, null);
    }

    /**
     * One outcome per recipient, in recipient order, from a provider's answer keyed by recipient.
     *
     * @param answers the provider's per-recipient items
     * @param outcome maps a recipient and its item to its outcome
     * @param missing the outcome of a recipient the answer has no item for
     */
    public static <T> List<RecipientOutcome> inOrder(List<String> recipients, Map<String, T> answers,
                                                     BiFunction<String, T, RecipientOutcome> outcome,
                                                     Function<String, RecipientOutcome> missing) {
        List<RecipientOutcome> outcomes = new ArrayList<>(recipients.size());
        for (String to : recipients) {
            T answer = answers.get(to);
            outcomes.add(answer == null ? missing.apply(to) : outcome.apply(to, answer));
        }
        return outcomes;
    }
}
