package io.camelmessaging.component;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets never appear in logs, exception messages or endpoint URIs, and a wrong secret key is refused by the
 * sandbox's signature check and reported as an access error.
 */
class SecretsTest extends SandboxTestSupport {

    private static final String WRONG_SECRET = "Wr0ngSecretKeyValue/ABCDEF";
    private static final String SESSION_TOKEN = "SessionTokenValue123456";

    @Test
    void aWrongSecretKeyIsRefusedBySignatureCheckWithoutLeakingIt() {
        String uri = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)&accessKey="
                     + MessagingSandbox.AWS_ACCESS_KEY_ID + "&secretKey=RAW(" + WRONG_SECRET + ")";
        Exchange exchange;
        Endpoint endpoint;
        try (CapturedLogs logs = CapturedLogs.install()) {
            endpoint = context.getEndpoint(uri);
            exchange = send(uri, "hi");

            MessagingServiceException error = exchange.getException(MessagingServiceException.class);
            assertThat(error).isNotNull();
            assertThat(error.getErrorCode()).isEqualTo("InvalidSignatureException");
            assertThat(error.getHttpStatus()).isEqualTo(403);
            assertThat(error.isRetryable()).isFalse();
            assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.PERMANENT_FAILURE);
            assertThat(sandbox.messages()).isEmpty();
            assertThat(sandbox.requests()).isNotEmpty().allMatch(r -> r.status() == 403);

            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(WRONG_SECRET));
            assertThat(stackTraceText(error)).doesNotContain(WRONG_SECRET);
        }
        assertThat(endpoint.toString()).doesNotContain(WRONG_SECRET).contains("secretKey=xxxxxx");
        assertThat(endpoint.getEndpointUri()).doesNotContain(WRONG_SECRET);
        assertThat(context.getEndpoints()).allMatch(e -> !e.toString().contains(WRONG_SECRET));
    }

    @Test
    void sessionCredentialsAreSignedAndNeverPrinted() {
        String uri = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)&useSessionCredentials=true"
                     + "&accessKey=" + MessagingSandbox.AWS_ACCESS_KEY_ID
                     + "&secretKey=RAW(" + MessagingSandbox.AWS_SECRET_ACCESS_KEY + ")"
                     + "&sessionToken=" + SESSION_TOKEN;
        try (CapturedLogs logs = CapturedLogs.install()) {
            Exchange exchange = send(uri, "hi");

            assertThat(exchange.getException()).isNull();
            assertThat(onlyMessage().headers().get("x-amz-security-token")).isEqualTo(SESSION_TOKEN);
            assertThat(logs.lines()).noneMatch(line -> line.contains(SESSION_TOKEN)
                                                       || line.contains(MessagingSandbox.AWS_SECRET_ACCESS_KEY));
        }
        assertThat(context.getEndpoint(uri).toString()).doesNotContain(SESSION_TOKEN)
                .doesNotContain(MessagingSandbox.AWS_SECRET_ACCESS_KEY);
    }

    private static String stackTraceText(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
