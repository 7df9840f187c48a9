package io.camelmessaging.component.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.MessagingProvider;

/**
 * A message to send, independent of the provider: every value resolved from headers, endpoint and component options.
 * Unset values are null (empty for the collections). {@code idempotencyKey} and {@code firstSent} identify the
 * send across retries, redeliveries and other exchanges with the same key; {@code mediaUrlsFromMessage} tells that
 * the media URLs came from the message (a header), not from the route author, so they are untrusted;
 * {@code attachments} holds media loaded for providers that send media content rather than URLs;
 * {@code providerRequest} a request an operation prepared itself from the exchange (a Pinpoint
 * {@code MessageRequest}).
 */
public record OutboundMessage(
        MessagingOperation operation,
        MessagingProvider provider,
        String originationIdentity,
        List<String> recipients,
        String body,
        List<String> mediaUrls,
        boolean mediaUrlsFromMessage,
        String maxPrice,
        Integer timeToLive,
        String configurationSetName,
        Map<String, String> context,
        Map<String, String> destinationCountryParameters,
        String messageType,
        String keyword,
        Boolean dryRun,
        String protectConfigurationId,
        Boolean messageFeedbackEnabled,
        Boolean enableDeliveryReport,
        String tag,
        String idempotencyKey,
        Instant firstSent,
        List<MediaAttachment> attachments,
        Object providerRequest) {

    /** The same message to other recipients. */
    public OutboundMessage withRecipients(List<String> otherRecipients) {
        return new OutboundMessage(operation, provider, originationIdentity, otherRecipients, body, mediaUrls,
                mediaUrlsFromMessage, maxPrice, timeToLive, configurationSetName, context, destinationCountryParameters,
                messageType, keyword, dryRun, protectConfigurationId, messageFeedbackEnabled, enableDeliveryReport, tag,
                idempotencyKey, firstSent, attachments, providerRequest);
    }

    /** The same message with media loaded as attachments. */
    public OutboundMessage withAttachments(List<MediaAttachment> loaded) {
        return new OutboundMessage(operation, provider, originationIdentity, recipients, body, mediaUrls,
                mediaUrlsFromMessage, maxPrice, timeToLive, configurationSetName, context, destinationCountryParameters,
                messageType, keyword, dryRun, protectConfigurationId, messageFeedbackEnabled, enableDeliveryReport, tag,
                idempotencyKey, firstSent, loaded, providerRequest);
    }

    /** The same message carrying the request a provider operation prepared from the exchange. */
    public OutboundMessage withProviderRequest(Object prepared) {
        return new OutboundMessage(operation, provider, originationIdentity, recipients, body, mediaUrls,
                mediaUrlsFromMessage, maxPrice, timeToLive, configurationSetName, context, destinationCountryParameters,
                messageType, keyword, dryRun, protectConfigurationId, messageFeedbackEnabled, enableDeliveryReport, tag,
                idempotencyKey, firstSent, attachments, prepared);
    }
}
