package io.camelmessaging.sandbox.junit5;

import java.util.Map;

import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SandboxConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a {@link MessagingSandbox} once for the whole test run, clears its messages and
 * faults before each test, and hands out the {@code camel.component.messaging.*} properties that point the component
 * at it. Register it on a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static MessagingSandboxExtension sandbox = MessagingSandboxExtension.create();
 * </pre>
 *
 * Extensions created with equal configurations share one sandbox, which is closed when the test run ends. Test
 * methods and constructors may also take a {@link MessagingSandbox} parameter when the class registers one extension. Tests that share a sandbox must not
 * run in parallel, since each test clears it.
 */
public final class MessagingSandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private final SandboxConfig config;
    private volatile MessagingSandbox sandbox;

    private MessagingSandboxExtension(SandboxConfig config) {
        this.config = config;
    }

    /** A sandbox on free ports with the default test credentials. */
    public static MessagingSandboxExtension create() {
        return create(SandboxConfig.defaults());
    }

    /** A sandbox started with {@code config}. */
    public static MessagingSandboxExtension create(SandboxConfig config) {
        return new MessagingSandboxExtension(config);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        started(context).clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MessagingSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return started(context);
    }

    /** The running sandbox; available from the first callback on (e.g. in {@code @BeforeAll} methods). */
    public MessagingSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("The sandbox starts with the first test callback; register the "
                                            + "extension with @RegisterExtension");
        }
        return sandbox;
    }

    /** The {@code camel.component.messaging.*} properties that point the component at the sandbox. */
    public Map<String, String> componentProperties() {
        return sandbox().componentProperties();
    }

    /** The URL of the sandbox's events queue, for {@code messaging:events?provider=aws&queueUrl=...}. */
    public String eventsQueueUrl() {
        return sandbox().eventsQueueUrl();
    }

    private MessagingSandbox started(ExtensionContext context) {
        if (sandbox == null) {
            ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(getClass()));
            sandbox = store.getOrComputeIfAbsent(config.toString(), key -> new RunningSandbox(config),
                    RunningSandbox.class).sandbox;
        }
        return sandbox;
    }

    /** A sandbox that the root extension context closes when the test run ends. */
    private static final class RunningSandbox implements ExtensionContext.Store.CloseableResource {

        private final MessagingSandbox sandbox;

        RunningSandbox(SandboxConfig config) {
            this.sandbox = MessagingSandbox.start(config);
        }

        @Override
        public void close() {
            sandbox.close();
        }
    }
}
