package io.camelmessaging.component.events;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A CamelContext with a {@link RecordingSqsClient} bound as {@code sqs} and a recording exception handler as
 * {@code errors}, and the routes, bodies and waits the SQS consumer's tests share.
 */
abstract class SqsConsumerTestSupport extends CamelTestSupport {

    static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/sms-events";
    static final String EVENTS = "messaging:events?queueUrl=" + QUEUE + "&sqsClient=#sqs&exceptionHandler=#errors";
    static final String PHONE = "+14255550182";

    final RecordingSqsClient sqs = new RecordingSqsClient();
    final RecordingExceptionHandler errors = new RecordingExceptionHandler();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("sqs", sqs);
        registry.bind("errors", errors);
    }

    void startRoute(String options, Processor step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(EVENTS + options).routeId("events").process(step).to("mock:events");
            }
        });
    }

    /** The root cause of the failure to start a route from {@code uri}. */
    Throwable routeStartError(String uri) {
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

    SqsEventConsumer sqsConsumer() {
        return (SqsEventConsumer) context.getRoute("events").getConsumer();
    }

    @SafeVarargs
    final void awaitDeleteBatches(List<String>... batches) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> assertThat(sqs.deleteBatches()).containsExactly(batches));
    }

    static String inbound(String id, String text) {
        return """
                {"originationNumber":"%s","destinationNumber":"+12125550101","messageBody":"%s",
                 "inboundMessageId":"%s"}""".formatted(PHONE, text, id);
    }

    static String eventBridge(String detail) {
        return """
                {"version":"0","id":"5c0fa4f8-e4ba-ed02-6101-c795472fccd0",
                 "detail-type":"Text Message Delivery Status Updated","source":"aws.sms-voice",
                 "account":"111122223333","time":"2025-10-01T18:20:41Z","region":"us-east-1","resources":[],
                 "detail":%s}""".formatted(detail);
    }

    /** Records what the consumer reports to its exception handler. */
    static final class RecordingExceptionHandler implements ExceptionHandler {

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
