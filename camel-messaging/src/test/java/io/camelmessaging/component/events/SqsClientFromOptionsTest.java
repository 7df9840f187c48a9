package io.camelmessaging.component.events;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The SQS client the consumer builds from the connection options (no {@code sqsClient}) signs its requests for service
 * {@code sqs} with the configured key and region and sends them to {@code uriEndpointOverride}, not to the host of the
 * queue URL; a message it receives through the real SDK is routed and deleted. {@link FakeSqsHttpServer} stands in
 * for SQS.
 */
class SqsClientFromOptionsTest extends CamelTestSupport {

    private static final String QUEUE = "https://sqs.eu-west-1.amazonaws.com/123456789012/sms-events";
    private static final String SECRET_KEY = "wJalrXUtnFEMIK7MDENGbPxRfiCYSECRETKEY";

    private final FakeSqsHttpServer sqs = new FakeSqsHttpServer();

    SqsClientFromOptionsTest() throws Exception {
    }

    @AfterEach
    void stopFakeSqs() {
        sqs.close();
    }

    @Test
    void requestsAreSignedForSqsAndSentToTheEndpointOverride() throws Exception {
        sqs.holdReceivesFor(Duration.ofMillis(200));
        sqs.offer("m1", DELIVERY);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("messaging:events?queueUrl=" + QUEUE + "&waitTimeSeconds=1&maxMessages=7&region=eu-west-1"
                     + "&accessKey=AKIDSQSTEST&secretKey=RAW(" + SECRET_KEY + ")&overrideEndpoint=true"
                     + "&uriEndpointOverride=" + sqs.endpoint()).to("mock:events");
            }
        });

        events.assertIsSatisfied();
        assertThat(events.getReceivedExchanges().get(0).getMessage().getBody(MessagingEvent.class).messageId())
                .isEqualTo("862a8790-60c0-4430-9b2b-658bdexample");
        await().atMost(Duration.ofSeconds(5)).until(() -> sqs.requests().stream()
                .anyMatch(r -> "AmazonSQS.DeleteMessageBatch".equals(r.target())));
        List<RecordedRequest> requests = sqs.requests();
        RecordedRequest receive = requests.get(0);
        assertThat(receive.target()).isEqualTo("AmazonSQS.ReceiveMessage");
        JsonNode body = new ObjectMapper().readTree(receive.body());
        assertThat(body.get("QueueUrl").asText()).isEqualTo(QUEUE);
        assertThat(body.get("MaxNumberOfMessages").asInt()).isEqualTo(7);
        assertThat(body.get("WaitTimeSeconds").asInt()).isEqualTo(1);
        assertThat(body.get("MessageSystemAttributeNames")).hasSize(1);
        assertThat(body.get("MessageSystemAttributeNames").get(0).asText()).isEqualTo("ApproximateReceiveCount");
        RecordedRequest delete = requests.stream().filter(r -> "AmazonSQS.DeleteMessageBatch".equals(r.target()))
                .findFirst().orElseThrow();
        assertThat(new ObjectMapper().readTree(delete.body()).get("Entries").get(0).get("ReceiptHandle").asText())
                .isEqualTo("rh-m1");
        for (RecordedRequest request : List.of(receive, delete)) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/");
            assertThat(request.header("Host")).isEqualTo(sqs.endpoint().substring("http://".length()));
            assertThat(request.header("Content-type")).isEqualTo("application/x-amz-json-1.0");
            assertThat(request.header("Authorization"))
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDSQSTEST/")
                    .contains("/eu-west-1/sqs/aws4_request", "Signature=")
                    .doesNotContain(SECRET_KEY);
            assertThat(request.body()).doesNotContain(SECRET_KEY);
        }
    }
}
