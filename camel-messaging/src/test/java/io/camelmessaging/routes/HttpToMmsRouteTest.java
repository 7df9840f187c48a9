package io.camelmessaging.routes;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.SandboxTestSupport;
import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The HTTP to MMS bridge {@code routes/http-to-mms.yaml} on platform-http (Vert.x), sending Azure MMS to the sandbox.
 */
class HttpToMmsRouteTest extends SandboxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private int port;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.putAll(Map.of("http.path", "/messages/mms", "http.provider", "azure",
                "http.from", "RAW(+18005550100)"));
        return properties;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        camel.addService(new VertxPlatformHttpServer(server));
        return camel;
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("file:../routes/http-to-mms.yaml"));
    }

    @Test
    void aJsonRequestSendsTheMmsAndAnswersWithTheResults() throws Exception {
        HttpResponse<String> response = post("{\"to\":[\"+12065550101\",\"+12065550102\"],\"text\":\"Your parcel\","
                                             + "\"mediaUrls\":[\"classpath:media/sample.png\"]}");

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
        HttpResponse<String> response = post("{\"to\":\"12065550101\",\"text\":\"x\",\"mediaUrls\":[\"https://x/y.png\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode violations = JSON.readTree(response.body());
        assertThat(violations.findValuesAsText("field")).containsExactlyInAnyOrder("to", "attachments", "attachments");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aPartialFailureIsA207WithEveryResult() throws Exception {
        sandbox.faults().forRecipient("+12065550102", Fault.status(400, "Invalid To phone number format."));

        HttpResponse<String> response = post("{\"to\":[\"+12065550101\",\"+12065550102\"],\"text\":\"hi\","
                                             + "\"mediaUrls\":[\"classpath:media/sample.gif\"]}");

        assertThat(response.statusCode()).isEqualTo(207);
        JsonNode results = JSON.readTree(response.body());
        assertThat(results.findValuesAsText("status")).containsExactly("ACCEPTED", "PERMANENT_FAILURE");
        assertThat(results.get(1).get("errorMessage").asText()).isEqualTo("Invalid To phone number format.");
    }

    @Test
    void aMultipartRequestSendsItsFilePartsAsMedia() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/media/sample.png"));
        String boundary = "camel-messaging-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"to\"\r\n\r\n"
                         + "+12065550101,+12065550102\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                         + "name=\"text\"\r\n\r\nYour parcel, photographed\r\n--" + boundary + "\r\n"
                         + "Content-Disposition: form-data; name=\"photo\"; filename=\"parcel.png\"\r\n"
                         + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

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
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(sandbox.requests()).isEmpty();
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/messages/mms");
    }

    private HttpResponse<String> post(String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                endpoint()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
