package io.camelmessaging.component;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets never appear in logs, exception messages or endpoint URIs, and a wrong secret key is refused by the
 * sandbox's signature check and reported as an access error.
 */
class SecretsTest extends SandboxTestSupport {

    private static final String WRONG_SECRET = "Wr0ngSecretKeyValue/ABCDEF";
    private static final String SESSION_TOKEN = "SessionTokenValue123456";
    /** Loggers of the AWS SDK's signer and Netty's wire dump: at DEBUG they print every request header. */
    private static final String[] WIRE_LOGGERS = { "software.amazon.awssdk.http.auth.aws.internal.signer",
                                                   "io.netty.handler.logging.LoggingHandler" };

    @Test
    void aWrongSecretKeyIsRefusedBySignatureCheckWithoutLeakingIt() {
        String uri = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)&accessKey="
                     + MessagingSandbox.AWS_ACCESS_KEY_ID + "&secretKey=RAW(" + WRONG_SECRET + ")";
        Endpoint endpoint;
        try (CapturedLogs logs = CapturedLogs.install(Level.DEBUG)) {
            endpoint = context.getEndpoint(uri);
            Exchange exchange = send(uri, "hi");

            MessagingServiceException error = exchange.getException(MessagingServiceException.class);
            assertThat(error).isNotNull();
            assertThat(error.getErrorCode()).isEqualTo("InvalidSignatureException");
            assertThat(error.getHttpStatus()).isEqualTo(403);
            assertThat(error.isRetryable()).isFalse();
            assertThat(error.getMessage()).contains("The request signature we calculated does not match");
            assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.PERMANENT_FAILURE);
            assertThat(sandbox.messages()).isEmpty();
            assertThat(sandbox.requests()).isNotEmpty().allMatch(r -> r.status() == 403);

            assertThat(logs.lines()).isNotEmpty();
            assertThat(logs.linesContaining(WRONG_SECRET)).isEmpty();
            assertThat(stackTraceText(error)).doesNotContain(WRONG_SECRET);
        }
        assertThat(endpoint.toString()).doesNotContain(WRONG_SECRET).contains("secretKey=xxxxxx");
        assertThat(context.getEndpoints()).allMatch(e -> !e.toString().contains(WRONG_SECRET));
    }

    @Test
    void componentLevelSecretsStayOutOfEveryLogEvenAtTrace() {
        try (CapturedLogs logs = CapturedLogs.install(Level.TRACE)) {
            Exchange exchange = send("messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)", "hi");

            assertThat(exchange.getException()).isNull();
            assertThat(logs.lines()).hasSizeGreaterThan(10);
            assertThat(logs.linesContaining(MessagingSandbox.AWS_SECRET_ACCESS_KEY)).isEmpty();
        }
    }

    @Test
    void sessionCredentialsAreSignedAndNeverPrinted() {
        String uri = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)&useSessionCredentials=true"
                     + "&accessKey=" + MessagingSandbox.AWS_ACCESS_KEY_ID
                     + "&secretKey=RAW(" + MessagingSandbox.AWS_SECRET_ACCESS_KEY + ")"
                     + "&sessionToken=" + SESSION_TOKEN;
        try (CapturedLogs logs = CapturedLogs.install(Level.DEBUG)) {
            Exchange exchange = send(uri, "hi");

            assertThat(exchange.getException()).isNull();
            assertThat(onlyMessage().headers().get("x-amz-security-token")).isEqualTo(SESSION_TOKEN);
            assertThat(logs.linesContaining(SESSION_TOKEN))
                    .allMatch(line -> line.contains(WIRE_LOGGERS[0]) || line.contains(WIRE_LOGGERS[1]));
            assertThat(logs.linesContaining(MessagingSandbox.AWS_SECRET_ACCESS_KEY)).isEmpty();
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
