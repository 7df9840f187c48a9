package io.camelmessaging.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelmessaging.component.MessagingValidationException.Violation;
import io.camelmessaging.sandbox.RecordedMessage;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code provider=azure} media messages through the MMS REST API on the azure-core pipeline, HMAC-signed, against
 * the sandbox's ACS MMS API over HTTPS.
 */
class AzureMmsTest extends SandboxTestSupport {

    private static final String MMS = "messaging:sendMediaMessage?provider=azure&originationIdentity=RAW(+18005550100)";

    @Test
    void everyFieldReachesTheWire() throws Exception {
        Exchange exchange = send(MMS + "&mediaUrl=classpath:media/sample.png&enableDeliveryReport=true&tag=t1",
                "Your parcel", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        assertThat(exchange.getException()).isNull();
        RecordedMessage recorded = onlyMessage();
        assertThat(recorded.api()).isEqualTo("acs-mms");
        JsonNode wire = recorded.request();
        assertThat(wire.get("from").asText()).isEqualTo("+18005550100");
        assertThat(wire.get("message").asText()).isEqualTo("Your parcel");
        assertThat(wire.get("recipients").get(0).get("to").asText()).isEqualTo("+12065550123");
        assertThat(wire.get("recipients").get(0).get("repeatabilityRequestId").asText()).hasSize(36);
        assertThat(wire.get("recipients").get(0).get("repeatabilityFirstSent").asText()).endsWith("GMT");
        JsonNode attachment = wire.get("attachments").get(0);
        assertThat(attachment.get("contentType").asText()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(attachment.get("contentInBase64").asText()))
                .isEqualTo(Files.readAllBytes(Path.of("src/test/resources/media/sample.png")));
        assertThat(wire.get("sendOptions").get("enableDeliveryReport").asBoolean()).isTrue();
        assertThat(wire.get("sendOptions").get("tag").asText()).isEqualTo("t1");
        assertThat(recorded.headers().get("authorization")).startsWith("HMAC-SHA256 ");
        assertThat(sandbox.requests().get(0).path()).isEqualTo("/mms?api-version=2024-01-14-preview");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(recorded.messageId());
        assertThat(outboxPage()).contains("<img alt=\"MMS image\"", "src=\"data:image/png;base64,"
                                                                   + attachment.get("contentInBase64").asText());
    }

    private static String outboxPage() throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sandbox.baseUri() + "/sandbox/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource({ "sample.png, image/png", "sample.jpg, image/jpeg", "sample.gif, image/gif", "sample.bmp, image/bmp",
                 "sample.wav, audio/wav", "sample.ac3, audio/ac3", "sample.amr, audio/amr", "sample.mp4, video/mp4",
                 "sample.avi, video/x-msvideo", "sample.txt, text/plain" })
    void everyAllowedContentTypeIsSent(String file, String contentType) {
        Exchange exchange = send(MMS + "&mediaUrl=file:src/test/resources/media/" + file, null,
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().request().get("attachments").get(0).get("contentType").asText()).isEqualTo(contentType);
        assertThat(onlyMessage().request().has("message")).isFalse();
    }

    @Test
    void camelAttachmentsAreSentWithTheirContentType() {
        Exchange exchange = template.send(MMS, e -> {
            e.getMessage().setBody("See attached");
            e.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
            e.getMessage(AttachmentMessage.class).addAttachment("voice-note",
                    new DataHandler(dataSource("audio/amr", new byte[] { 35, 33, 65, 77, 82 })));
        });

        assertThat(exchange.getException()).isNull();
        JsonNode attachment = onlyMessage().request().get("attachments").get(0);
        assertThat(attachment.get("contentType").asText()).isEqualTo("audio/amr");
        assertThat(attachment.get("contentInBase64").asText()).isEqualTo("IyFBTVI=");
    }

    @Test
    void elevenAttachmentsADisallowedTypeAndALongTextAreRefusedBeforeSending() {
        Exchange tooMany = send(MMS + "&mediaUrl=classpath:media/sample.png,classpath:media/sample.gif,"
                                + "classpath:media/sample.jpg,classpath:media/sample.bmp,classpath:media/sample.wav,"
                                + "classpath:media/sample.ac3,classpath:media/sample.amr,classpath:media/sample.mp4,"
                                + "classpath:media/sample.avi,classpath:media/sample.txt,"
                                + "file:src/test/resources/media/sample.png", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
        Exchange pdf = send(MMS + "&mediaUrl=classpath:media/sample.pdf", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
        Exchange longText = send(MMS + "&mediaUrl=classpath:media/sample.png", "x".repeat(1001),
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
        Exchange remote = send(MMS + "&mediaUrl=https://example.com/cat.png", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        assertThat(tooMany.getException(MessagingValidationException.class).getViolations())
                .containsExactly(new Violation("attachments", "11 item(s)", "must have between 1 and 10 item(s)"));
        assertThat(pdf.getException(MessagingValidationException.class).getViolations()).containsExactly(
                new Violation("attachments", "classpath:media/sample.pdf", "content is application/pdf, which is not "
                        + "one of audio/ac3, audio/amr, audio/wav, audio/x-wav, image/bmp, image/gif, image/jpeg, "
                        + "image/png, text/plain, video/mp4, video/x-msvideo"));
        assertThat(longText.getException(MessagingValidationException.class).getViolations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("message",
                        "must be 0-1000 characters long (is 1001)"));
        assertThat(remote.getException(MessagingValidationException.class).getViolations()).containsExactly(
                new Violation("MediaUrls", "https://example.com/cat.png",
                        "must be a file: or classpath: URL, or a Camel attachment"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void manyRecipientsGoInRequestsOfAHundred() {
        List<String> recipients = IntStream.range(0, 150).mapToObj(i -> "+1425555" + String.format("%04d", i)).toList();

        Exchange exchange = send(MMS + "&mediaUrl=classpath:media/sample.gif", "Hello",
                MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(results(exchange)).hasSize(150).allMatch(MessagingResult::isAccepted);
    }

    private static DataSource dataSource(String contentType, byte[] content) {
        return new DataSource() {
            @Override
            public java.io.InputStream getInputStream() {
                return new java.io.ByteArrayInputStream(content);
            }

            @Override
            public java.io.OutputStream getOutputStream() {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public String getName() {
                return "voice-note";
            }
        };
    }

    @Test
    void aKeyRepeatedWithOtherMediaIsUnknownNotRetriedAndNotSent() {
        send(MMS + "&mediaUrl=classpath:media/sample.png", "Your parcel", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123", MessagingConstants.IDEMPOTENCY_KEY, "parcel-7");

        Exchange changed = send(MMS + "&mediaUrl=classpath:media/sample.gif", "Your parcel",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.IDEMPOTENCY_KEY, "parcel-7");

        assertRefusedRepeat(changed, "RepeatabilityMismatch", 400);
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(onlyMessage().mediaUrls()).singleElement().asString().startsWith("data:image/png;");
    }

    @Test
    void optionsAzureCannotSendFailRouteStart() {
        assertRouteStartFails(MMS + "&keyword=K&dryRun=true",
                "Option(s) [dryRun, keyword] are not supported by operation sendMediaMessage of provider azure");
    }
}
