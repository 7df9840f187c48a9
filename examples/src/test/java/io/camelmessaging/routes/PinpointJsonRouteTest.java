package io.camelmessaging.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.component.SandboxTestSupport;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The XML DSL route {@code routes/pinpoint-json.xml}: a JSON file becomes a Pinpoint direct message.
 */
class PinpointJsonRouteTest extends SandboxTestSupport {

    @TempDir
    static Path inbox;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("pinpoint.inbox", inbox.toString());
        properties.put("pinpoint.applicationId", "app-xml");
        return properties;
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("file:../routes/pinpoint-json.xml"));
    }

    @Test
    void theExampleJsonFileIsSentToEveryAddressAndMovedToDone() throws Exception {
        Files.copy(Path.of("../examples/data/pinpoint-message.json"), inbox.resolve("order.json.tmp"));
        Files.move(inbox.resolve("order.json.tmp"), inbox.resolve("order.json"));

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/order.json")));

        assertThat(sandbox.requests().get(0).path()).isEqualTo("/v1/apps/app-xml/messages");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::channel, RecordedMessage::title)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("+12065550108", "SMS", null),
                        org.assertj.core.groups.Tuple.tuple("ann@example.com", "EMAIL", "Your order has shipped, Ann"));
    }

    @Test
    void aFileTheServiceShapeDoesNotFitMovesToError() throws Exception {
        Files.writeString(inbox.resolve("bad.json"), "{\"Adresses\":{}}");

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("error/bad.json")));

        assertThat(sandbox.requests()).isEmpty();
    }
}
