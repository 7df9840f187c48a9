package io.camelmessaging.routes;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.camelmessaging.component.SandboxTestSupport;
import io.camelmessaging.examples.bridge.MultipartBody;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.PluginHelper;

/**
 * Runs the HTTP to MMS bridge {@code routes/http-to-mms.yaml} on platform-http (Vert.x) with the demo's server limits
 * ({@code examples/application.properties}), sending Azure MMS to the sandbox; posts to it with the API key.
 */
abstract class HttpBridgeTestSupport extends SandboxTestSupport {

    static final String API_KEY = "test-api-key-0123456789";
    private static final String BOUNDARY = "camel-messaging-boundary";
    private int port;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.putAll(Map.of("http.path", "/messages/mms", "http.provider", "azure",
                "http.from", "RAW(+18005550100)", "http.apiKey", API_KEY));
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
        server.setMaxBodySize(demoMaxBodySize());
        camel.addService(new VertxPlatformHttpServer(server));
        return camel;
    }

    /** The body limit the demo configures, {@code camel.server.maxBodySize}: the tests hold it to a value. */
    static long demoMaxBodySize() throws IOException {
        Properties demo = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("../examples/application.properties"))) {
            demo.load(in);
        }
        return Long.parseLong(demo.getProperty("camel.server.maxBodySize"));
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("file:../routes/http-to-mms.yaml"));
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/messages/mms");
    }

    /** Posts a body with the API key and any further headers (name, value pairs). */
    HttpResponse<String> post(String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length == 0 || !headers[0].equals("X-Api-Key")) {
            request.header("X-Api-Key", API_KEY);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String json) throws Exception {
        return post("application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Posts fields "to" and "text" and one file part. */
    HttpResponse<String> postMultipart(String to, String text, String fileName, String contentType, byte[] content)
            throws Exception {
        return post("multipart/form-data; boundary=" + BOUNDARY, MultipartBody.of(BOUNDARY,
                Map.of("to", to, "text", text), "photo", fileName, contentType, content));
    }
}
