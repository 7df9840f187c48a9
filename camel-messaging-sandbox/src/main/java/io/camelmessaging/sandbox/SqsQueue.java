package io.camelmessaging.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One emulated SQS standard queue: visible messages, messages in flight until their visibility timeout, receipt
 * handles unique per receive, long polls that wake as soon as a message arrives, and a redrive policy that moves a
 * message received {@code maxReceiveCount} times to its dead-letter queue on the next receive. Each queue has its own
 * lock; nothing global is held while a long poll waits.
 */
final class SqsQueue {

    /** What a delete or visibility change did with a receipt handle. */
    enum HandleResult {
        /** The handle was the message's latest, and the message in flight. */
        DONE,
        /** The handle is well formed but not the latest of a message in flight (or its message is gone). */
        STALE,
        /** The handle is not one the sandbox handed out. */
        INVALID
    }

    private static final Base64.Encoder HANDLE_ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder HANDLE_DECODER = Base64.getUrlDecoder();

    final String name;
    final SqsQueue deadLetterQueue;
    final int maxReceiveCount;
    volatile int visibilityTimeoutSeconds = 30;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<SqsMessage> visible = new ArrayDeque<>();
    private final Map<String, SqsMessage> messages = new HashMap<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>();
    private final AtomicLong receives = new AtomicLong();
    private int inFlight;

    private record Deadline(long visibleAt, SqsMessage message) implements Comparable<Deadline> {
        @Override
        public int compareTo(Deadline other) {
            return Long.compare(visibleAt, other.visibleAt);
        }
    }

    SqsQueue(String name, SqsQueue deadLetterQueue, int maxReceiveCount) {
        this.name = name;
        this.deadLetterQueue = deadLetterQueue;
        this.maxReceiveCount = maxReceiveCount;
    }

    /** Adds a message and wakes the long polls; returns it. */
    SqsMessage send(String body, Map<String, Map<String, String>> attributes) {
        SqsMessage message = new SqsMessage(UUID.randomUUID().toString(), body, attributes, System.currentTimeMillis());
        lock.lock();
        try {
            messages.put(message.messageId, message);
            visible.addLast(message);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        return message;
    }

    /**
     * Takes up to {@code max} visible messages, waiting up to {@code waitMillis} for the first; each becomes invisible
     * for {@code visibilityTimeoutSeconds} with a new receipt handle.
     */
    List<SqsMessage.Received> receive(int max, int visibilityTimeoutSeconds, long waitMillis)
            throws InterruptedException {
        long waitUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        List<SqsMessage.Received> received = new ArrayList<>(max);
        lock.lock();
        try {
            while (true) {
                long now = System.currentTimeMillis();
                requeueExpired(now);
                while (received.size() < max && !visible.isEmpty()) {
                    SqsMessage message = visible.pollFirst();
                    if (deadLetterQueue != null && message.receiveCount >= maxReceiveCount) {
                        messages.remove(message.messageId);
                        deadLetterQueue.send(message.body, message.attributes);
                        continue;
                    }
                    received.add(markInFlight(message, now, visibilityTimeoutSeconds));
                }
                long remaining = waitUntil - System.nanoTime();
                if (!received.isEmpty() || remaining <= 0) {
                    return received;
                }
                Deadline next = deadlines.peek();
                long untilVisible = next == null ? Long.MAX_VALUE
                        : TimeUnit.MILLISECONDS.toNanos(Math.max(1, next.visibleAt - now));
                arrived.awaitNanos(Math.min(remaining, untilVisible));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Deletes the message of the handle when it is its latest; a stale handle deletes nothing, as SQS documents. */
    HandleResult delete(String receiptHandle) {
        String messageId = messageIdOf(receiptHandle);
        if (messageId == null) {
            return HandleResult.INVALID;
        }
        lock.lock();
        try {
            SqsMessage message = messages.get(messageId);
            if (message == null || !receiptHandle.equals(message.receiptHandle)) {
                return HandleResult.STALE;
            }
            messages.remove(messageId);
            message.receiptHandle = null;
            inFlight--;
            return HandleResult.DONE;
        } finally {
            lock.unlock();
        }
    }

    /** Makes the message of the handle visible again after {@code seconds} from now (0: at once). */
    HandleResult changeVisibility(String receiptHandle, int seconds) {
        String messageId = messageIdOf(receiptHandle);
        if (messageId == null) {
            return HandleResult.INVALID;
        }
        lock.lock();
        try {
            SqsMessage message = messages.get(messageId);
            if (message == null || !receiptHandle.equals(message.receiptHandle)) {
                return HandleResult.STALE;
            }
            message.visibleAt = System.currentTimeMillis() + seconds * 1000L;
            deadlines.add(new Deadline(message.visibleAt, message));
            if (seconds == 0) {
                requeueExpired(message.visibleAt);
            }
            arrived.signalAll();
            return HandleResult.DONE;
        } finally {
            lock.unlock();
        }
    }

    /** The number of visible messages ({@code ApproximateNumberOfMessages}). */
    int size() {
        lock.lock();
        try {
            requeueExpired(System.currentTimeMillis());
            return visible.size();
        } finally {
            lock.unlock();
        }
    }

    /** The number of messages in flight ({@code ApproximateNumberOfMessagesNotVisible}). */
    int inFlight() {
        lock.lock();
        try {
            requeueExpired(System.currentTimeMillis());
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    /** The bodies of every message, visible or in flight, oldest first. */
    List<String> bodies() {
        lock.lock();
        try {
            List<SqsMessage> all = new ArrayList<>(messages.values());
            all.sort((a, b) -> Long.compare(a.sentTimestamp, b.sentTimestamp));
            return all.stream().map(m -> m.body).toList();
        } finally {
            lock.unlock();
        }
    }

    void purge() {
        lock.lock();
        try {
            visible.clear();
            messages.clear();
            deadlines.clear();
            inFlight = 0;
        } finally {
            lock.unlock();
        }
    }

    private SqsMessage.Received markInFlight(SqsMessage message, long now, int visibilityTimeoutSeconds) {
        message.receiveCount++;
        if (message.firstReceiveTimestamp == 0) {
            message.firstReceiveTimestamp = now;
        }
        message.receiptHandle = HANDLE_ENCODER.encodeToString((message.messageId + "#" + receives.incrementAndGet()
                                                               + "#" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        message.visibleAt = now + visibilityTimeoutSeconds * 1000L;
        deadlines.add(new Deadline(message.visibleAt, message));
        inFlight++;
        return message.received();
    }

    /** Makes every in-flight message whose visibility timeout has passed visible again (lock held). */
    private void requeueExpired(long now) {
        Deadline next;
        while ((next = deadlines.peek()) != null && next.visibleAt <= now) {
            deadlines.poll();
            SqsMessage message = next.message;
            if (message.inFlight() && message.visibleAt == next.visibleAt && messages.containsKey(message.messageId)) {
                message.receiptHandle = null;
                inFlight--;
                visible.addLast(message);
            }
        }
    }

    /** The message id a handle was made for, or null when it is not a sandbox handle. */
    private static String messageIdOf(String receiptHandle) {
        try {
            String decoded = new String(HANDLE_DECODER.decode(receiptHandle), StandardCharsets.UTF_8);
            String[] parts = decoded.split("#");
            return parts.length == 3 ? parts[0] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
