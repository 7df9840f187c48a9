package io.camelmessaging.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier against AWS's published SigV4 test suite vectors (get-vanilla, get-vanilla-query-order-key-case).
 */
class SigV4VerifierTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Clock AT_SIGNING = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);
    private static final SigV4Verifier VERIFIER = new SigV4Verifier(
            key -> "AKIDEXAMPLE".equals(key) ? SECRET : null, AT_SIGNING);

    @Test
    void getVanilla() {
        assertThat(verify("/", null, "AKIDEXAMPLE",
                "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", VERIFIER)).isNull();
    }

    @Test
    void getVanillaQueryOrderKeyCase() {
        assertThat(verify("/", "Param2=value2&Param1=value1", "AKIDEXAMPLE",
                "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500", VERIFIER)).isNull();
    }

    @Test
    void aTamperedSignatureIsRefused() {
        SigV4Verifier.Failure failure = verify("/", null, "AKIDEXAMPLE",
                "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf30", VERIFIER);

        assertThat(failure.type()).isEqualTo("InvalidSignatureException");
        assertThat(failure.message()).startsWith("The request signature we calculated does not match");
    }

    @Test
    void anUnknownKeyIsUnrecognized() {
        assertThat(verify("/", null, "AKIDOTHER", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
                VERIFIER)).isEqualTo(new SigV4Verifier.Failure("UnrecognizedClientException",
                        "The security token included in the request is invalid."));
    }

    @Test
    void aSignatureOlderThanFifteenMinutesHasExpired() {
        SigV4Verifier later = new SigV4Verifier(key -> SECRET,
                Clock.fixed(Instant.parse("2015-08-30T12:51:01Z"), ZoneOffset.UTC));

        SigV4Verifier.Failure failure = verify("/", null, "AKIDEXAMPLE",
                "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", later);

        assertThat(failure.type()).isEqualTo("InvalidSignatureException");
        assertThat(failure.message()).startsWith("Signature expired: 20150830T123600Z is now earlier than");
    }

    @Test
    void aBodyThatDoesNotMatchItsHashIsRefused() {
        Map<String, List<String>> headers = Map.of(
                "host", List.of("example.amazonaws.com"), "x-amz-date", List.of("20150830T123600Z"),
                "x-amz-content-sha256", List.of(SigV4Verifier.hex(SigV4Verifier.sha256("{}".getBytes()))),
                "authorization", List.of(authorization("AKIDEXAMPLE", "host;x-amz-date", "0".repeat(64))));

        SigV4Verifier.Failure failure = VERIFIER.verify("service", "POST", "/", null, headers,
                "{\"changed\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(failure.message()).contains("'x-amz-content-sha256' header does not match");
    }

    @Test
    void aRequestWithoutAuthorizationIsMissingItsToken() {
        assertThat(VERIFIER.verify("service", "GET", "/", null, Map.of(), new byte[0]).type())
                .isEqualTo("MissingAuthenticationTokenException");
    }

    private static SigV4Verifier.Failure verify(String path, String query, String accessKey, String signature,
                                                SigV4Verifier verifier) {
        Map<String, List<String>> headers = Map.of(
                "host", List.of("example.amazonaws.com"),
                "x-amz-date", List.of("20150830T123600Z"),
                "authorization", List.of(authorization(accessKey, "host;x-amz-date", signature)));
        return verifier.verify("service", "GET", path, query, headers, new byte[0]);
    }

    private static String authorization(String accessKey, String signedHeaders, String signature) {
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/20150830/us-east-1/service/aws4_request, SignedHeaders="
               + signedHeaders + ", Signature=" + signature;
    }
}
