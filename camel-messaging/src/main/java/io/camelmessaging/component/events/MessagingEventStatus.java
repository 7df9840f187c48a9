package io.camelmessaging.component.events;

/**
 * Provider-neutral status of a {@link MessagingEvent} (design.md section 9). The provider's own code is kept in
 * {@link MessagingEvent#providerStatus()}.
 */
public enum MessagingEventStatus {
    /** The message reached the phone, or the carrier accepted it where the provider does not tell them apart. */
    DELIVERED,
    /** The message is on its way (queued or pending); more events follow. */
    SENT,
    /** The message could not be delivered (invalid number or message, unreachable phone or carrier). */
    FAILED,
    /** The carrier, the phone or a protect configuration refused the message (including spam filtering). */
    BLOCKED,
    /** The message's time to live ran out before delivery. */
    EXPIRED,
    /** An inbound opt-out keyword such as STOP: the sender must not be messaged again. */
    OPTED_OUT,
    /** Any other inbound message, including an opt-in keyword (see {@link MessagingEvent#isOptIn()}). */
    RECEIVED,
    /** The provider itself does not know what happened to the message. */
    UNKNOWN
}
