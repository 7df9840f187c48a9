package io.camelmessaging.component.events;

import java.util.List;
import java.util.Objects;

/**
 * What {@link AzureEventParser} found in one webhook body: either its events, each read or unreadable, or the Event
 * Grid subscription handshake, whose validation code the webhook must answer.
 *
 * @param items          the events in body order; empty for a handshake
 * @param validationCode the {@code validationCode} of a {@code Microsoft.EventGrid.SubscriptionValidationEvent}, or null
 */
public record AzureEvents(List<Item> items, String validationCode) {

    public AzureEvents {
        items = List.copyOf(items);
    }

    /** Whether the body was the Event Grid subscription handshake. */
    public boolean isSubscriptionValidation() {
        return validationCode != null;
    }

    /** The events that could be read, in body order. */
    public List<MessagingEvent> events() {
        return items.stream().map(Item::event).filter(Objects::nonNull).toList();
    }

    /**
     * One event of a body: read, or unreadable with its JSON text and the reason.
     *
     * @param event   the event, or null when unreadable
     * @param raw     the event's JSON text, compact
     * @param failure why the event cannot be read, or null
     */
    public record Item(MessagingEvent event, String raw, MessagingEventException failure) {

        static Item read(MessagingEvent event) {
            return new Item(event, event.raw(), null);
        }

        static Item unreadable(String raw, MessagingEventException failure) {
            return new Item(null, raw, failure);
        }
    }
}
