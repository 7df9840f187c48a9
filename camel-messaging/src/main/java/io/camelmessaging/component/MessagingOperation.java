package io.camelmessaging.component;

/**
 * The operations of the {@code messaging:} endpoint.
 */
public enum MessagingOperation {
    /** Send an SMS text: AWS End User Messaging SendTextMessage, or ACS SMS. */
    sendTextMessage,
    /** Send an MMS: AWS End User Messaging SendMediaMessage, or ACS MMS. */
    sendMediaMessage,
    /** Send an Amazon Pinpoint direct message (SendMessages). */
    sendMessages,
    /** Consume delivery reports and inbound messages: an SQS queue (aws) or an Event Grid webhook (azure). */
    events;

    /** Whether this operation sends messages (every one but {@link #events}). */
    public boolean sends() {
        return this != events;
    }
}
