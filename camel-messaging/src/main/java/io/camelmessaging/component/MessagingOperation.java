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
    sendMessages
}
