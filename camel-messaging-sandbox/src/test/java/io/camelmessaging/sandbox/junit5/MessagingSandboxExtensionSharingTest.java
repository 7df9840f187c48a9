package io.camelmessaging.sandbox.junit5;

import java.time.Duration;

import io.camelmessaging.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Extensions with equal configurations share one sandbox; another configuration gets a sandbox of its own. */
class MessagingSandboxExtensionSharingTest {

    @RegisterExtension
    static MessagingSandboxExtension sandbox = MessagingSandboxExtension.create();

    @RegisterExtension
    static MessagingSandboxExtension sameConfig = MessagingSandboxExtension.create();

    @RegisterExtension
    static MessagingSandboxExtension shortWindow = MessagingSandboxExtension.create(
            SandboxConfig.defaults().repeatabilityWindow(Duration.ofSeconds(3)));

    @Test
    void equalConfigurationsShareOneSandbox() {
        assertThat(sameConfig.sandbox()).isSameAs(sandbox.sandbox());
        assertThat(shortWindow.sandbox()).isNotSameAs(sandbox.sandbox());
        assertThat(shortWindow.sandbox().port()).isNotEqualTo(sandbox.sandbox().port());
    }
}
