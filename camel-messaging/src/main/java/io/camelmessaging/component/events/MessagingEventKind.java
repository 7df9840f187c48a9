package io.camelmessaging.component.events;

/** What a {@link MessagingEvent} reports. */
public enum MessagingEventKind {
    /** A provider's report on a message this application sent. */
    DELIVERY_STATUS,
    /** A message a phone sent to one of this application's numbers. */
    INBOUND_MESSAGE
}
