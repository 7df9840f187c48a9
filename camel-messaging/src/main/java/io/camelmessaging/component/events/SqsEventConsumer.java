package io.camelmessaging.component.events;

import io.camelmessaging.component.MessagingEndpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * The {@code messaging:events} consumer that polls the SQS queue {@code queueUrl} (aws).
 */
public class SqsEventConsumer extends DefaultConsumer {

    public SqsEventConsumer(MessagingEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }
}
