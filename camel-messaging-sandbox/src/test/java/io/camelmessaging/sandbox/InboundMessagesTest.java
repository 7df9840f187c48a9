package io.camelmessaging.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.camelmessaging.sandbox.EventTestClients.JSON;
import static io.camelmessaging.sandbox.EventTestClients.snsMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts from phones through the control call: an AWS two-way message in an SNS notification in the events queue,
 * with its keyword and the id of the last message sent to that phone from that number; bad input and cross-site
 * calls refused.
 */
class InboundMessagesTest extends SandboxEventsTestSupport {

    @Test
    void aReplyArrivesAsATwoWayMessageNamingTheLastMessageSentToThatPhone() throws Exception {
        clients.sms.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123").originationIdentity("+12065550100")
                .messageBody("first"));
        String lastId = clients.sms.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")
                .originationIdentity("+12065550100").messageBody("second")).messageId();

        HttpResponse<String> answer = clients.post("/sandbox/inbound", "{\"provider\":\"aws\",\"from\":\"+12065550123\","
                                                                         + "\"to\":\"+12065550100\",\"text\":\"stop please\"}");
        sandbox.events().inbound("aws", "+12065550199", "+12065550100", "hello");

        assertThat(answer.statusCode()).isEqualTo(200);
        String inboundId = JSON.readTree(answer.body()).get("messageId").asText();
        java.util.List<String> bodies = clients.receiveEvents(2);
        assertThat(JSON.readTree(bodies.get(0)).get("TopicArn").asText())
                .isEqualTo("arn:aws:sns:us-east-1:000000000000:sms-two-way");
        JsonNode reply = snsMessage(bodies.get(0));
        assertThat(reply).isEqualTo(JSON.readTree("{\"originationNumber\":\"+12065550123\",\"destinationNumber\":"
                                                  + "\"+12065550100\",\"messageKeyword\":\"STOP\",\"messageBody\":"
                                                  + "\"stop please\",\"inboundMessageId\":\"" + inboundId + "\","
                                                  + "\"previousPublishedMessageId\":\"" + lastId + "\"}"));
        JsonNode hello = snsMessage(bodies.get(1));
        assertThat(hello.has("messageKeyword")).isFalse();
        assertThat(hello.has("previousPublishedMessageId")).isFalse();
    }

    @Test
    void badInboundMessagesAndCrossSiteCallsAreRefused() throws Exception {
        assertThat(clients.post("/sandbox/inbound", "{\"provider\":\"gcp\",\"from\":\"+12065550123\",\"to\":\"+1\","
                                                    + "\"text\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(clients.post("/sandbox/inbound", "{\"provider\":\"aws\",\"from\":\"12065550123\",\"to\":\"+1\","
                                                    + "\"text\":\"x\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> crossSite = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUri() + "/sandbox/inbound")).header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"provider\":\"aws\",\"from\":\"+12065550123\",\"to\":\"+1\",\"text\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> notJson = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUri() + "/sandbox/eventgrid/subscriptions"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(sandbox.sqs().bodies(SqsQueues.EVENTS_QUEUE)).isEmpty();
    }
}
