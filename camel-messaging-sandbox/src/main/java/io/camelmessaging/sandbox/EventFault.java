package io.camelmessaging.sandbox;

/**
 * A fault of the events the sandbox emits (delivery events and inbound messages, to the events queue and to Event
 * Grid subscriptions).
 */
public enum EventFault {
    /** The event is delivered twice. */
    DUPLICATE,
    /** A message's final AWS delivery event is emitted before its intermediate one. */
    OUT_OF_ORDER,
    /** The event's body is replaced by text that is not JSON. */
    NOT_JSON,
    /** The event's type is replaced by one no provider publishes ({@code SANDBOX_UNKNOWN_EVENT}). */
    UNKNOWN_TYPE
}
