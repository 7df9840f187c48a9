package io.camelmessaging.component;

import java.util.HashMap;
import java.util.List;

import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A CamelContext whose {@code messaging} component sends through the real SDK clients to the sandbox of
 * {@link MessagingSandboxExtension} (started once for the test run, cleared before each test), configured with the
 * {@code camel.component.messaging.*} properties the extension hands out.
 */
public abstract class SandboxTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final MessagingSandboxExtension SANDBOX = MessagingSandboxExtension.create();

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
        configureForSandbox(component.getConfiguration());
        context.addComponent("messaging", component);
        return context;
    }

    /**
     * Adds a test's own component options to those that point the component at the sandbox with its test credentials
     * (AWS over HTTP, and the ACS resource over HTTPS with the sandbox's self-signed certificate trusted).
     */
    protected void configureForSandbox(MessagingConfiguration config) {
    }

    /** Sends a body with headers (name, value pairs) to an endpoint and returns the exchange afterwards. */
    protected Exchange send(String uri, Object body, Object... headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getMessage().setHeader((String) headers[i], headers[i + 1]);
            }
        });
    }

    /** The only message the sandbox recorded. */
    protected static RecordedMessage onlyMessage() {
        List<RecordedMessage> messages = sandbox.messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    @SuppressWarnings("unchecked")
    protected static List<MessagingResult> results(Exchange exchange) {
        return exchange.getMessage().getHeader(MessagingConstants.RESULTS, List.class);
    }

    /** A repeat ACS refused: the message may have been sent, so UNKNOWN and not retryable. */
    protected static void assertRefusedRepeat(Exchange exchange, String errorCode, int httpStatus) {
        MessagingServiceException error = exchange.getException(MessagingServiceException.class);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(errorCode);
        assertThat(error.getHttpStatus()).isEqualTo(httpStatus);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("the message may have been sent");
        assertThat(results(exchange)).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(MessagingStatus.UNKNOWN);
            assertThat(result.retryable()).isFalse();
            assertThat(result.errorCode()).isEqualTo(errorCode);
        });
    }

    /** A route that consumes from {@code uri} (an {@code events} endpoint) or sends to it (any other). */
    protected static RouteBuilder routeWith(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                if (uri.startsWith("messaging:events")) {
                    from(uri).to("mock:events");
                } else {
                    from("direct:start-" + Math.abs(uri.hashCode())).to(uri);
                }
            }
        };
    }

    /** Adding a route that sends to {@code uri} fails, the root cause containing {@code message}; returns the error. */
    protected Throwable assertRouteStartFails(String uri, String message) {
        Throwable error = catchThrowable(() -> context.addRoutes(routeWith(uri)));
        assertThat(error).isInstanceOfAny(FailedToCreateRouteException.class, FailedToStartRouteException.class)
                .rootCause().hasMessageContaining(message);
        return error;
    }

    /** Each exception of the cause chain as printed (class and message), one a line; empty for null. */
    protected static String causeChain(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
