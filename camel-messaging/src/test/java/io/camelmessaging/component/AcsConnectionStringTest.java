package io.camelmessaging.component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A malformed ACS connection string, endpoint or access key fails route start, before any request, with a message
 * that names the part that is wrong and shows neither the key nor the connection string.
 */
class AcsConnectionStringTest extends SandboxTestSupport {

    private static final String SMS = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                                      + "&destinationPhoneNumber=RAW(+12065550123)&trustAllCertificates=true";
    private static final String KEY_TEXT = "connection-string-test-key-7d41c0b9e2f8";
    private static final String KEY = Base64.getEncoder().encodeToString(KEY_TEXT.getBytes(StandardCharsets.UTF_8));
    private static final String NOT_BASE64 = "not*base64*key*material*of*the*connection*string*test";
    private static final String ENDPOINT = "https://secrets-test.communication.azure.com/";

    static Stream<Arguments> malformed() {
        String prefix = "Option connectionString: ";
        return Stream.of(
                arguments("accesskey=" + KEY, prefix + "endpoint is missing"),
                arguments("endpoint=http://secrets-test.communication.azure.com/;accesskey=" + KEY,
                        prefix + "endpoint is not an https URL"),
                arguments("endpoint=https:///sms;accesskey=" + KEY, prefix + "endpoint has no host"),
                arguments("endpoint=https://bad host/;accesskey=" + KEY, prefix + "endpoint is not a URL"),
                arguments("endpoint=" + ENDPOINT, prefix + "accesskey is missing"),
                arguments("endpoint=" + ENDPOINT + ";accesskey=" + NOT_BASE64, prefix + "accesskey is not base64"),
                arguments("endpoint=" + ENDPOINT + ";accesskey= ", prefix + "accesskey is empty"),
                arguments(NOT_BASE64, prefix + "a part is not key=value"),
                arguments("endpoint=" + ENDPOINT + ";" + NOT_BASE64, prefix + "a part is not key=value"),
                arguments("endpoint=" + ENDPOINT + ";secret=" + KEY,
                        prefix + "a part is neither endpoint nor accesskey"),
                arguments("accesskey=" + KEY + ";endpoint=" + ENDPOINT + ";AccessKey=" + KEY,
                        prefix + "accesskey is given twice"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedConnectionStringFailsRouteStartWithoutShowingIt(String connectionString, String message) {
        Throwable error = assertRouteStartFails(SMS + "&connectionString=RAW(" + connectionString + ")", message);

        assertShowsNoSecret(error, connectionString);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void anAccessKeyOptionThatIsNotBase64FailsRouteStart() {
        Throwable error = assertRouteStartFails(SMS + "&credentialType=ACCESS_KEY&endpoint=" + ENDPOINT
                                                + "&azureAccessKey=RAW(" + NOT_BASE64 + ")",
                "Option azureAccessKey is not base64");

        assertShowsNoSecret(error, NOT_BASE64);
    }

    @Test
    void anEndpointOptionThatIsNotHttpsFailsRouteStart() {
        Throwable error = assertRouteStartFails(SMS + "&credentialType=ACCESS_KEY&endpoint=http://secrets-test.local"
                                                + "&azureAccessKey=RAW(" + KEY + ")", "Option endpoint is not an https URL");

        assertShowsNoSecret(error, KEY);
    }

    @Test
    void theSandboxConnectionStringSends() {
        Exchange exchange = send(SMS + "&connectionString=RAW(" + sandbox.acsConnectionString() + ")", "hi");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().headers().get("authorization")).startsWith("HMAC-SHA256 ");
    }

    @Test
    void keysAreCaseInsensitiveInAnyOrderWithATrailingSeparator() {
        Exchange exchange = send(SMS + "&connectionString=RAW(AccessKey=" + MessagingSandbox.ACS_ACCESS_KEY
                                 + ";ENDPOINT=" + sandbox.httpsBaseUri() + ";)", "hi");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.messages()).hasSize(1);
    }

    private static void assertShowsNoSecret(Throwable error, String secret) {
        assertThat(causeChain(error)).doesNotContain(secret).doesNotContain(KEY).doesNotContain(KEY_TEXT)
                .doesNotContain(NOT_BASE64);
    }
}
