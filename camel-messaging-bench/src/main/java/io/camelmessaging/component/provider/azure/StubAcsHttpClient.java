package io.camelmessaging.component.provider.azure;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An azure-core HTTP client that answers every request at once with the same 202, without network, so that a
 * benchmark measures only what the component does around the HTTP call.
 */
final class StubAcsHttpClient implements HttpClient {

    private final byte[] body;

    /** Answers with {@code json}, the 202 body of ACS. */
    StubAcsHttpClient(String json) {
        this.body = json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request) {
        return Mono.just(new Accepted(request));
    }

    private final class Accepted extends HttpResponse {

        private final HttpHeaders headers = new HttpHeaders()
                .set(HttpHeaderName.CONTENT_TYPE, "application/json")
                .set(HttpHeaderName.X_MS_REQUEST_ID, "bench-request-id");

        Accepted(HttpRequest request) {
            super(request);
        }

        @Override
        public int getStatusCode() {
            return 202;
        }

        @Override
        public String getHeaderValue(String name) {
            return headers.getValue(HttpHeaderName.fromString(name));
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return Flux.just(ByteBuffer.wrap(body));
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return Mono.just(body);
        }

        @Override
        public Mono<String> getBodyAsString() {
            return getBodyAsString(StandardCharsets.UTF_8);
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return Mono.just(new String(body, charset));
        }
    }
}
