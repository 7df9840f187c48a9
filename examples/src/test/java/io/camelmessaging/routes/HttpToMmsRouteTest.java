package io.camelmessaging.routes;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.sandbox.RecordedMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The HTTP to MMS bridge {@code routes/http-to-mms.yaml} on platform-http (Vert.x), sending Azure MMS to the sandbox.
 * Media URLs from callers are allowed here from the test media directory only ({@code allowedMediaSchemes=file}).
 */
class HttpToMmsRouteTest extends HttpBridgeTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void configureForSandbox(MessagingConfiguration config) {
        config.setAllowedMediaSchemes("file");
        config.setMediaBaseDir("src/test/resources/media");
    }

    @Test
    void aJsonRequestSendsTheMmsAndAnswersWithTheResults() throws Exception {
        HttpResponse<String> response = postJson("{\"to\":[\"+12065550101\",\"+12065550102\"],\"text\":\"Your parcel\","
                                             + "\"mediaUrls\":[\"file:sample.png\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(response.body());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("to").asText()).isEqualTo("+12065550101");
        assertThat(results.get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get(0).get("messageId").asText()).isEqualTo(sandbox.messages().get(0).messageId());
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550101", "+12065550102");
        assertThat(sandbox.messages().get(0).request().get("attachments").get(0).get("contentType").asText())
                .isEqualTo("image/png");
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("camelmessaging"));
    }

    @Test
    void badInputIsA400WithTheViolations() throws Exception {
        HttpResponse<String> response = postJson("{\"to\":\"12065550101\",\"text\":\"x\","
                                                 + "\"mediaUrls\":[\"https://x/y.png\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode violations = JSON.readTree(response.body());
        assertThat(violations.findValuesAsText("field")).containsExactlyInAnyOrder("to", "MediaUrls");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aPartialFailureIsA207WithEveryResult() throws Exception {
        // +112345678901 is E.164 in form but no valid number: ACS answers it with a 400 item
        HttpResponse<String> response = postJson("{\"to\":[\"+12065550101\",\"+112345678901\"],\"text\":\"hi\","
                                             + "\"mediaUrls\":[\"file:sample.gif\"]}");

        assertThat(response.statusCode()).isEqualTo(207);
        JsonNode results = JSON.readTree(response.body());
        assertThat(results.findValuesAsText("status")).containsExactly("ACCEPTED", "PERMANENT_FAILURE");
        assertThat(results.get(1).get("errorMessage").asText()).isEqualTo("Invalid phone number format.");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550101");
    }

    @Test
    void aMultipartRequestSendsItsFilePartsAsMedia() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/media/sample.png"));

        HttpResponse<String> response = postMultipart("+12065550101,+12065550102", "Your parcel, photographed",
                "parcel.png", "image/png", png);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).findValuesAsText("status")).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::body).containsExactly(
                tuple("+12065550101", "Your parcel, photographed"), tuple("+12065550102", "Your parcel, photographed"));
        JsonNode attachment = sandbox.messages().get(0).request().get("attachments").get(0);
        assertThat(attachment.get("contentType").asText()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(attachment.get("contentInBase64").asText())).isEqualTo(png);
    }

    @Test
    void anotherContentTypeIsA415() throws Exception {
        HttpResponse<String> response = post("text/plain", "hi".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("Content-Type");
        assertThat(sandbox.requests()).isEmpty();
    }
}
