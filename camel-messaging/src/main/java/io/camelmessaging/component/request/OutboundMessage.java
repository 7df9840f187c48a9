package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.List;

import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.MessagingProvider;

/**
 * What every provider operation sends, resolved from headers, endpoint and component options: sender, recipients, text
 * and media URLs. The options of one provider operation travel beside it in a {@link SendRequest}.
 *
 * @param operation            the endpoint's operation
 * @param provider             the provider sending it
 * @param originationIdentity  the sender, or null
 * @param recipients           the recipients, normalised and distinct, in order
 * @param body                 the text, or null
 * @param mediaUrls            the media URLs, empty for none
 * @param mediaUrlsFromMessage whether the media URLs came from the message (a header) rather than from the route
 *                             author, so that they are untrusted
 * @param idempotencyKey       identifies the send across retries, redeliveries and exchanges with the same key
 * @param firstSent            when the message of this idempotency key was first sent
 */
public record OutboundMessage(
        MessagingOperation operation,
        MessagingProvider provider,
        String originationIdentity,
        List<String> recipients,
        String body,
        List<String> mediaUrls,
        boolean mediaUrlsFromMessage,
        String idempotencyKey,
        Instant firstSent) {

    /** The same message to other recipients. */
    public OutboundMessage withRecipients(List<String> otherRecipients) {
        return new OutboundMessage(operation, provider, originationIdentity, otherRecipients, body, mediaUrls,
                mediaUrlsFromMessage, idempotencyKey, firstSent);
    }
}
