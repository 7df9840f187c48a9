package io.camelmessaging.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.component.SandboxTestSupport;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kamelet examples of {@code examples/kamelets}, loaded as Camel loads route files and run against the sandbox:
 * the plain YAML route to {@code kamelet:messaging-sms-sink} and the Pipe from a folder to the same Kamelet.
 */
class KameletExamplesTest extends SandboxTestSupport {

    @TempDir
    static Path inbox;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("sms.from", "+12065550100");
        properties.put("sms.to", "+12065550140");
        properties.put("sms.inbox", inbox.toString());
        return properties;
    }

    private void load(String file) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("file:kamelets/" + file));
    }

    @Test
    void theRouteSendsThroughTheKamelet() throws Exception {
        load("sms-route.yaml");

        await().atMost(20, TimeUnit.SECONDS).until(() -> !sandbox.messages().isEmpty());
        assertThat(sandbox.messages()).singleElement().satisfies(message -> {
            assertThat(message.from()).isEqualTo("+12065550100");
            assertThat(message.to()).isEqualTo("+12065550140");
            assertThat(message.body()).isEqualTo("Hello from the messaging-sms-sink Kamelet");
        });
    }

    @Test
    void thePipeSendsEachFileThroughTheKamelet() throws Exception {
        load("sms-pipe.yaml");

        Files.writeString(inbox.resolve("greeting.txt.tmp"), "Hello from a Pipe");
        Files.move(inbox.resolve("greeting.txt.tmp"), inbox.resolve("greeting.txt"));

        await().atMost(20, TimeUnit.SECONDS).until(() -> !sandbox.messages().isEmpty());
        assertThat(sandbox.messages()).singleElement().satisfies(message -> {
            assertThat(message.from()).isEqualTo("+12065550100");
            assertThat(message.to()).isEqualTo("+12065550123");
            assertThat(message.body()).isEqualTo("Hello from a Pipe");
        });
    }
}
