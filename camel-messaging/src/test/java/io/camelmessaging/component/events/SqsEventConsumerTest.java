package io.camelmessaging.component.events;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.camelmessaging.component.MessagingConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import static io.camelmessaging.component.events.AwsEventParserTest.DELIVERY;
import static io.camelmessaging.component.events.AwsEventParserTest.sns;
import static io.camelmessaging.component.events.RecordingSqsClient.receiptHandle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SQS consumer of {@code messaging:events} against {@link RecordingSqsClient} when events arrive as they should:
 * what it receives and deletes, what each exchange carries, duplicates, opt-outs, concurrent polls, its counters over
 * JMX, and stopping or suspending with an exchange in flight. Failures are in {@link SqsEventConsumerFailuresTest}.
 */
class SqsEventConsumerTest extends SqsConsumerTestSupport {

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Test
    void snsEventBridgeAndRawBodiesBecomeOneExchangeEachInOrderAndAreDeletedInOneBatch() throws Exception {
        String raw = sqs.offer(DELIVERY);
        String bridged = sqs.offer(eventBridge(DELIVERY.replace("TEXT_DELIVERED", "TEXT_BLOCKED")));
        String inbound = sqs.offer(sns(inbound("msg-1", "See you at 5")));
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(3);
        List<String> threads = new CopyOnWriteArrayList<>();

        startRoute("", exchange -> threads.add(Thread.currentThread().getName()));

        events.assertIsSatisfied();
        List<Exchange> received = events.getReceivedExchanges();
        assertThat(received).map(e -> e.getMessage().getBody(MessagingEvent.class).providerStatus())
                .containsExactly("TEXT_DELIVERED", "TEXT_BLOCKED", null);
        Exchange delivery = received.get(0);
        assertThat(delivery.getMessage().getBody(MessagingEvent.class))
                .usingRecursiveComparison().isEqualTo(new AwsEventParser().parse(DELIVERY).get(0));
        assertThat(delivery.getMessage().getHeaders())
                .containsEntry(MessagingConstants.EVENT_KIND, MessagingEventKind.DELIVERY_STATUS)
                .containsEntry(MessagingConstants.EVENT_STATUS, MessagingEventStatus.DELIVERED)
                .containsEntry(MessagingConstants.MESSAGE_ID, "862a8790-60c0-4430-9b2b-658bdexample")
                .containsEntry(MessagingConstants.CORRELATION_ID, "orders.csv#42")
                .containsEntry(MessagingConstants.PROVIDER, "aws");
        assertThat(received.get(1).getMessage().getHeader(MessagingConstants.EVENT_STATUS))
                .isEqualTo(MessagingEventStatus.BLOCKED);
        assertThat(received.get(2).getMessage().getHeaders())
                .containsEntry(MessagingConstants.EVENT_KIND, MessagingEventKind.INBOUND_MESSAGE)
                .containsEntry(MessagingConstants.EVENT_STATUS, MessagingEventStatus.RECEIVED)
                .containsEntry(MessagingConstants.MESSAGE_ID, "msg-1");
        assertThat(threads).allMatch(name -> name.contains("MessagingSqsEvents"));

        awaitDeleteBatches(List.of(receiptHandle(raw), receiptHandle(bridged), receiptHandle(inbound)));
        assertThat(sqs.receives().get(0)).satisfies(request -> {
            assertThat(request.queueUrl()).isEqualTo(QUEUE);
            assertThat(request.maxNumberOfMessages()).isEqualTo(10);
            assertThat(request.waitTimeSeconds()).isEqualTo(20);
            assertThat(request.messageSystemAttributeNames())
                    .containsExactly(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        });
        assertThat(sqsConsumer().getReceivedMessages()).isEqualTo(3);
        assertThat(sqsConsumer().getHandledMessages()).isEqualTo(3);
        assertThat(errors.messages).isEmpty();
    }

    @Test
    void theConsumersCountersAreJmxAttributes() throws Exception {
        sqs.offer(DELIVERY);
        sqs.offer(DELIVERY);
        String failing = sqs.offer(DELIVERY.replace("TEXT_DELIVERED", "TEXT_TTL_EXPIRED"));

        startRoute("", exchange -> {
            if (exchange.getMessage().getBody(MessagingEvent.class).status() == MessagingEventStatus.EXPIRED) {
                throw new IllegalStateException("report file unavailable");
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> sqsConsumer().getFailedMessages() == 1);

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> consumers = server.queryNames(new ObjectName("org.apache.camel:type=consumers,*"), null);
        ObjectName consumer = consumers.stream().filter(name -> name.toString().contains("SqsEventConsumer"))
                .findFirst().orElseThrow(() -> new AssertionError("no SqsEventConsumer in " + consumers));
        assertThat(server.getAttribute(consumer, "ReceivedMessages")).isEqualTo(3L);
        assertThat(server.getAttribute(consumer, "HandledMessages")).isEqualTo(2L);
        assertThat(server.getAttribute(consumer, "FailedMessages")).isEqualTo(1L);
        assertThat(server.getAttribute(consumer, "DuplicateEvents")).isEqualTo(1L);
        assertThat(server.getAttribute(consumer, "DeleteFailures")).isEqualTo(0L);
        assertThat(server.getAttribute(consumer, "RedeliveredMessages")).isEqualTo(0L);
        assertThat(sqs.deleteBatches()).singleElement().asList().doesNotContain(receiptHandle(failing));
    }

    @Test
    void aMessageIsDeletedOnlyAfterItsExchangeCompleted() throws Exception {
        CountDownLatch routing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String id = sqs.offer(DELIVERY);

        startRoute("", exchange -> {
            routing.countDown();
            release.await(10, TimeUnit.SECONDS);
        });

        assertThat(routing.await(5, TimeUnit.SECONDS)).isTrue();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> sqs.deleteBatches().isEmpty());
        release.countDown();
        awaitDeleteBatches(List.of(receiptHandle(id)));
    }

    @Test
    void aDuplicateEventIsDroppedAndItsMessageDeleted() throws Exception {
        String first = sqs.offer(DELIVERY);
        String again = sqs.offer(sns(DELIVERY));
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        startRoute("", exchange -> { });

        awaitDeleteBatches(List.of(receiptHandle(first), receiptHandle(again)));
        events.assertIsSatisfied();
        assertThat(sqsConsumer().getDuplicateEvents()).isEqualTo(1);
    }

    @Test
    void aCustomIdempotentRepositoryDecidesWhatWasHandled() throws Exception {
        MemoryIdempotentRepository handled = new MemoryIdempotentRepository();
        handled.start();
        String knownEventId = new AwsEventParser().parse(DELIVERY).get(0).eventId();
        handled.add(knownEventId);
        context.getRegistry().bind("handled", handled);
        String known = sqs.offer(DELIVERY);
        String fresh = sqs.offer(DELIVERY.replace("TEXT_DELIVERED", "TEXT_QUEUED"));
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        startRoute("&idempotentRepository=#handled", exchange -> { });

        awaitDeleteBatches(List.of(receiptHandle(known), receiptHandle(fresh)));
        events.assertIsSatisfied();
        assertThat(events.getReceivedExchanges().get(0).getMessage().getBody(MessagingEvent.class).providerStatus())
                .isEqualTo("TEXT_QUEUED");
        assertThat(handled.contains(knownEventId.replace("TEXT_DELIVERED", "TEXT_QUEUED"))).isTrue();
    }

    @Test
    void anInboundStopSuppressesThePhoneAndStartLiftsIt() throws Exception {
        MemoryIdempotentRepository suppressed = new MemoryIdempotentRepository();
        context.getRegistry().bind("suppressed", suppressed);
        String stop = sqs.offer(sns(inbound("in-1", "STOP")));
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedHeaderReceived(MessagingConstants.EVENT_STATUS, MessagingEventStatus.OPTED_OUT);

        startRoute("&suppressionRepository=#suppressed", exchange -> { });

        awaitDeleteBatches(List.of(receiptHandle(stop)));
        events.assertIsSatisfied();
        assertThat(suppressed.contains(PHONE)).isTrue();

        String start = sqs.offer(sns(inbound("in-2", "start")));

        awaitDeleteBatches(List.of(receiptHandle(stop)), List.of(receiptHandle(start)));
        assertThat(suppressed.contains(PHONE)).isFalse();
    }

    @Test
    void twoConcurrentConsumersPollTwiceAtOnce() throws Exception {
        startRoute("&concurrentConsumers=2", exchange -> { });

        await().atMost(Duration.ofSeconds(5)).until(() -> sqs.waitingReceives() == 2);
        String id = sqs.offer(DELIVERY);
        awaitDeleteBatches(List.of(receiptHandle(id)));
        await().atMost(Duration.ofSeconds(5)).until(() -> sqs.waitingReceives() == 2);
        assertThat(sqs.mostWaitingAtOnce()).isEqualTo(2);
    }

    @Test
    void oneConsumerNeverPollsTwiceAtOnce() throws Exception {
        startRoute("", exchange -> { });
        for (int i = 0; i < 5; i++) {
            sqs.offer(DELIVERY.replace("1686975103470", "168697510347" + i));
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> sqsConsumer().getHandledMessages() == 5);
        assertThat(sqs.mostWaitingAtOnce()).isEqualTo(1);
    }

    @Test
    void theOnlySqsClientInTheRegistryIsUsedWithoutBeingNamed() throws Exception {
        String id = sqs.offer(DELIVERY);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("messaging:events?queueUrl=" + QUEUE).to("mock:events");
            }
        });

        awaitDeleteBatches(List.of(receiptHandle(id)));
    }

    @Test
    void stoppingWithAnExchangeInFlightDeletesItsMessageAfterItCompletes() throws Exception {
        CountDownLatch routing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String id = sqs.offer(DELIVERY);
        startRoute("", exchange -> {
            routing.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        assertThat(routing.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("events");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> !stopping.isDone() && sqs.deleteBatches().isEmpty());
        release.countDown();

        stopping.get(10, TimeUnit.SECONDS);
        assertThat(sqs.deleteBatches()).containsExactly(List.of(receiptHandle(id)));
        assertThat(sqs.waitingReceives()).isZero();
        assertThat(sqs.isClosed()).as("a client the user supplied is never closed").isFalse();
    }

    @Test
    void aSuspendedRouteDoesNotPollUntilResumed() throws Exception {
        startRoute("", exchange -> { });
        await().atMost(Duration.ofSeconds(5)).until(() -> sqs.waitingReceives() == 1);

        context.getRouteController().suspendRoute("events");
        assertThat(sqs.waitingReceives()).as("the receive under way is cancelled").isZero();
        String id = sqs.offer(DELIVERY);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> sqs.deleteBatches().isEmpty() && sqs.waitingReceives() == 0);

        context.getRouteController().resumeRoute("events");
        awaitDeleteBatches(List.of(receiptHandle(id)));
    }
}
