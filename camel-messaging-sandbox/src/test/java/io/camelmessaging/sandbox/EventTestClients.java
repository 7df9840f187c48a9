package io.camelmessaging.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.azure.communication.sms.SmsClient;
import com.azure.communication.sms.SmsClientBuilder;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The real SDK clients and a plain HTTP client pointed at a sandbox, for the event tests.
 */
final class EventTestClients implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final MessagingSandbox sandbox;
    final SqsClient sqs;
    final PinpointSmsVoiceV2Client sms;
    private final HttpClient http = HttpClient.newHttpClient();

    EventTestClients(MessagingSandbox sandbox) {
        this.sandbox = sandbox;
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(
                MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY));
        this.sqs = SqsClient.builder().httpClientBuilder(ApacheHttpClient.builder()).region(Region.US_EAST_1)
                .endpointOverride(sandbox.baseUri()).credentialsProvider(credentials).build();
        this.sms = PinpointSmsVoiceV2Client.builder().httpClientBuilder(ApacheHttpClient.builder())
                .region(Region.US_EAST_1).endpointOverride(sandbox.baseUri()).credentialsProvider(credentials).build();
    }

    /** An Azure SDK SMS client of the sandbox's ACS resource, trusting its self-signed certificate. */
    SmsClient acs() {
        return new SmsClientBuilder().connectionString(sandbox.acsConnectionString())
                .httpClient(trustingAzureHttpClient()).buildClient();
    }

    /** An Azure HTTP client that trusts any certificate: the sandbox's is self-signed. */
    static com.azure.core.http.HttpClient trustingAzureHttpClient() {
        return new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                .secure(tls -> tls.sslContext(SslContextBuilder.forClient()
                        .trustManager(InsecureTrustManagerFactory.INSTANCE)))).build();
    }

    /** Receives and deletes queue messages until {@code count} arrived (long polls of up to 5 s each). */
    List<String> receiveEvents(int count) {
        List<String> bodies = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 10_000;
        while (bodies.size() < count && System.currentTimeMillis() < deadline) {
            for (Message message : sqs.receiveMessage(b -> b.queueUrl(sandbox.eventsQueueUrl()).waitTimeSeconds(5)
                    .maxNumberOfMessages(10)).messages()) {
                bodies.add(message.body());
                sqs.deleteMessage(b -> b.queueUrl(sandbox.eventsQueueUrl()).receiptHandle(message.receiptHandle()));
            }
        }
        return bodies;
    }

    /** The event JSON inside an SNS notification body. */
    static JsonNode snsMessage(String body) throws IOException {
        return JSON.readTree(JSON.readTree(body).get("Message").asText());
    }

    /** A control call: POST of JSON to a sandbox page. */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        sqs.close();
        sms.close();
    }
}
