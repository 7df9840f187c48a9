package io.camelmessaging.component.events;

import java.time.Duration;

import io.camelmessaging.component.events.FakeSqsHttpServer.RecordedRequest;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelmessaging.component.events.AwsEventParserTest.DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A long poll of the default 20 seconds, answered only at its end, completes on the client the consumer builds: its
 * HTTP read timeout does not cut it short, so the message arrives with the very first receive, and the next request is
 * its deletion.
 */
class SqsLongPollIT extends CamelTestSupport {

    private final FakeSqsHttpServer sqs = new FakeSqsHttpServer();

    SqsLongPollIT() throws Exception {
    }

    @AfterEach
    void stopFakeSqs() {
        sqs.close();
    }

    @Test
    void aTwentySecondLongPollIsNotCutShortByAReadTimeout() throws Exception {
        sqs.holdReceivesFor(Duration.ofSeconds(20));
        sqs.offer("m1", DELIVERY);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        events.setResultWaitTime(40_000);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("messaging:events?queueUrl=https://sqs.us-east-1.amazonaws.com/123456789012/sms-events"
                     + "&region=us-east-1&accessKey=AKIDSQSTEST&secretKey=RAW(secret)&overrideEndpoint=true"
                     + "&uriEndpointOverride=" + sqs.endpoint()).to("mock:events");
            }
        });

        events.assertIsSatisfied();
        await().atMost(Duration.ofSeconds(5)).until(() -> sqs.requests().size() >= 2);
        assertThat(sqs.requests()).map(RecordedRequest::target).startsWith("AmazonSQS.ReceiveMessage",
                "AmazonSQS.DeleteMessageBatch");
    }
}
