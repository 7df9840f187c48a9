package io.camelmessaging.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.azure.communication.common.implementation.HmacAuthenticationPolicy;
import com.azure.communication.sms.SmsAsyncClient;
import com.azure.communication.sms.SmsClientBuilder;
import com.azure.communication.sms.models.SmsSendResult;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sandbox's ACS APIs as the public Azure SDK client sees them (per-recipient validation inside a 202, numbers
 * checked with libphonenumber, a request signed with another key refused with 401), and raw signed requests for
 * repeatability (a sent first send and a matching repeat {@code accepted}, tracked per recipient for a window from the
 * first-sent time, a repeat outside it refused with 412, a repeat with other content with 400) and MMS message ids.
 */
class AcsSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMS = "/sms?api-version=2021-03-07";
    private static final String MMS = "/mms?api-version=2024-01-14-preview";
    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final HttpClient TRUSTING_CLIENT = EventTestClients.trustingAzureHttpClient();

    private static MessagingSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = MessagingSandbox.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void clear() {
        sandbox.clear();
    }

    @Test
    void recipientsThatAreNotValidNumbersAreFailedItemsBesideTheAcceptedOne() {
        List<SmsSendResult> results = new ArrayList<>();
        client(MessagingSandbox.ACS_ACCESS_KEY).send("+18005550100",
                List.of("+12065550123", "12065550124", "+112345678901", "+11234567890"), "hi")
                .block().forEach(results::add);

        assertThat(results).extracting(SmsSendResult::getTo, SmsSendResult::isSuccessful, SmsSendResult::getHttpStatusCode,
                        SmsSendResult::getErrorMessage)
                .containsExactly(tuple("+12065550123", true, 202, null),
                        tuple("12065550124", false, 400, "Invalid To phone number format."),
                        tuple("+112345678901", false, 400, "Invalid To phone number format."),
                        tuple("+11234567890", false, 400, "Invalid To phone number format."));
        assertThat(results.get(0).getMessageId()).matches("Outgoing_[0-9]{14}" + GUID);
        assertThat(results.subList(1, 4)).extracting(SmsSendResult::getMessageId).containsOnlyNulls();
        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::messageId)
                .containsExactly(tuple("+12065550123", results.get(0).getMessageId()));
        assertThat(sandbox.messages().get(0).request().get("smsRecipients").get(0).get("repeatabilityRequestId")
                .asText()).hasSize(36);
    }

    @Test
    void aFirstSendWithRepeatabilityIsAcceptedUnlessItFails() {
        String firstSent = rfc1123(Instant.now());
        JsonNode items = post(sandbox, SMS, sms("hi", recipient("+12065550123", UUID.randomUUID().toString(), firstSent),
                recipient("+112345678901", UUID.randomUUID().toString(), firstSent)));

        assertThat(items.get(0).get("successful").asBoolean()).isTrue();
        assertThat(items.get(0).get("repeatabilityResult").asText()).isEqualTo("accepted");
        assertThat(items.get(1).get("httpStatusCode").asInt()).isEqualTo(400);
        assertThat(items.get(1).get("errorMessage").asText()).isEqualTo("Invalid To phone number format.");
        assertThat(items.get(1).has("repeatabilityResult")).isFalse();
        assertThat(items.get(1).has("messageId")).isFalse();
    }

    @Test
    void mmsMessageIdsAreBareGuidsAndInvalidNumbersFailedItems() {
        JsonNode items = post(sandbox, MMS, mms("iVBORw0KGgo=", JSON.createObjectNode().put("to", "+12065550123"),
                JSON.createObjectNode().put("to", "+112345678901")));

        assertThat(items.get(0).get("messageId").asText()).matches(GUID);
        assertThat(items.get(1).get("httpStatusCode").asInt()).isEqualTo(400);
        assertThat(items.get(1).get("errorMessage").asText()).isEqualTo("Invalid phone number format.");
        assertThat(items.get(1).get("successful").asBoolean()).isFalse();
        assertThat(sandbox.messages()).extracting(RecordedMessage::messageId)
                .containsExactly(items.get(0).get("messageId").asText());
    }

    @Test
    void anotherKeyIsDenied() {
        assertThatThrownBy(() -> client("b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXk=")
                .send("+18005550100", "+12065550123", "hi").block())
                .isInstanceOfSatisfying(HttpResponseException.class,
                        e -> assertThat(e.getResponse().getStatusCode()).isEqualTo(401));
    }

    @Test
    void aRepeatIsAnsweredWithTheOriginalOnlyWhenItsContentMatches() {
        String id = UUID.randomUUID().toString();
        String firstSent = rfc1123(Instant.now());
        JsonNode original = post(sandbox, SMS, sms("order shipped", recipient("+12065550123", id, firstSent))).get(0);

        JsonNode repeat = post(sandbox, SMS, sms("order shipped", recipient("+12065550123", id, firstSent))).get(0);
        JsonNode otherText = post(sandbox, SMS, sms("order cancelled", recipient("+12065550123", id, firstSent)))
                .get(0);
        JsonNode otherTo = post(sandbox, SMS, sms("order shipped", recipient("+12065550124", id, firstSent))).get(0);

        assertThat(original.get("successful").asBoolean()).isTrue();
        assertThat(original.get("repeatabilityResult").asText()).isEqualTo("accepted");
        assertThat(repeat.get("messageId").asText()).isEqualTo(original.get("messageId").asText());
        assertThat(repeat.get("repeatabilityResult").asText()).isEqualTo("accepted");
        for (JsonNode refused : List.of(otherText, otherTo)) {
            assertThat(refused.get("httpStatusCode").asInt()).isEqualTo(400);
            assertThat(refused.get("repeatabilityResult").asText()).isEqualTo("rejected");
            assertThat(refused.get("successful").asBoolean()).isFalse();
            assertThat(refused.has("messageId")).isFalse();
        }
        assertThat(sandbox.messages()).extracting(RecordedMessage::body).containsExactly("order shipped");
    }

    @Test
    void aRequestFirstSentBeforeTheWindowIsRefusedWith412InsideThe202() {
        String tenMinutesAgo = rfc1123(Instant.now().minus(Duration.ofMinutes(10)));

        JsonNode item = post(sandbox, SMS, sms("late", recipient("+12065550123", UUID.randomUUID().toString(),
                tenMinutesAgo))).get(0);

        assertThat(item.get("httpStatusCode").asInt()).isEqualTo(412);
        assertThat(item.get("repeatabilityResult").asText()).isEqualTo("rejected");
        assertThat(item.get("errorMessage").asText())
                .isEqualTo("Repeatability first sent header was not in 5 minutes window.");
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void afterTheWindowARepeatIsRefusedWith412AndAFreshFirstSentIsANewRequest() throws Exception {
        try (MessagingSandbox shortWindow = MessagingSandbox.start(
                SandboxConfig.defaults().repeatabilityWindow(Duration.ofSeconds(3)))) {
            String id = UUID.randomUUID().toString();
            Instant firstSent = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            assertThat(post(shortWindow, SMS, sms("hi", recipient("+12065550123", id, rfc1123(firstSent)))).get(0)
                    .get("successful").asBoolean()).isTrue();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), firstSent.plusMillis(3300)).toMillis()));

            JsonNode repeat = post(shortWindow, SMS, sms("hi", recipient("+12065550123", id, rfc1123(firstSent))))
                    .get(0);
            JsonNode fresh = post(shortWindow, SMS, sms("hi", recipient("+12065550123", id, rfc1123(Instant.now()))))
                    .get(0);

            assertThat(repeat.get("httpStatusCode").asInt()).isEqualTo(412);
            assertThat(repeat.get("errorMessage").asText())
                    .isEqualTo("Repeatability first sent header was not in 3 seconds window.");
            assertThat(fresh.get("successful").asBoolean()).isTrue();
            assertThat(fresh.get("repeatabilityResult").asText()).isEqualTo("accepted");
            assertThat(shortWindow.messages()).hasSize(2);
        }
    }

    @Test
    void mmsRepeatsAreJudgedPerRecipientIncludingTheirAttachments() {
        String idA = UUID.randomUUID().toString();
        String firstSent = rfc1123(Instant.now());
        JsonNode original = post(sandbox, MMS, mms("iVBORw0KGgo=", recipient("+12065550123", idA, firstSent))).get(0);

        JsonNode both = post(sandbox, MMS, mms("iVBORw0KGgo=", recipient("+12065550123", idA, firstSent),
                recipient("+12065550124", UUID.randomUUID().toString(), firstSent)));
        JsonNode otherMedia = post(sandbox, MMS, mms("R0lGODlh", recipient("+12065550123", idA, firstSent))).get(0);

        assertThat(both.get(0).get("messageId").asText()).isEqualTo(original.get("messageId").asText());
        assertThat(both.get(0).get("repeatabilityResult").asText()).isEqualTo("accepted");
        assertThat(both.get(1).get("successful").asBoolean()).isTrue();
        assertThat(both.get(1).get("repeatabilityResult").asText()).isEqualTo("accepted");
        assertThat(otherMedia.get("httpStatusCode").asInt()).isEqualTo(400);
        assertThat(otherMedia.get("repeatabilityResult").asText()).isEqualTo("rejected");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550123", "+12065550124");
    }

    private static ObjectNode recipient(String to, String id, String firstSent) {
        return JSON.createObjectNode().put("to", to).put("repeatabilityRequestId", id)
                .put("repeatabilityFirstSent", firstSent);
    }

    private static String sms(String message, ObjectNode... recipients) {
        ObjectNode body = JSON.createObjectNode().put("from", "+18005550100").put("message", message);
        body.putArray("smsRecipients").addAll(List.of(recipients));
        return body.toString();
    }

    private static String mms(String imageBase64, ObjectNode... recipients) {
        ObjectNode body = JSON.createObjectNode().put("from", "+18005550100");
        body.putArray("recipients").addAll(List.of(recipients));
        body.putArray("attachments").addObject().put("contentType", "image/png").put("contentInBase64", imageBase64);
        return body.toString();
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Posts a raw request signed with the sandbox's ACS key; returns the items of its 202 answer. */
    private static JsonNode post(MessagingSandbox target, String pathAndQuery, String body) {
        HttpResponse response = new HttpPipelineBuilder().httpClient(TRUSTING_CLIENT)
                .policies(new HmacAuthenticationPolicy(new AzureKeyCredential(MessagingSandbox.ACS_ACCESS_KEY)))
                .build()
                .send(new HttpRequest(HttpMethod.POST, target.httpsBaseUri() + pathAndQuery)
                        .setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(body))
                .block();
        assertThat(response.getStatusCode()).isEqualTo(202);
        try {
            return JSON.readTree(response.getBodyAsString().block()).get("value");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SmsAsyncClient client(String accessKey) {
        return new SmsClientBuilder()
                .connectionString("endpoint=" + sandbox.httpsBaseUri() + "/;accesskey=" + accessKey)
                .httpClient(TRUSTING_CLIENT)
                .buildAsyncClient();
    }
}
