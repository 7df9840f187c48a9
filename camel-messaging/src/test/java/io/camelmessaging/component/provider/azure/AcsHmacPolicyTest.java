package io.camelmessaging.component.provider.azure;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import com.azure.communication.common.implementation.HmacAuthenticationPolicy;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.HttpResponse;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our HMAC policy signs exactly as the Azure SDK's own policy does (compared header by header on the same request
 * within the same second), and refuses to send the signature over plain HTTP.
 */
class AcsHmacPolicyTest {

    private static final String KEY = "c2FuZGJveC1hY3MtYWNjZXNzLWtleS1mb3ItdGVzdHMtb25seQ==";
    private static final String URL = "https://my-resource.communication.azure.com/sms?api-version=2021-03-07";
    private static final String BODY = "{\"from\":\"+18005550100\",\"smsRecipients\":[{\"to\":\"+12065550100\"}],"
                                       + "\"message\":\"Grüße\"}";

    @Test
    void itSignsAsTheSdksPolicyDoes() {
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpHeaders ours = signedHeaders(new AcsHmacPolicy(KEY, Clock.systemUTC()), URL);
            HttpHeaders sdks = signedHeaders(new HmacAuthenticationPolicy(new AzureKeyCredential(KEY)), URL);
            if (ours.getValue(HttpHeaderName.fromString("x-ms-date"))
                    .equals(sdks.getValue(HttpHeaderName.fromString("x-ms-date")))) {
                for (String name : new String[] { "x-ms-date", "x-ms-content-sha256", "host", "authorization" }) {
                    HttpHeaderName header = HttpHeaderName.fromString(name);
                    assertThat(ours.getValue(header)).as(name).isNotNull().isEqualTo(sdks.getValue(header));
                }
                return;
            }
        }
        throw new AssertionError("The two signatures never fell within the same second");
    }

    @Test
    void plainHttpIsRefusedBeforeAnyRequest() {
        AtomicReference<HttpRequest> sent = new AtomicReference<>();
        HttpPipeline pipeline = pipeline(new AcsHmacPolicy(KEY, Clock.systemUTC()), sent);

        assertThatThrownBy(() -> pipeline.send(request("http://127.0.0.1:8088/sms?api-version=2021-03-07")).block())
                .hasMessageContaining("An ACS access key is sent only over HTTPS");
        assertThat(sent.get()).isNull();
    }

    private static HttpHeaders signedHeaders(HttpPipelinePolicy policy, String url) {
        AtomicReference<HttpRequest> sent = new AtomicReference<>();
        pipeline(policy, sent).send(request(url)).block();
        return sent.get().getHeaders();
    }

    private static HttpPipeline pipeline(HttpPipelinePolicy policy, AtomicReference<HttpRequest> sent) {
        return new HttpPipelineBuilder().policies(policy).httpClient(request -> {
            sent.set(request);
            return Mono.just(new Accepted(request));
        }).build();
    }

    private static HttpRequest request(String url) {
        return new HttpRequest(HttpMethod.POST, url).setBody(BODY.getBytes(StandardCharsets.UTF_8));
    }

    /** An empty 202 answer, so that the pipeline completes without a network. */
    private static final class Accepted extends HttpResponse {

        Accepted(HttpRequest request) {
            super(request);
        }

        @Override
        public int getStatusCode() {
            return 202;
        }

        @Override
        @Deprecated
        public String getHeaderValue(String name) {
            return null;
        }

        @Override
        public HttpHeaders getHeaders() {
            return new HttpHeaders();
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return Flux.empty();
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return Mono.just(new byte[0]);
        }

        @Override
        public Mono<String> getBodyAsString() {
            return Mono.just("");
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return Mono.just("");
        }
    }
}
