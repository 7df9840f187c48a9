package io.camelmessaging.sandbox;

import java.util.Map;

/**
 * One message in an emulated SQS queue. Its mutable receive state is guarded by the lock of the queue that holds it.
 */
final class SqsMessage {

    final String messageId;
    final String body;
    final String md5OfBody;
    /** Message attributes by name: {@code DataType} and {@code StringValue} or {@code BinaryValue} (base64). */
    final Map<String, Map<String, String>> attributes;
    final long sentTimestamp;

    int receiveCount;
    long firstReceiveTimestamp;
    /** The handle of the latest receive; null while visible. */
    String receiptHandle;
    long visibleAt;

    SqsMessage(String messageId, String body, Map<String, Map<String, String>> attributes, long sentTimestamp) {
        this.messageId = messageId;
        this.body = body;
        this.md5OfBody = SqsChecksums.md5OfBody(body);
        this.attributes = Map.copyOf(attributes);
        this.sentTimestamp = sentTimestamp;
    }

    boolean inFlight() {
        return receiptHandle != null;
    }

    /** What a receive hands out: a copy taken under the queue's lock. */
    Received received() {
        return new Received(this, receiptHandle, receiveCount, firstReceiveTimestamp);
    }

    /** One receive of a message. */
    record Received(SqsMessage message, String receiptHandle, int receiveCount, long firstReceiveTimestamp) {
    }
}
