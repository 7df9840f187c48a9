package io.camelmessaging.component.events;

import io.camelmessaging.component.MessagingEndpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * The {@code messaging:events} consumer that serves the Event Grid webhook at {@code path} on platform-http (azure).
 */
public class EventGridWebhookConsumer extends DefaultConsumer {

    public EventGridWebhookConsumer(MessagingEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }
}
