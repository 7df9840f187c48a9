package io.camelmessaging.component;

/**
 * The cloud messaging provider an endpoint sends through.
 */
public enum MessagingProvider {
    /** Amazon Web Services: End User Messaging SMS and Pinpoint. */
    aws,
    /** Azure Communication Services. */
    azure
}
