package io.camelmessaging.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The executable jar's flags. */
class SandboxMainTest {

    @Test
    void withoutFlagsItListensOnPort8088() {
        assertThat(SandboxMain.parse().port()).isEqualTo(8088);
    }

    @Test
    void flagsSetPortsCredentialsAndTheRepeatabilityWindow() {
        SandboxConfig config = SandboxMain.parse("--port", "9000", "--https-port", "9443", "--aws-access-key-id",
                "AKIDOTHER", "--aws-secret-access-key", "other-secret", "--repeatability-window", "30");

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.httpsPort()).isEqualTo(9443);
        assertThat(config.awsCredentials()).containsEntry("AKIDOTHER", "other-secret")
                .containsKey(MessagingSandbox.AWS_ACCESS_KEY_ID);
        assertThat(config.repeatabilityWindow()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void helpAsksForTheUsage() {
        assertThat(SandboxMain.parse("--help")).isNull();
    }

    @Test
    void badFlagsNameTheFlag() {
        assertThatThrownBy(() -> SandboxMain.parse("--port", "eighty")).hasMessage("--port takes a number, not eighty");
        assertThatThrownBy(() -> SandboxMain.parse("--port")).hasMessage("Unknown flag or missing value: --port");
        assertThatThrownBy(() -> SandboxMain.parse("--aws-access-key-id", "AKIDOTHER"))
                .hasMessage("--aws-access-key-id and --aws-secret-access-key go together");
    }
}
