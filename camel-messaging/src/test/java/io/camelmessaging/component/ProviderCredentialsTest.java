package io.camelmessaging.component;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials of one provider are never used for the other, even when both are set on the component: the sandbox
 * verifies each signature with its own provider's key, so a crossed key would be denied.
 */
class ProviderCredentialsTest extends SandboxTestSupport {

    private static final String AWS = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)"
                                      + "&destinationPhoneNumber=RAW(+12065550123)";
    private static final String AZURE = "messaging:sendTextMessage?provider=azure"
                                        + "&originationIdentity=RAW(+18005550100)"
                                        + "&destinationPhoneNumber=RAW(+12065550124)";

    /** AWS keys and the ACS endpoint with its key, side by side on the component; no connection string. */
    @Override
    protected void configureForSandbox(MessagingConfiguration config) {
        super.configureForSandbox(config);
        config.setConnectionString(null);
        config.setEndpoint(sandbox.httpsBaseUri().toString());
        config.setAzureAccessKey(MessagingSandbox.ACS_ACCESS_KEY);
    }

    @Test
    void eachProviderSignsWithItsOwnCredentialsFromTheSameComponent() {
        Exchange aws = send(AWS, "to aws");
        Exchange azure = send(AZURE, "to azure");

        assertThat(aws.getException()).isNull();
        assertThat(azure.getException()).isNull();
        assertThat(sandbox.messages()).hasSize(2);
        assertThat(sandbox.messages()).filteredOn(m -> m.to().equals("+12065550123")).singleElement()
                .satisfies(m -> assertThat(m.headers().get("authorization"))
                        .startsWith("AWS4-HMAC-SHA256 Credential=" + MessagingSandbox.AWS_ACCESS_KEY_ID + "/"));
        assertThat(sandbox.messages()).filteredOn(m -> m.to().equals("+12065550124")).singleElement()
                .satisfies(m -> {
                    assertThat(m.api()).isEqualTo("acs-sms");
                    assertThat(m.headers().get("authorization")).startsWith("HMAC-SHA256 SignedHeaders=");
                });
    }

    @Test
    void theAwsAccessKeyIsNeverTheAzureKey() {
        MessagingConfiguration config = component().getConfiguration();
        config.setAzureAccessKey(null);
        config.setAccessKey(MessagingSandbox.ACS_ACCESS_KEY);

        assertRouteStartFails(AZURE, "No Azure credentials: set one of: connectionString; endpoint and "
                                     + "azureAccessKey");
        assertRouteStartFails(AZURE + "&credentialType=ACCESS_KEY",
                "credentialType=ACCESS_KEY needs azureAccessKey: set one of: connectionString; endpoint and "
                                                                     + "azureAccessKey");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void azureCredentialsAreNeverTheAwsOnes() {
        MessagingConfiguration config = component().getConfiguration();
        config.setAccessKey(null);
        config.setSecretKey(null);

        assertRouteStartFails(AWS, "No AWS credentials: set one of: accessKey and secretKey");
        assertThat(send(AZURE, "still azure").getException()).isNull();
        assertThat(onlyMessage().api()).isEqualTo("acs-sms");
    }

    private MessagingComponent component() {
        return context.getComponent("messaging", MessagingComponent.class);
    }
}
