package io.camelmessaging.component;

import java.nio.file.Files;
import java.nio.file.Path;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS credential sources and TLS options besides static keys, each reaching the sandbox with a valid signature.
 */
class AwsCredentialSourcesTest extends SandboxTestSupport {

    private static final String TEXT = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)"
                                       + "&accessKey=&secretKey=";

    @Test
    void theDefaultCredentialsProviderChainIsUsed() {
        System.setProperty("aws.accessKeyId", MessagingSandbox.AWS_ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", MessagingSandbox.AWS_SECRET_ACCESS_KEY);
        try {
            Exchange exchange = send(TEXT + "&useDefaultCredentialsProvider=true", "default chain");

            assertThat(exchange.getException()).isNull();
            assertThat(onlyMessage().headers().get("authorization")).contains(MessagingSandbox.AWS_ACCESS_KEY_ID);
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    @Test
    void aNamedProfileIsUsed(@TempDir Path dir) throws Exception {
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[sandbox]\naws_access_key_id = " + MessagingSandbox.AWS_ACCESS_KEY_ID
                                       + "\naws_secret_access_key = " + MessagingSandbox.AWS_SECRET_ACCESS_KEY + "\n");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        try {
            Exchange exchange = send(TEXT + "&useProfileCredentialsProvider=true&profileCredentialsName=sandbox",
                    "from a profile");

            assertThat(exchange.getException()).isNull();
            assertThat(onlyMessage().body()).isEqualTo("from a profile");
        } finally {
            System.clearProperty("aws.sharedCredentialsFile");
            System.clearProperty("aws.configFile");
        }
    }

    @Test
    void trustAllCertificatesReachesTheSandboxOverHttps() {
        String https = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)&uriEndpointOverride="
                       + sandbox.httpsBaseUri();

        Exchange trusted = send(https + "&trustAllCertificates=true", "over TLS");
        Exchange untrusted = send(https + "&trustAllCertificates=false&messageBody=refused", "over TLS");

        assertThat(trusted.getException()).isNull();
        assertThat(untrusted.getException(MessagingServiceException.class).getMessage()).contains("SSL");
        assertThat(sandbox.messages()).extracting(m -> m.body()).containsExactly("over TLS");
    }
}
