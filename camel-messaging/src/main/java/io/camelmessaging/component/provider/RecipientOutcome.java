package io.camelmessaging.component.provider;

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
}
