package io.camelmessaging.component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets set as component options never show, with every logger at TRACE, in a log line, an exception message, a
 * result or an endpoint URI, for both providers, on success and on each error path. The one exception, asserted
 * exactly: the AWS SDK's signer and Netty's wire logger print the session token at DEBUG. What Camel prints of secrets
 * written into URIs, placeholders or Camel Main properties is shown by {@link CamelSecretsLoggingTest}.
 */
class SecretsTest extends SandboxTestSupport {

    private static final String WRONG_AWS_SECRET = "wrongAwsSecretKey/ofTheSecretsTest+9f3c2e71d4a8";
    private static final String SESSION_TOKEN = "SessionToken/ofTheSecretsTest+a71f03c9e2b84d56";
    private static final String ACS_KEY_TEXT = new String(Base64.getDecoder().decode(MessagingSandbox.ACS_ACCESS_KEY),
            StandardCharsets.UTF_8);
    private static final String WRONG_ACS_KEY_TEXT = "wrong-acs-key-of-the-secrets-test-5e8b1d07c3";
    private static final String WRONG_ACS_KEY = base64(WRONG_ACS_KEY_TEXT);
    /** The loggers that print request headers, the session token among them. */
    private static final Set<String> HEADER_PRINTERS = Set.of(
            "DEBUG software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner",
            "DEBUG io.netty.handler.logging.LoggingHandler");

    private static final String AWS = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)";
    private static final String ACS = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                                      + "&destinationPhoneNumber=RAW(+12065550123)";

    @Test
    void awsSuccess() {
        assertThat(sendAtTrace(AWS).getException()).isNull();
    }

    @Test
    void awsWrongSecretKeyIsRefusedBySignatureCheck() {
        config().setSecretKey(WRONG_AWS_SECRET);

        Exchange exchange = sendAtTrace(AWS);

        MessagingServiceException error = exchange.getException(MessagingServiceException.class);
        assertThat(error.getErrorCode()).isEqualTo("InvalidSignatureException");
        assertThat(error.getHttpStatus()).isEqualTo(403);
        assertThat(error.isRetryable()).isFalse();
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.PERMANENT_FAILURE);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void awsThrottling() {
        sandbox.faults().next(3, Fault.awsError("ThrottlingException", 400, "Rate exceeded"));

        assertThat(sendAtTrace(AWS).getException()).isInstanceOf(MessagingThrottledException.class);
    }

    @Test
    void awsServerError() {
        sandbox.faults().next(3, Fault.awsError("InternalServerException", 500, "Internal failure"));

        assertThat(sendAtTrace(AWS).getException(MessagingServiceException.class).getHttpStatus()).isEqualTo(500);
    }

    @Test
    void awsSessionTokenIsPrintedOnlyByTheHeaderLoggers() {
        config().setUseSessionCredentials(true);
        config().setSessionToken(SESSION_TOKEN);

        Exchange exchange = sendAndCheck(AWS, Map.of(SESSION_TOKEN, HEADER_PRINTERS));

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().headers().get("x-amz-security-token")).isEqualTo(SESSION_TOKEN);
    }

    @Test
    void acsSuccess() {
        assertThat(sendAtTrace(ACS).getException()).isNull();
    }

    @Test
    void acsWrongKeyIsDenied() {
        config().setConnectionString(wrongConnectionString());

        MessagingServiceException error = sendAtTrace(ACS).getException(MessagingServiceException.class);

        assertThat(error.getHttpStatus()).isEqualTo(401);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void acsThrottling() {
        sandbox.faults().next(4, Fault.status(429).withRetryAfter(Duration.ofMillis(10)));

        assertThat(sendAtTrace(ACS).getException()).isInstanceOf(MessagingThrottledException.class);
    }

    @Test
    void acsServerError() {
        sandbox.faults().next(4, Fault.status(500).withRetryAfter(Duration.ofMillis(10)));

        assertThat(sendAtTrace(ACS).getException(MessagingServiceException.class).getHttpStatus()).isEqualTo(500);
    }

    @Test
    void acsAccessKeyCredential() {
        config().setCredentialType(AzureCredentialType.ACCESS_KEY);
        config().setEndpoint(sandbox.httpsBaseUri().toString());
        config().setAzureAccessKey(MessagingSandbox.ACS_ACCESS_KEY);

        assertThat(sendAtTrace(ACS).getException()).isNull();
        assertThat(onlyMessage().headers().get("authorization")).startsWith("HMAC-SHA256 ");
    }

    /** The component's options, which the endpoints created afterwards copy. */
    private MessagingConfiguration config() {
        return context.getComponent("messaging", MessagingComponent.class).getConfiguration();
    }

    private Exchange sendAtTrace(String uri) {
        return sendAndCheck(uri, Map.of());
    }

    /**
     * Sends with every logger at TRACE, then checks every secret: {@code printers} are the only loggers (level and
     * name) that printed one, and no exception message, result or endpoint URI shows one.
     */
    private Exchange sendAndCheck(String uri, Map<String, Set<String>> printers) {
        Exchange exchange;
        Map<String, Set<String>> printed = new TreeMap<>();
        try (CapturedLogs logs = CapturedLogs.install(Level.TRACE)) {
            exchange = send(uri, "hi");
            secrets().forEach(secret -> {
                if (!logs.printers(secret).isEmpty()) {
                    printed.put(secret, logs.printers(secret));
                }
            });
        }
        assertThat(printed).isEqualTo(printers);
        String shown = causeChain(exchange.getException()) + results(exchange) + context.getEndpoints();
        secrets().forEach(secret -> assertThat(shown).doesNotContain(secret));
        return exchange;
    }

    /** Every secret of this class, as text and URL-encoded; ACS keys also decoded. */
    private static Stream<String> secrets() {
        return Stream.of(MessagingSandbox.AWS_SECRET_ACCESS_KEY, WRONG_AWS_SECRET, SESSION_TOKEN,
                        MessagingSandbox.ACS_ACCESS_KEY, ACS_KEY_TEXT, WRONG_ACS_KEY, WRONG_ACS_KEY_TEXT,
                        sandbox.acsConnectionString(), wrongConnectionString())
                .flatMap(secret -> Stream.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8))).distinct();
    }

    private static String wrongConnectionString() {
        return "endpoint=" + sandbox.httpsBaseUri() + "/;accesskey=" + WRONG_ACS_KEY;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
