package io.camelmessaging.component.events;

import java.util.List;

/**
 * What {@link AzureEventParser} found in one webhook body: either the events, or the Event Grid subscription
 * handshake, whose validation code the webhook must answer.
 *
 * @param events         the SMS events, in body order; empty for a handshake
 * @param validationCode the {@code validationCode} of a {@code Microsoft.EventGrid.SubscriptionValidationEvent}, or null
 */
public record AzureEvents(List<MessagingEvent> events, String validationCode) {

    public AzureEvents {
        events = List.copyOf(events);
    }

    /** Whether the body was the Event Grid subscription handshake. */
    public boolean isSubscriptionValidation() {
        return validationCode != null;
    }
}
