package io.camelmessaging.component.provider.aws;

import java.util.List;

import io.camelmessaging.component.CapturedLogs;
import io.camelmessaging.component.MessagingConfiguration;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code trustAllCertificates} applies to the AWS clients only where there is a certificate: over a plain HTTP
 * endpoint override (the sandbox's) the clients are built without it, and the SDK does not warn that it trusts all.
 */
class AwsClientFactoryTrustTest {

    private static final String SDK_WARNING = "SSL Certificate verification is disabled";

    private static List<String> warningsBuildingAClientFor(String endpoint) {
        MessagingConfiguration config = new MessagingConfiguration();
        config.setRegion("us-east-1");
        config.setAccessKey("key");
        config.setSecretKey("secret");
        config.setOverrideEndpoint(true);
        config.setUriEndpointOverride(endpoint);
        config.setTrustAllCertificates(true);
        SdkEventLoopGroup eventLoops = SdkEventLoopGroup.builder().numberOfThreads(1).build();
        try (CapturedLogs logs = CapturedLogs.install(Level.WARN)) {
            AwsClientFactory.smsVoiceClient(config, eventLoops).close();
            return List.copyOf(logs.linesContaining(SDK_WARNING));
        } finally {
            eventLoops.eventLoopGroup().shutdownGracefully();
        }
    }

    @Test
    void aPlainHttpEndpointNeedsNoTrustAll() {
        assertThat(warningsBuildingAClientFor("http://127.0.0.1:8088")).isEmpty();
    }

    @Test
    void anHttpsEndpointTrustsAll() {
        assertThat(warningsBuildingAClientFor("https://127.0.0.1:8443")).singleElement().asString()
                .startsWith("WARN ");
    }
}
