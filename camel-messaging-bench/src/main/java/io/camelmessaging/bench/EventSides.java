package io.camelmessaging.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import io.camelmessaging.component.MessagingEndpoint;
import io.camelmessaging.component.events.MessagingEvent;
import io.camelmessaging.component.events.SqsEventConsumer;
import io.camelmessaging.component.provider.aws.AwsClientFactory;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SqsQueues;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/**
 * The two sides of the events comparison, each draining the sandbox's events queue after {@link DeliveryEvents}
 * filled it with a slice's events, with a window of concurrent consumers:
 * <ul>
 * <li>{@code ours}: a route {@code from("messaging:events?queueUrl=...&waitTimeSeconds=1&concurrentConsumers=C")} to
 * a processor that counts, one route per C, started on its first slice, suspended after each slice and resumed for
 * the next;</li>
 * <li>{@code raw}: C loops on threads of their own, each receiving up to 10 messages (long poll of 1 s) with an
 * {@link SqsAsyncClient} and deleting what it got in one batch, until the slice's events are deleted. The client is
 * built by the component's {@link AwsClientFactory} from the route's endpoint configuration, on Netty event loops of
 * its own sized as the component's shared ones: same credentials, endpoint override, HTTP settings and retries.</li>
 * </ul>
 * A slice starts when the queue is full and ends when its last event was deleted; then no receive may be left waiting
 * in the sandbox, or it would take the next slice's first events: {@code raw} lets its loops' last polls end,
 * {@code ours} suspends its route and waits out the long poll. A slice fails unless the side handled exactly its events
 * and the queue is empty afterwards.
 */
final class EventSides implements AutoCloseable {

    /** The long poll of both sides. */
    static final int WAIT_TIME_SECONDS = 1;

    private static final int MAX_MESSAGES = 10;
    /**
     * How long a slice may take: less than the queue's visibility timeout (30 s), so that an event taken by a receive
     * left over from the previous slice fails the slice instead of coming back and being counted late.
     */
    private static final long SLICE_TIMEOUT_SECONDS = 20;
    private static final long LONG_POLL_END_MILLIS = WAIT_TIME_SECONDS * 1000L + 500;

    private final MessagingSandbox sandbox;
    private final String queueUrl;
    private final String awsOptions;
    private final CamelContext camel;
    private final DeliveryEvents events;
    private final SdkEventLoopGroup rawEventLoops;
    private final SqsAsyncClient raw;
    private final ExecutorService rawLoops = Executors.newCachedThreadPool();
    private final Consumer<MessagingEvent> oursObserver;
    private final Consumer<Message> rawObserver;
    private volatile CountDownLatch oursPending = new CountDownLatch(0);

    /** Sides that only count. */
    EventSides(MessagingSandbox sandbox) throws Exception {
        this(sandbox, event -> { }, message -> { });
    }

    /**
     * Sides that also hand what they consumed to observers (tests).
     *
     * @param oursObserver receives every event the route gets
     * @param rawObserver  receives every message the raw loops deleted
     */
    EventSides(MessagingSandbox sandbox, Consumer<MessagingEvent> oursObserver, Consumer<Message> rawObserver)
            throws Exception {
        this.sandbox = sandbox;
        this.oursObserver = oursObserver;
        this.rawObserver = rawObserver;
        queueUrl = sandbox.eventsQueueUrl();
        awsOptions = "region=us-east-1&accessKey=" + MessagingSandbox.AWS_ACCESS_KEY_ID + "&secretKey=RAW("
                     + MessagingSandbox.AWS_SECRET_ACCESS_KEY + ")&overrideEndpoint=true&uriEndpointOverride="
                     + sandbox.baseUri();
        camel = new DefaultCamelContext();
        camel.start();
        events = DeliveryEvents.fromSandbox(camel, sandbox, "messaging:sendTextMessage?originationIdentity=RAW("
                                                            + BenchInputs.FROM + ")&configurationSetName="
                                                            + BenchInputs.CONFIGURATION_SET + "&" + awsOptions);
        rawEventLoops = SdkEventLoopGroup.builder().build();
        raw = AwsClientFactory.sqsClient(camel.getEndpoint(eventsUri(1), MessagingEndpoint.class).getConfiguration(),
                rawEventLoops);
    }

    /** {@code ours} and {@code raw}, the baseline last. */
    List<Side> sides() {
        return List.of(side("ours", this::measureOurs), side("raw", this::measureRaw));
    }

    /** The events written so far, by message id. */
    List<String> messageIds() {
        return events.messageIds();
    }

    private String eventsUri(int consumers) {
        return "messaging:events?provider=aws&queueUrl=" + queueUrl + "&waitTimeSeconds=" + WAIT_TIME_SECONDS
               + "&maxMessages=" + MAX_MESSAGES + "&concurrentConsumers=" + consumers + "&" + awsOptions;
    }

    private Round measureOurs(int consumers, int count) {
        String routeId = "events-" + consumers;
        CountDownLatch pending = new CountDownLatch(count);
        events.fill(count);
        oursPending = pending;
        ResourceMeter start = ResourceMeter.now();
        long startNanos = System.nanoTime();
        try {
            startOrResume(routeId, consumers);
            if (!pending.await(SLICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("ours routed " + (count - pending.getCount()) + " of " + count
                                                + " events within " + SLICE_TIMEOUT_SECONDS + " s");
            }
            awaitQueueEmpty("ours");
            long nanos = System.nanoTime() - startNanos;
            ResourceMeter used = ResourceMeter.now().since(start);
            camel.getRouteController().suspendRoute(routeId);
            TimeUnit.MILLISECONDS.sleep(LONG_POLL_END_MILLIS);
            checkConsumer((SqsEventConsumer) camel.getRoute(routeId).getConsumer());
            return slice("ours", consumers, count, nanos, used, count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while ours consumed events", e);
        } catch (Exception e) {
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(e);
        }
    }

    private void startOrResume(String routeId, int consumers) throws Exception {
        if (camel.getRoute(routeId) == null) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(eventsUri(consumers)).routeId(routeId).process(exchange -> {
                        oursObserver.accept(exchange.getMessage().getBody(MessagingEvent.class));
                        oursPending.countDown();
                    });
                }
            });
        } else if (camel.getRouteController().getRouteStatus(routeId) == ServiceStatus.Suspended) {
            camel.getRouteController().resumeRoute(routeId);
        } else {
            throw new IllegalStateException("Route " + routeId + " is " + camel.getRouteController()
                    .getRouteStatus(routeId) + ", not suspended");
        }
    }

    /** Every event routed once, every message deleted: nothing failed, came again or was dropped as a duplicate. */
    private static void checkConsumer(SqsEventConsumer consumer) {
        if (consumer.getFailedMessages() + consumer.getRedeliveredMessages() + consumer.getDuplicateEvents()
            + consumer.getDeleteFailures() > 0) {
            throw new IllegalStateException("ours: " + consumer.getFailedMessages() + " failed, "
                                            + consumer.getRedeliveredMessages() + " redelivered, "
                                            + consumer.getDuplicateEvents() + " duplicate events, "
                                            + consumer.getDeleteFailures() + " failed deletes");
        }
    }

    private Round measureRaw(int consumers, int count) {
        events.fill(count);
        ReceiveMessageRequest receive = ReceiveMessageRequest.builder().queueUrl(queueUrl)
                .maxNumberOfMessages(MAX_MESSAGES).waitTimeSeconds(WAIT_TIME_SECONDS).build();
        AtomicInteger deleted = new AtomicInteger();
        AtomicReference<Finish> finished = new AtomicReference<>();
        ResourceMeter start = ResourceMeter.now();
        long startNanos = System.nanoTime();
        Runnable drain = () -> {
            while (deleted.get() < count) {
                int got = receiveAndDelete(receive);
                int total = deleted.addAndGet(got);
                if (got > 0 && total >= count && total - got < count) {
                    finished.set(new Finish(System.nanoTime() - startNanos, ResourceMeter.now().since(start)));
                }
            }
        };
        List<Future<?>> loops = new ArrayList<>(consumers);
        for (int i = 0; i < consumers; i++) {
            loops.add(rawLoops.submit(drain));
        }
        for (Future<?> loop : loops) {
            try {
                loop.get(SLICE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while raw consumed events", e);
            } catch (ExecutionException | TimeoutException e) {
                loops.forEach(other -> other.cancel(true));
                throw new IllegalStateException("raw deleted " + deleted.get() + " of " + count + " events", e);
            }
        }
        awaitQueueEmpty("raw");
        if (deleted.get() != count) {
            throw new IllegalStateException("raw deleted " + deleted.get() + " events, not " + count);
        }
        return slice("raw", consumers, count, finished.get().nanos(), finished.get().used(), deleted.get());
    }

    /** When the last event of a slice was deleted, and what the process used until then. */
    private record Finish(long nanos, ResourceMeter used) {
    }

    /** One receive and the batch delete of what it got; the number of messages deleted. */
    private int receiveAndDelete(ReceiveMessageRequest receive) {
        List<Message> messages = raw.receiveMessage(receive).join().messages();
        if (messages.isEmpty()) {
            return 0;
        }
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(messages.get(i).receiptHandle()).build());
        }
        DeleteMessageBatchResponse response = raw.deleteMessageBatch(DeleteMessageBatchRequest.builder()
                .queueUrl(queueUrl).entries(entries).build()).join();
        if (!response.failed().isEmpty()) {
            throw new IllegalStateException("raw could not delete " + response.failed());
        }
        messages.forEach(rawObserver);
        return messages.size();
    }

    /** Waits until the events queue has no message left, visible or in flight. */
    private void awaitQueueEmpty(String side) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SLICE_TIMEOUT_SECONDS);
        SqsQueues queues = sandbox.sqs();
        while (queues.size(SqsQueues.EVENTS_QUEUE) + queues.inFlight(SqsQueues.EVENTS_QUEUE) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(side + " left " + queues.size(SqsQueues.EVENTS_QUEUE) + " visible and "
                                                + queues.inFlight(SqsQueues.EVENTS_QUEUE) + " received events in the "
                                                + "queue");
            }
            LockSupport.parkNanos(50_000);
        }
    }

    private Round slice(String side, int consumers, int count, long nanos, ResourceMeter used, int handled) {
        return new Round(side, consumers, count, 1, nanos, used, handled, sandbox.requests().size());
    }

    /** A side whose slices start from an empty sandbox. */
    private Side side(String name, BiFunction<Integer, Integer, Round> measure) {
        return Side.of(name, (consumers, count) -> {
            sandbox.clear();
            return measure.apply(consumers, count);
        });
    }

    @Override
    public void close() throws Exception {
        camel.close();
        rawLoops.shutdownNow();
        raw.close();
        rawEventLoops.eventLoopGroup().shutdownGracefully(2, 15, TimeUnit.SECONDS).await(20, TimeUnit.SECONDS);
    }
}
