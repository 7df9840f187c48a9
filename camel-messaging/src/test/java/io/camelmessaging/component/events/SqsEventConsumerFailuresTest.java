package io.camelmessaging.component.events;

import java.time.Duration;
import java.util.List;

import io.camelmessaging.component.MessagingServiceException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkClientException;

import static io.camelmessaging.component.events.AwsEventParserTest.DELIVERY;
import static io.camelmessaging.component.events.RecordingSqsClient.receiptHandle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SQS consumer of {@code messaging:events} against {@link RecordingSqsClient} when things go wrong: a failing
 * route, hostile bodies with and without a dead letter channel, invalid options, missing credentials, receive and
 * delete errors. Nothing is lost: a message leaves the queue only once its exchange was handled.
 */
class SqsEventConsumerFailuresTest extends SqsConsumerTestSupport {

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
}
