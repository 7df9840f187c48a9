package io.camelmessaging.routes;

import java.util.HashMap;
import java.util.List;

import io.camelmessaging.component.MessagingComponent;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route of {@code routes/} in a CamelContext whose {@code messaging} component sends to the sandbox of
 * {@link MessagingSandboxExtension}, configured with the options the sandbox hands out.
 */
abstract class RouteTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final MessagingSandboxExtension SANDBOX = MessagingSandboxExtension.create();

    /** The sandbox this class sends to; a subclass with a sandbox of its own sets it in its {@code @BeforeAll}. */
    protected static MessagingSandbox sandbox;

    @BeforeAll
    static void useTheSharedSandbox() {
        sandbox = SANDBOX.sandbox();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MessagingComponent component = new MessagingComponent();
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component.getConfiguration())
                .withProperties(new HashMap<>(sandbox.componentOptions())).bind();
        configureComponent(component.getConfiguration());
        context.addComponent("messaging", component);
        return context;
    }

    /** Adds a test's own component options to the sandbox's. */
    protected void configureComponent(MessagingConfiguration config) {
    }

    /** The only message the sandbox recorded. */
    protected static RecordedMessage onlyMessage() {
        List<RecordedMessage> messages = sandbox.messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
