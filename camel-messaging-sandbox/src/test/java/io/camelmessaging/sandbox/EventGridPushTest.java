package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.azure.communication.sms.models.SmsSendOptions;
import com.azure.communication.sms.models.SmsSendResult;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox's Event Grid pushing ACS events to a webhook on this machine: the validation handshakes of both
 * schemas, delivery reports of sends that asked for them (sent with the real Azure SDK client), inbound texts,
 * CloudEvents single and batch mode, Event Grid's retries, and dead letters with their reasons.
 */
class EventGridPushTest extends SandboxEventsTestSupport {

    private WebhookReceiver webhook;

    @BeforeEach
    void receiver() throws Exception {
        webhook = new WebhookReceiver();
    }

    @AfterEach
    void closeReceiver() {
        webhook.close();
    }

    @Test
    void anEventGridSubscriptionIsValidatedThenGetsOneDeliveryReportPerRecipientThatAskedForIt() throws Exception {
        String answer = clients.post("/sandbox/eventgrid/subscriptions", "{\"endpoint\":\"" + webhook.url("/acs?secret=abc")
                + "\",\"name\":\"reports\",\"headers\":{\"X-Webhook-Secret\":\"s3cret\"}}").body();
        assertThat(answer).doesNotContain("abc", "s3cret").contains("\"state\":\"Succeeded\"");
        WebhookReceiver.Received validation = webhook.next();
        assertThat(validation.method()).isEqualTo("POST");
        assertThat(validation.path()).isEqualTo("/acs?secret=abc");
        assertThat(validation.headers()).containsEntry("aeg-event-type", "SubscriptionValidation")
                .containsEntry("x-webhook-secret", "s3cret");
        assertThat(validation.json().get(0).get("eventType").asText())
                .isEqualTo("Microsoft.EventGrid.SubscriptionValidationEvent");

        List<SmsSendResult> sent = new ArrayList<>();
        clients.acs().sendWithResponse("+18005550100", List.of("+12065550123", "+12065550124"), "Hello",
                new SmsSendOptions().setDeliveryReportEnabled(true).setTag("line-9"), Context.NONE).getValue()
                .forEach(sent::add);
        clients.acs().send("+18005550100", "+12065550125", "no report");

        List<JsonNode> reports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            WebhookReceiver.Received delivery = webhook.next();
            assertThat(delivery.headers()).containsEntry("content-type", "application/json")
                    .containsEntry("aeg-event-type", "Notification").containsEntry("aeg-delivery-count", "0")
                    .containsEntry("x-webhook-secret", "s3cret");
            assertThat(delivery.json()).hasSize(1);
            reports.add(delivery.json().get(0));
        }
        assertThat(reports).extracting(r -> r.get("eventType").asText(), r -> r.path("data").path("messageId").asText(),
                        r -> r.path("data").path("tag").asText(), r -> r.path("data").path("deliveryStatus").asText())
                .containsExactlyInAnyOrder(
                        tuple("Microsoft.Communication.SMSDeliveryReportReceived", sent.get(0).getMessageId(), "line-9",
                                "Delivered"),
                        tuple("Microsoft.Communication.SMSDeliveryReportReceived", sent.get(1).getMessageId(), "line-9",
                                "Delivered"));
        assertThat(reports.get(0).fieldNames()).toIterable().containsExactly("id", "topic", "subject", "eventType",
                "eventTime", "data", "dataVersion", "metadataVersion");
        assertThat(reports.get(0).path("data").path("deliveryAttempts").get(0).path("segmentsSucceeded").asInt())
                .isEqualTo(1);
        assertThat(webhook.within(300)).isEmpty();
    }

    @Test
    void cloudEventsAreValidatedWithOptionsThenPostedSinglyOrInBatches() throws Exception {
        assertThat(sandbox.events().subscribe(EventGridSubscription.webhook(webhook.url("/ce"))
                .schema(EventSchema.CLOUD_EVENT_SCHEMA_V1_0)).active()).isTrue();
        WebhookReceiver.Received options = webhook.next();
        assertThat(options.method()).isEqualTo("OPTIONS");
        assertThat(options.headers()).containsEntry("webhook-request-origin", "eventgrid.azure.net");

        String messageId = sandbox.events().inbound("azure", "+12065550123", "+18005550100", "Yes please");

        WebhookReceiver.Received single = webhook.next();
        assertThat(single.headers().get("content-type")).startsWith("application/cloudevents+json");
        assertThat(single.json().get("type").asText()).isEqualTo("Microsoft.Communication.SMSReceived");
        assertThat(single.json().get("specversion").asText()).isEqualTo("1.0");
        assertThat(single.json().path("data").path("messageId").asText()).isEqualTo(messageId);
        assertThat(single.json().path("data").path("message").asText()).isEqualTo("Yes please");

        sandbox.clear();
        sandbox.events().subscribe(EventGridSubscription.webhook(webhook.url("/ce")).name("batched")
                .schema(EventSchema.CLOUD_EVENT_SCHEMA_V1_0).maxEventsPerBatch(2));
        webhook.next();
        webhook.firstNotificationDelayMillis = 500;
        sandbox.events().inbound("azure", "+12065550123", "+18005550100", "one");
        WebhookReceiver.Received held = webhook.next();
        sandbox.events().inbound("azure", "+12065550123", "+18005550100", "two");
        sandbox.events().inbound("azure", "+12065550123", "+18005550100", "three");

        assertThat(List.of(held, webhook.next())).extracting(r -> r.headers().get("content-type"),
                        r -> r.json().size())
                .containsExactly(tuple("application/cloudevents-batch+json; charset=utf-8", 1),
                        tuple("application/cloudevents-batch+json; charset=utf-8", 2));
    }

    @Test
    void failedDeliveriesAreRetriedAsEventGridRetriesThenDeadLettered() throws Exception {
        sandbox.events().subscribe(EventGridSubscription.webhook(webhook.url("/eg")).maxDeliveryAttempts(3));
        webhook.next();
        webhook.answerNotifications(503, 500);

        sandbox.events().inbound("azure", "+12065550123", "+18005550100", "retried");

        assertThat(List.of(webhook.next(), webhook.next(), webhook.next()))
                .extracting(r -> r.headers().get("aeg-delivery-count")).containsExactly("0", "1", "2");
        webhook.answerNotifications(401, 500, 500, 500);
        sandbox.events().inbound("azure", "+12065550123", "+18005550100", "unauthorized");
        webhook.next();
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.events().deadLetters().size() == 1);
        sandbox.events().inbound("azure", "+12065550123", "+18005550100", "busy");

        assertThat(webhook.within(500)).extracting(r -> r.json().get(0).path("data").path("message").asText())
                .containsExactly("busy", "busy", "busy");
        assertThat(sandbox.events().deadLetters()).extracting(EventGridDeadLetter::deadLetterReason,
                        EventGridDeadLetter::deliveryAttempts, EventGridDeadLetter::lastHttpStatusCode,
                        EventGridDeadLetter::lastDeliveryOutcome, d -> d.event().path("data").path("message").asText())
                .containsExactly(tuple("NonRetriableError", 1, 401, "Unauthorized", "unauthorized"),
                        tuple("MaxDeliveryAttemptsExceeded", 3, 500, "GenericError", "busy"));
        assertThat(clients.get("/sandbox/eventgrid/deadletters").body()).contains("MaxDeliveryAttemptsExceeded");
    }

    @Test
    void aWebhookThatFailsItsHandshakeLeavesTheSubscriptionFailedAndItsEventsDeadLettered() throws Exception {
        webhook.echoValidationCode = false;
        SubscriptionState state = sandbox.events().subscribe(EventGridSubscription.webhook(webhook.url("/eg")));
        webhook.handshakeStatus = 403;
        SubscriptionState refused = sandbox.events().subscribe(EventGridSubscription.webhook(webhook.url("/ce"))
                .name("ce").schema(EventSchema.CLOUD_EVENT_SCHEMA_V1_0));

        sandbox.events().inbound("azure", "+12065550123", "+18005550100", "lost?");

        assertThat(state.state()).isEqualTo("Failed");
        assertThat(state.reason()).contains("Webhook validation handshake failed", "did not echo the validationCode");
        assertThat(refused.reason()).contains("Http OPTIONS request failed with response code 403");
        assertThat(sandbox.events().deadLetters()).extracting(EventGridDeadLetter::subscription,
                        EventGridDeadLetter::deadLetterReason, EventGridDeadLetter::deliveryAttempts)
                .containsExactly(tuple("sandbox", state.reason(), 0), tuple("ce", refused.reason(), 0));
        assertThat(webhook.within(300)).extracting(WebhookReceiver.Received::method).containsExactly("POST", "OPTIONS");
    }

    @Test
    void onlyWebhooksOnThisMachineCanSubscribe() throws Exception {
        assertThatThrownBy(() -> EventGridSubscription.webhook("http://example.com/events?secret=abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("abc");
        assertThat(clients.post("/sandbox/eventgrid/subscriptions", "{\"endpoint\":\"https://10.0.0.1/x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(sandbox.events().subscriptions()).isEmpty();
    }
}
