package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.camelmessaging.sandbox.EventTestClients.JSON;
import static io.camelmessaging.sandbox.EventTestClients.snsMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AWS End User Messaging SMS delivery events as the sandbox writes them into the events queue, read back with the
 * SDK's SQS client: only for sends that name a configuration set, a pending then a final event per recipient with the
 * send's message id and context, outcomes per number, and the SNS, EventBridge and raw envelopes.
 */
class AwsDeliveryEventsTest extends SandboxEventsTestSupport {

    @Test
    void aTextWithAConfigurationSetGetsAPendingThenAFinalEventInSnsNotifications() throws Exception {
        long before = System.currentTimeMillis();
        String messageId = clients.sms.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")
                .originationIdentity("+12065550100").messageBody("Hello").configurationSetName("events")
                .context(Map.of("camelCorrelationId", "line-7"))).messageId();

        List<String> bodies = clients.receiveEvents(2);

        assertThat(bodies).hasSize(2);
        JsonNode envelope = JSON.readTree(bodies.get(0));
        assertThat(envelope.get("Type").asText()).isEqualTo("Notification");
        assertThat(envelope.get("TopicArn").asText()).isEqualTo("arn:aws:sns:us-east-1:000000000000:sms-voice-events");
        assertThat(envelope.fieldNames()).toIterable().containsExactly("Type", "MessageId", "TopicArn", "Message",
                "Timestamp", "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL");
        JsonNode pending = snsMessage(bodies.get(0));
        JsonNode delivered = snsMessage(bodies.get(1));
        assertThat(pending.get("eventType").asText()).isEqualTo("TEXT_PENDING");
        assertThat(pending.get("isFinal").asBoolean()).isFalse();
        assertThat(delivered.get("eventType").asText()).isEqualTo("TEXT_DELIVERED");
        assertThat(delivered.get("isFinal").asBoolean()).isTrue();
        assertThat(delivered.get("messageStatus").asText()).isEqualTo("DELIVERED");
        for (JsonNode event : List.of(pending, delivered)) {
            assertThat(event.get("messageId").asText()).isEqualTo(messageId);
            assertThat(event.get("destinationPhoneNumber").asText()).isEqualTo("+12065550123");
            assertThat(event.get("originationPhoneNumber").asText()).isEqualTo("+12065550100");
            assertThat(event.get("isoCountryCode").asText()).isEqualTo("US");
            assertThat(event.get("context")).isEqualTo(JSON.readTree("{\"camelCorrelationId\":\"line-7\"}"));
            assertThat(event.get("messageEncoding").asText()).isEqualTo("GSM");
            assertThat(event.get("totalMessageParts").asInt()).isEqualTo(1);
            assertThat(event.get("messageRequestTimestamp").asLong()).isBetween(before, System.currentTimeMillis());
        }
        assertThat(delivered.get("eventTimestamp").asLong()).isGreaterThanOrEqualTo(pending.get("eventTimestamp").asLong());
    }

    @Test
    void sendsWithoutAConfigurationSetAndDryRunsEmitNothing() throws Exception {
        clients.sms.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123").originationIdentity("+12065550100")
                .messageBody("no set"));
        clients.sms.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123").originationIdentity("+12065550100")
                .messageBody("dry").configurationSetName("events").dryRun(true));

        Thread.sleep(400);

        assertThat(sandbox.sqs().bodies(SqsQueues.EVENTS_QUEUE)).isEmpty();
    }

    @Test
    void outcomesSetPerNumberByJavaAndByControlCallEndTheirDeliveries() throws Exception {
        sandbox.events().outcome("+12065550124", DeliveryOutcome.FAILED);
        assertThat(clients.post("/sandbox/outcomes", "{\"to\":\"+12065550125\",\"outcome\":\"BLOCKED\"}").statusCode())
                .isEqualTo(200);

        for (String to : List.of("+12065550124", "+12065550125", "+12065550126")) {
            clients.sms.sendTextMessage(b -> b.destinationPhoneNumber(to).originationIdentity("+12065550100")
                    .messageBody("x").configurationSetName("events"));
        }

        assertThat(clients.receiveEvents(6).stream().map(body -> {
            try {
                JsonNode event = snsMessage(body);
                return event.get("destinationPhoneNumber").asText() + " " + event.get("eventType").asText();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        })).contains("+12065550124 TEXT_CARRIER_UNREACHABLE", "+12065550125 TEXT_BLOCKED",
                "+12065550126 TEXT_DELIVERED").filteredOn(s -> s.endsWith("PENDING")).hasSize(3);
    }

    @Test
    void mediaEventsInEventBridgeEnvelopesAndRawEventsAtOnce() throws Exception {
        try (MessagingSandbox bridge = MessagingSandbox.start(SandboxConfig.defaults().eventDelay(Duration.ZERO)
                .awsEventEnvelope(AwsEventEnvelope.EVENTBRIDGE));
             EventTestClients bridgeClients = new EventTestClients(bridge)) {
            String messageId = bridgeClients.sms.sendMediaMessage(b -> b.destinationPhoneNumber("+12065550123")
                    .originationIdentity("+12065550100").mediaUrls("s3://bucket/cat.png")
                    .configurationSetName("events")).messageId();

            List<String> bodies = bridgeClients.receiveEvents(2);

            JsonNode first = JSON.readTree(bodies.get(0));
            assertThat(first.get("source").asText()).isEqualTo("aws.sms-voice");
            assertThat(first.get("detail-type").asText()).isEqualTo("Media Message Delivery Status Updated");
            assertThat(first.get("detail").get("eventType").asText()).isEqualTo("MEDIA_PENDING");
            assertThat(JSON.readTree(bodies.get(1)).get("detail").get("eventType").asText()).isEqualTo("MEDIA_DELIVERED");
            assertThat(first.get("detail").get("messageId").asText()).isEqualTo(messageId);
        }
        try (MessagingSandbox raw = MessagingSandbox.start(SandboxConfig.defaults().awsEventEnvelope(AwsEventEnvelope.RAW));
             EventTestClients rawClients = new EventTestClients(raw)) {
            rawClients.sms.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123").messageBody("Grüße ✓")
                    .configurationSetName("events"));

            JsonNode event = JSON.readTree(rawClients.receiveEvents(2).get(1));

            assertThat(event.get("eventType").asText()).isEqualTo("TEXT_DELIVERED");
            assertThat(event.get("messageEncoding").asText()).isEqualTo("UNICODE");
        }
    }
}
