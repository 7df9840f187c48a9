package io.camelmessaging.component.request;

import java.util.List;

/**
 * A message with the options of the provider operation that sends it.
 *
 * @param message the provider-neutral part
 * @param options the operation's own options, an immutable record
 * @param <O>     the options type of the operation
 */
public record SendRequest<O>(OutboundMessage message, O options) {

    /** The same request to other recipients. */
    public SendRequest<O> withRecipients(List<String> recipients) {
        return new SendRequest<>(message.withRecipients(recipients), options);
    }
}
