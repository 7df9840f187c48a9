package io.camelmessaging.sandbox;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The emulated SQS queues of a sandbox, to fill and inspect in tests and benchmarks. Every queue {@code <name>} gets a
 * dead-letter queue {@code <name>-dlq} (the redrive policy of {@link SandboxConfig#maxReceiveCount}); the queue
 * {@value #EVENTS_QUEUE} always exists. Queue URLs are {@code <baseUri>/000000000000/<name>}. Thread-safe.
 */
public final class SqsQueues {

    /** The queue the sandbox writes AWS delivery events and two-way messages into. */
    public static final String EVENTS_QUEUE = "sms-events";
    /** The account id in queue URLs and ARNs. */
    static final String ACCOUNT = "000000000000";
    static final String DEAD_LETTER_SUFFIX = "-dlq";

    private final Map<String, SqsQueue> queues = new ConcurrentHashMap<>();
    private final Supplier<URI> baseUri;
    private final int maxReceiveCount;

    SqsQueues(Supplier<URI> baseUri, int maxReceiveCount) {
        this.baseUri = baseUri;
        this.maxReceiveCount = maxReceiveCount;
        queueNamed(EVENTS_QUEUE, true);
    }

    /** Creates a queue (and its dead-letter queue) unless it exists; returns its URL. */
    public String create(String queue) {
        queueNamed(queue, true);
        return url(queue);
    }

    /** The URL of a queue, e.g. {@code http://127.0.0.1:8088/000000000000/sms-events}. */
    public String url(String queue) {
        return baseUri.get() + "/" + ACCOUNT + "/" + queue;
    }

    /** Sends a message with this body; returns its message id. */
    public String send(String queue, String body) {
        return existing(queue).send(body, Map.of()).messageId;
    }

    /** The number of visible messages. */
    public int size(String queue) {
        return existing(queue).size();
    }

    /** The number of messages received and neither deleted nor visible again. */
    public int inFlight(String queue) {
        return existing(queue).inFlight();
    }

    /** The bodies of every message in the queue, visible or in flight, oldest first. */
    public List<String> bodies(String queue) {
        return existing(queue).bodies();
    }

    /** The bodies of the messages its redrive policy moved to {@code <queue>-dlq}, oldest first. */
    public List<String> deadLetters(String queue) {
        return bodies(queue + DEAD_LETTER_SUFFIX);
    }

    /** Removes every message from the queue. */
    public void purge(String queue) {
        existing(queue).purge();
    }

    /** The queue of a URL the sandbox handed out (any host), or null. */
    SqsQueue byUrl(String queueUrl) {
        String marker = "/" + ACCOUNT + "/";
        int at = queueUrl == null ? -1 : queueUrl.indexOf(marker);
        return at < 0 ? null : queues.get(queueUrl.substring(at + marker.length()));
    }

    /** The queue of this name, created when asked; null when absent and not asked to create. */
    SqsQueue queueNamed(String queue, boolean create) {
        if (!create) {
            return queues.get(queue);
        }
        SqsQueue existing = queues.get(queue);
        if (existing != null) {
            return existing;
        }
        SqsQueue deadLetters = queue.endsWith(DEAD_LETTER_SUFFIX) ? null : queueNamed(queue + DEAD_LETTER_SUFFIX, true);
        return queues.computeIfAbsent(queue, name -> new SqsQueue(name, deadLetters, maxReceiveCount));
    }

    /** Empties every queue; the queues stay, so that long polls waiting on them go on. */
    void clear() {
        queues.values().forEach(SqsQueue::purge);
    }

    private SqsQueue existing(String queue) {
        SqsQueue found = queues.get(queue);
        if (found == null) {
            throw new IllegalArgumentException("No queue " + queue + " in the sandbox; create it first");
        }
        return found;
    }
}
