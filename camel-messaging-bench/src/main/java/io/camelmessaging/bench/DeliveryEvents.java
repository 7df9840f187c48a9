package io.camelmessaging.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SqsQueues;
import org.apache.camel.CamelContext;

/**
 * Fills the sandbox's events queue with distinct AWS delivery events. The events are copies of the one the sandbox
 * itself writes (a {@code TEXT_DELIVERED} event in an SNS notification) after a send through the component with a
 * configuration set and a correlation id, each with a message id of its own ({@code bench-1}, {@code bench-2}, ...),
 * so that every event has an event id of its own and none is dropped as a duplicate.
 */
final class DeliveryEvents {

    /** The prefix of the events' message ids. */
    static final String MESSAGE_ID_PREFIX = "bench-";

    private static final long EMIT_TIMEOUT_MILLIS = 10_000;

    private final MessagingSandbox sandbox;
    private final String template;
    private final String templateMessageId;
    private final AtomicLong sequence = new AtomicLong();

    private DeliveryEvents(MessagingSandbox sandbox, String template, String templateMessageId) {
        this.sandbox = sandbox;
        this.template = template;
        this.templateMessageId = templateMessageId;
    }

    /**
     * Sends one text through {@code sendUri} (an endpoint with a configuration set, on this sandbox), takes the final
     * delivery event the sandbox writes for it as the template, and empties the queue.
     */
    static DeliveryEvents fromSandbox(CamelContext camel, MessagingSandbox sandbox, String sendUri)
            throws InterruptedException {
        sandbox.clear();
        camel.createProducerTemplate().send(sendUri, exchange -> {
            exchange.getMessage().setBody(BenchInputs.GSM7);
            exchange.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, BenchInputs.TO);
            exchange.getMessage().setHeader(MessagingConstants.CORRELATION_ID, "orders.csv:1");
        });
        String messageId = sandbox.messages().get(0).messageId();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(EMIT_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline) {
            List<String> delivered = sandbox.sqs().bodies(SqsQueues.EVENTS_QUEUE).stream()
                    .filter(body -> body.contains("TEXT_DELIVERED")).toList();
            if (!delivered.isEmpty()) {
                sandbox.clear();
                return new DeliveryEvents(sandbox, delivered.get(0), messageId);
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        throw new IllegalStateException("The sandbox wrote no TEXT_DELIVERED event for message " + messageId + " within "
                                        + EMIT_TIMEOUT_MILLIS + " ms");
    }

    /** Writes {@code count} new events into the events queue. */
    void fill(int count) {
        SqsQueues queues = sandbox.sqs();
        for (int i = 0; i < count; i++) {
            queues.send(SqsQueues.EVENTS_QUEUE, template.replace(templateMessageId,
                    MESSAGE_ID_PREFIX + sequence.incrementAndGet()));
        }
    }

    /** The message ids of the events written so far, in order. */
    List<String> messageIds() {
        return LongStream.rangeClosed(1, sequence.get()).mapToObj(i -> MESSAGE_ID_PREFIX + i)
                .toList();
    }
}
