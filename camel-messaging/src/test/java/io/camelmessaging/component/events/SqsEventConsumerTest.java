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
import io.camelmessaging.component.MessagingServiceException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import static io.camelmessaging.component.events.AwsEventParserTest.DELIVERY;
import static io.camelmessaging.component.events.AwsEventParserTest.sns;
import static io.camelmessaging.component.events.RecordingSqsClient.receiptHandle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The SQS consumer of {@code messaging:events} against {@link RecordingSqsClient}: what it receives and deletes, what
 * each exchange carries, and what happens to failed, malformed, duplicate and opt-out events, on receive and delete
 * errors, with concurrent polls, and when the route stops with an exchange in flight.
 */
class SqsEventConsumerTest extends CamelTestSupport {

    private static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/sms-events";
    private static final String EVENTS = "messaging:events?queueUrl=" + QUEUE + "&sqsClient=#sqs"
                                         + "&exceptionHandler=#errors";
    private static final String PHONE = "+14255550182";

    private final RecordingSqsClient sqs = new RecordingSqsClient();
    private final RecordingExceptionHandler errors = new RecordingExceptionHandler();

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("sqs", sqs);
        registry.bind("errors", errors);
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
    void aFailedExchangeLeavesItsMessageInTheQueueUntilItIsHandled() throws Exception {
        String first = sqs.offer(DELIVERY);
        String failing = sqs.offer(DELIVERY.replace("TEXT_DELIVERED", "TEXT_TTL_EXPIRED"));
        String third = sqs.offer(DELIVERY.replace("TEXT_DELIVERED", "TEXT_SPAM"));
        boolean[] failExpired = {true};

        startRoute("", exchange -> {
            if (failExpired[0] && exchange.getMessage().getBody(MessagingEvent.class).status()
                                  == MessagingEventStatus.EXPIRED) {
                throw new IllegalStateException("report file unavailable");
            }
        });

        awaitDeleteBatches(List.of(receiptHandle(first), receiptHandle(third)));
        assertThat(sqsConsumer().getFailedMessages()).isEqualTo(1);
        assertThat(errors.exceptions).singleElement().satisfies(
                e -> assertThat(e).hasMessage("report file unavailable"));

        failExpired[0] = false;
        sqs.redeliverUndeleted();

        awaitDeleteBatches(List.of(receiptHandle(first), receiptHandle(third)), List.of(receiptHandle(failing)));
        assertThat(sqsConsumer().getRedeliveredMessages()).isEqualTo(1);
        assertThat(sqsConsumer().getHandledMessages()).isEqualTo(3);
    }

    @Test
    void aMalformedBodyWithoutADeadLetterChannelStaysInTheQueue() throws Exception {
        sqs.offer("not json");
        String good = sqs.offer(DELIVERY);

        startRoute("", exchange -> { });

        awaitDeleteBatches(List.of(receiptHandle(good)));
        assertThat(sqsConsumer().getFailedMessages()).isEqualTo(1);
        assertThat(errors.exceptions).singleElement().isInstanceOf(MessagingEventException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON        | body                     | must be well-formed JSON
            unknown type    | eventType                | must be a TEXT_ or MEDIA_ delivery event type
            too large       | body                     | must be at most 262144 bytes
            deeply nested   | body                     | must be well-formed JSON
            wrong type      | isFinal                  | must be true or false
            unknown source  | source                   | must be aws.sms-voice
            """)
    void aDeadLetterChannelGetsAMalformedBodyWithItsTextAndReasonAndTheMessageIsDeleted(
            String attack, String field, String rule) throws Exception {
        String body = switch (attack) {
            case "not JSON" -> "<Notification>TEXT_DELIVERED</Notification>";
            case "unknown type" -> DELIVERY.replace("TEXT_DELIVERED", "TEXT_TELEPORTED");
            case "too large" -> "{\"eventType\":\"" + "A".repeat(EventLimits.MAX_AWS_BODY_BYTES) + "\"}";
            case "deeply nested" -> "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
            case "wrong type" -> DELIVERY.replace("\"isFinal\":true", "\"isFinal\":\"yes\"");
            default -> eventBridge(DELIVERY).replace("aws.sms-voice", "aws.ec2");
        };
        String id = sqs.offer(body);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                from(EVENTS).routeId("events").to("mock:events");
            }
        });

        dead.assertIsSatisfied();
        Exchange deadLetter = dead.getReceivedExchanges().get(0);
        assertThat(deadLetter.getMessage().getBody(String.class)).isEqualTo(body);
        MessagingEventException reason = deadLetter.getProperty(Exchange.EXCEPTION_CAUGHT,
                MessagingEventException.class);
        assertThat(reason.getViolation().field()).isEqualTo(field);
        assertThat(reason.getViolation().rule()).startsWith(rule);
        assertThat(reason.getMessage()).contains(field, rule);
        getMockEndpoint("mock:events").expectedMessageCount(0);
        awaitDeleteBatches(List.of(receiptHandle(id)));
        getMockEndpoint("mock:events").assertIsSatisfied();
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            queueUrl=                | queueUrl is required
            waitTimeSeconds=21       | waitTimeSeconds=21 must be 0-20
            waitTimeSeconds=-1       | waitTimeSeconds=-1 must be 0-20
            maxMessages=0            | maxMessages=0 must be 1-10
            maxMessages=11           | maxMessages=11 must be 1-10
            concurrentConsumers=0    | concurrentConsumers=0 must be at least 1
            """)
    void routeStartFailsNamingTheOptionTheValueAndTheRule(String option, String message) {
        String uri = option.startsWith("queueUrl") ? "messaging:events?sqsClient=#sqs" : EVENTS + "&" + option;

        assertThat(routeStartError(uri)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid messaging:events options (aws): " + message);
        assertThat(sqs.receives()).isEmpty();
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
    void withoutAClientOrCredentialsRouteStartFailsListingTheChoices() {
        context.getRegistry().unbind("sqs");

        assertThat(routeStartError("messaging:events?queueUrl=" + QUEUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No AWS credentials: set one of: accessKey and secretKey;")
                .hasMessageContaining("(events) sqsClient");
    }

    @Test
    void receiveErrorsReachTheExceptionHandlerAndPollingGoesOnAfterAGrowingPause() throws Exception {
        sqs.failReceives(2);
        String id = sqs.offer(DELIVERY);

        startRoute("", exchange -> { });

        await().atMost(Duration.ofSeconds(8)).untilAsserted(
                () -> assertThat(sqs.deleteBatches()).containsExactly(List.of(receiptHandle(id))));
        assertThat(errors.messages).containsExactly(
                "Could not receive from SQS queue " + QUEUE + "; polling again in 1000 ms",
                "Could not receive from SQS queue " + QUEUE + "; polling again in 2000 ms");
        assertThat(errors.exceptions).hasSize(2).allSatisfy(
                e -> assertThat(e).isInstanceOf(SdkClientException.class).hasMessageContaining("Connection refused"));
        assertThat(sqs.receives()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theBackoffAfterReceiveErrorsGrowsAndIsBounded() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 1000).stream().map(SqsPollLoop::backoffMillis))
                .containsExactly(1000L, 2000L, 4000L, 8000L, 16_000L, 30_000L, 30_000L, 30_000L);
    }

    @Test
    void deleteErrorsReachTheExceptionHandlerAndAreCounted() throws Exception {
        String refused = sqs.offer(DELIVERY);
        sqs.refuseDeleteOf(refused);

        startRoute("", exchange -> { });

        await().atMost(Duration.ofSeconds(5)).until(() -> sqsConsumer().getDeleteFailures() == 1);
        assertThat(errors.messages).singleElement().asString().startsWith("Could not delete handled message "
                                                                         + refused);
        assertThat(errors.exceptions).singleElement().isInstanceOfSatisfying(MessagingServiceException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo("ReceiptHandleIsInvalid"));

        sqs.failDeleteCalls(true);
        sqs.offer(DELIVERY.replace("TEXT_DELIVERED", "TEXT_PENDING"));
        sqs.offer(DELIVERY.replace("TEXT_DELIVERED", "TEXT_QUEUED"));

        await().atMost(Duration.ofSeconds(5)).until(() -> sqsConsumer().getDeleteFailures() >= 2);
        assertThat(errors.exceptions).last().isInstanceOf(SdkClientException.class);
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

    private void startRoute(String options, Processor step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(EVENTS + options).routeId("events").process(step).to("mock:events");
            }
        });
    }

    /** The root cause of the failure to start a route from {@code uri}. */
    private Throwable routeStartError(String uri) {
        Throwable error = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:events");
            }
        }));
        assertThat(error).isNotNull();
        while (error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    private SqsEventConsumer sqsConsumer() {
        return (SqsEventConsumer) context.getRoute("events").getConsumer();
    }

    @SafeVarargs
    private void awaitDeleteBatches(List<String>... batches) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> assertThat(sqs.deleteBatches()).containsExactly(batches));
    }

    private static String inbound(String id, String text) {
        return """
                {"originationNumber":"%s","destinationNumber":"+12125550101","messageBody":"%s",
                 "inboundMessageId":"%s"}""".formatted(PHONE, text, id);
    }

    private static String eventBridge(String detail) {
        return """
                {"version":"0","id":"5c0fa4f8-e4ba-ed02-6101-c795472fccd0",
                 "detail-type":"Text Message Delivery Status Updated","source":"aws.sms-voice",
                 "account":"111122223333","time":"2025-10-01T18:20:41Z","region":"us-east-1","resources":[],
                 "detail":%s}""".formatted(detail);
    }

    /** Records what the consumer reports to its exception handler. */
    private static final class RecordingExceptionHandler implements ExceptionHandler {

        final List<String> messages = new CopyOnWriteArrayList<>();
        final List<Throwable> exceptions = new CopyOnWriteArrayList<>();

        @Override
        public void handleException(Throwable exception) {
            handleException(null, null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            messages.add(message);
            exceptions.add(exception);
        }
    }
}
