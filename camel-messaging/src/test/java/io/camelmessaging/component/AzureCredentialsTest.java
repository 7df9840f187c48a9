package io.camelmessaging.component;

import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Azure credential type against the sandbox's ACS SMS API.
 */
class AzureCredentialsTest extends SandboxTestSupport {

    private static final String SMS = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                                      + "&destinationPhoneNumber=RAW(+12065550123)&trustAllCertificates=true";

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("goodToken", token(MessagingSandbox.ACS_BEARER_TOKEN));
        registry.bind("badToken", token("stolen-token"));
    }

    @Test
    void accessKeyWithEndpointSignsWithHmac() {
        Exchange exchange = send(SMS + "&credentialType=ACCESS_KEY&endpoint=" + sandbox.httpsBaseUri()
                                 + "&azureAccessKey=RAW(" + MessagingSandbox.ACS_ACCESS_KEY + ")", "hi");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().headers().get("authorization")).startsWith("HMAC-SHA256 ");
    }

    @Test
    void tokenCredentialSendsABearerToken() {
        Exchange exchange = send(SMS + "&credentialType=TOKEN_CREDENTIAL&endpoint=" + sandbox.httpsBaseUri()
                                 + "&tokenCredential=#goodToken", "hi");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().headers().get("authorization")).isEqualTo("Bearer " + MessagingSandbox.ACS_BEARER_TOKEN);
    }

    @Test
    void aTokenTheResourceDoesNotKnowIsDenied() {
        Exchange exchange = send(SMS + "&endpoint=" + sandbox.httpsBaseUri() + "&tokenCredential=#badToken"
                                 + "&credentialType=TOKEN_CREDENTIAL", "hi");

        assertThat(exchange.getException(MessagingServiceException.class).getHttpStatus()).isEqualTo(401);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void azureIdentityNeedsTheLibrary() {
        assertRouteStartFails(SMS + "&credentialType=AZURE_IDENTITY&endpoint=" + sandbox.httpsBaseUri(),
                "credentialType=AZURE_IDENTITY needs com.azure:azure-identity on the classpath");
    }

    private static TokenCredential token(String value) {
        return request -> Mono.just(new AccessToken(value, OffsetDateTime.now().plusHours(1)));
    }
}
