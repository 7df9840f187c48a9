package io.camelmessaging.component.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.component.MessagingServiceException;
import org.apache.camel.spi.ExceptionHandler;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * One poll loop of an {@link SqsEventConsumer}, run on a thread of its own: receive, route each event of each message
 * in order, delete the handled messages in one batch, receive again. A message whose exchange failed is not deleted.
 * Receive errors go to the exception handler and the loop waits, longer after each failure in a row, then goes on.
 */
final class SqsPollLoop implements Runnable {

    /** The wait after the first receive error in a row; it doubles with each further one. */
    static final long FIRST_BACKOFF_MILLIS = 1000;

    /** The longest wait after receive errors. */
    static final long MAX_BACKOFF_MILLIS = 30_000;

    private final SqsAsyncClient client;
    private final ReceiveMessageRequest receive;
    private final EventDispatcher dispatcher;
    private final ExceptionHandler errors;
    private final SqsEventStats stats;
    private final AwsEventParser parser = new AwsEventParser();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile CompletableFuture<ReceiveMessageResponse> pendingReceive;

    SqsPollLoop(SqsAsyncClient client, String queueUrl, int maxMessages, int waitTimeSeconds,
                EventDispatcher dispatcher, ExceptionHandler errors, SqsEventStats stats) {
        this.client = client;
        this.receive = ReceiveMessageRequest.builder().queueUrl(queueUrl).maxNumberOfMessages(maxMessages)
                .waitTimeSeconds(waitTimeSeconds)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT).build();
        this.dispatcher = dispatcher;
        this.errors = errors;
        this.stats = stats;
    }

    /** Stops polling: cancels a receive under way and ends a backoff; an exchange in flight still completes. */
    void stop() {
        running = false;
        stopped.countDown();
        CompletableFuture<ReceiveMessageResponse> pending = pendingReceive;
        if (pending != null) {
            pending.cancel(true);
        }
    }

    @Override
    public void run() {
        int failuresInARow = 0;
        while (running) {
            List<Message> messages;
            try {
                messages = receive();
                failuresInARow = 0;
            } catch (ExecutionException | RuntimeException e) {
                if (running) {
                    failuresInARow++;
                    receiveFailed(unwrap(e), failuresInARow);
                }
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            routeAndDelete(messages);
        }
    }

    private void receiveFailed(Throwable failure, int failuresInARow) {
        long backoff = backoffMillis(failuresInARow);
        errors.handleException("Could not receive from SQS queue " + receive.queueUrl() + "; polling again in "
                               + backoff + " ms", failure);
        pause(backoff);
    }

    /** The wait after {@code failuresInARow} receive errors: 1 s, 2 s, 4 s, ... at most 30 s. */
    static long backoffMillis(int failuresInARow) {
        int doublings = Math.min(failuresInARow - 1, 5);
        return Math.min(FIRST_BACKOFF_MILLIS << doublings, MAX_BACKOFF_MILLIS);
    }

    private List<Message> receive() throws ExecutionException, InterruptedException {
        CompletableFuture<ReceiveMessageResponse> pending = client.receiveMessage(receive);
        pendingReceive = pending;
        if (!running) {
            pending.cancel(true);
        }
        return pending.get().messages();
    }

    /**
     * Routes the messages one after another and deletes those whose events were all handled. A message not yet routed
     * when the loop stops stays in the queue and comes back after its visibility timeout.
     */
    private void routeAndDelete(List<Message> messages) {
        List<Message> handled = new ArrayList<>(messages.size());
        for (Message message : messages) {
            if (!running) {
                break;
            }
            if (route(message)) {
                handled.add(message);
            }
        }
        delete(handled);
    }

    /** Routes the events of one message in order, stopping at the first that failed; true when all were handled. */
    private boolean route(Message message) {
        stats.received.increment();
        if (!"1".equals(message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"))) {
            stats.redelivered.increment();
        }
        boolean ok = true;
        try {
            List<MessagingEvent> events;
            try {
                events = parser.parse(message.body());
            } catch (MessagingEventException e) {
                events = List.of();
                ok = dispatcher.dispatchUnreadable(message.body(), e).join();
            }
            for (int i = 0; ok && i < events.size(); i++) {
                ok = dispatcher.dispatch(events.get(i)).join();
            }
        } catch (RuntimeException e) {
            errors.handleException("Could not route SQS message " + message.messageId(), e);
            ok = false;
        }
        (ok ? stats.handled : stats.failed).increment();
        return ok;
    }

    private void delete(List<Message> handled) {
        if (handled.isEmpty()) {
            return;
        }
        Map<String, String> messageIds = new HashMap<>();
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(handled.size());
        for (int i = 0; i < handled.size(); i++) {
            messageIds.put(Integer.toString(i), handled.get(i).messageId());
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(handled.get(i).receiptHandle()).build());
        }
        try {
            DeleteMessageBatchResponse response = client.deleteMessageBatch(DeleteMessageBatchRequest.builder()
                    .queueUrl(receive.queueUrl()).entries(entries).build()).join();
            for (BatchResultErrorEntry failure : response.failed()) {
                stats.deleteFailures.increment();
                String messageId = messageIds.getOrDefault(failure.id(), "with batch entry id " + failure.id());
                errors.handleException("Could not delete handled message " + messageId + ": SQS delivers it again "
                                       + "after its visibility timeout and the idempotent repository drops its events",
                        new MessagingServiceException("SQS did not delete message " + messageId + ": "
                                                      + failure.code() + " " + failure.message(),
                                AwsEventParser.PROVIDER, failure.code(), 0, null, false, null));
            }
        } catch (RuntimeException e) {
            stats.deleteFailures.add(entries.size());
            errors.handleException("Could not delete " + entries.size() + " handled messages from SQS queue "
                                   + receive.queueUrl() + ": SQS delivers them again after their visibility timeout "
                                   + "and the idempotent repository drops their events", unwrap(e));
        }
    }

    /** The SDK's own exception, without the wrappers of the futures that carried it. */
    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
               && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void pause(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
