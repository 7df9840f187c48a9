package io.camelmessaging.component.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * An in-memory SQS queue behind the SDK's async client interface, for unit tests: a receive takes up to
 * maxNumberOfMessages queued messages at once or, when none is queued, waits (like a long poll that never times out)
 * until one is offered or the caller cancels it; a received message stays in flight until deleted, and
 * {@link #redeliverUndeleted()} plays its visibility timeout. Records every receive request and every delete batch, and
 * fails receives or deletes on demand.
 */
final class RecordingSqsClient implements SqsAsyncClient {

    private final Deque<Message> queue = new ArrayDeque<>();
    private final Map<String, Message> inFlight = new LinkedHashMap<>();
    private final Map<String, Integer> receiveCounts = new LinkedHashMap<>();
    private final List<CompletableFuture<ReceiveMessageResponse>> waiting = new ArrayList<>();
    private final List<ReceiveMessageRequest> receives = new ArrayList<>();
    private final List<List<String>> deleteBatches = new ArrayList<>();
    private final Set<String> refusedDeletes = new HashSet<>();
    private int failingReceives;
    private int failedReceives;
    private boolean failingDeleteCalls;
    private int mostWaitingAtOnce;
    private int offered;
    private boolean closed;

    /** Queues a message with this body; its message id is {@code m<n>}, its receipt handle {@code rh-m<n>}. */
    synchronized String offer(String body) {
        String id = "m" + ++offered;
        queue.add(Message.builder().messageId(id).body(body).build());
        serveWaiting();
        return id;
    }

    /** Lets every received and not deleted message be received again, as its visibility timeout would. */
    synchronized void redeliverUndeleted() {
        queue.addAll(inFlight.values());
        inFlight.clear();
        serveWaiting();
    }

    /**
     * The next {@code count} receives fail as a connection that could not be opened would: the first with a failed
     * future, any further one by throwing at once.
     */
    synchronized void failReceives(int count) {
        failingReceives = count;
        failedReceives = 0;
    }

    /** Whether every DeleteMessageBatch call fails as a whole from now on. */
    synchronized void failDeleteCalls(boolean fail) {
        failingDeleteCalls = fail;
    }

    /** SQS answers the deletion of this message with a failed batch entry. */
    synchronized void refuseDeleteOf(String messageId) {
        refusedDeletes.add(receiptHandle(messageId));
    }

    static String receiptHandle(String messageId) {
        return "rh-" + messageId;
    }

    synchronized List<ReceiveMessageRequest> receives() {
        return List.copyOf(receives);
    }

    /** The receipt handles of each DeleteMessageBatch call, failed ones included. */
    synchronized List<List<String>> deleteBatches() {
        return List.copyOf(deleteBatches);
    }

    synchronized int waitingReceives() {
        waiting.removeIf(CompletableFuture::isDone);
        return waiting.size();
    }

    synchronized int mostWaitingAtOnce() {
        return mostWaitingAtOnce;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized CompletableFuture<ReceiveMessageResponse> receiveMessage(ReceiveMessageRequest request) {
        receives.add(request);
        if (failingReceives > 0) {
            failingReceives--;
            SdkClientException refused = SdkClientException.create("Unable to execute HTTP request: Connection "
                                                                   + "refused");
            if (failedReceives++ > 0) {
                throw refused;
            }
            return CompletableFuture.failedFuture(refused);
        }
        CompletableFuture<ReceiveMessageResponse> answer = new CompletableFuture<>();
        waiting.add(answer);
        mostWaitingAtOnce = Math.max(mostWaitingAtOnce, waitingReceives());
        serveWaiting();
        return answer;
    }

    @Override
    public synchronized CompletableFuture<DeleteMessageBatchResponse> deleteMessageBatch(
            DeleteMessageBatchRequest request) {
        deleteBatches.add(request.entries().stream().map(DeleteMessageBatchRequestEntry::receiptHandle).toList());
        if (failingDeleteCalls) {
            return CompletableFuture.failedFuture(SdkClientException.create("Unable to execute HTTP request: "
                                                                            + "Connection reset"));
        }
        DeleteMessageBatchResponse.Builder response = DeleteMessageBatchResponse.builder();
        List<DeleteMessageBatchResultEntry> deleted = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (DeleteMessageBatchRequestEntry entry : request.entries()) {
            if (refusedDeletes.contains(entry.receiptHandle())) {
                failed.add(BatchResultErrorEntry.builder().id(entry.id()).code("ReceiptHandleIsInvalid")
                        .message("The receipt handle has expired").senderFault(true).build());
            } else {
                inFlight.remove(entry.receiptHandle());
                deleted.add(DeleteMessageBatchResultEntry.builder().id(entry.id()).build());
            }
        }
        return CompletableFuture.completedFuture(response.successful(deleted).failed(failed).build());
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Hands the queued messages to the receives waiting, first come first served. */
    private void serveWaiting() {
        waiting.removeIf(CompletableFuture::isDone);
        while (!queue.isEmpty() && !waiting.isEmpty()) {
            CompletableFuture<ReceiveMessageResponse> answer = waiting.remove(0);
            int max = receives.get(receives.size() - 1).maxNumberOfMessages();
            List<Message> batch = new ArrayList<>();
            while (!queue.isEmpty() && batch.size() < max) {
                batch.add(receive(queue.poll()));
            }
            answer.complete(ReceiveMessageResponse.builder().messages(batch).build());
        }
    }

    private Message receive(Message message) {
        String handle = receiptHandle(message.messageId());
        int count = receiveCounts.merge(handle, 1, Integer::sum);
        inFlight.put(handle, message);
        return message.toBuilder().receiptHandle(handle)
                .attributes(Map.of(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, Integer.toString(count)))
                .build();
    }
}
