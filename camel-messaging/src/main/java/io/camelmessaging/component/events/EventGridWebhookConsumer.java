package io.camelmessaging.component.events;

import java.util.regex.Pattern;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The {@code messaging:events} consumer that serves the Event Grid webhook at {@code path} on platform-http (azure). It
 * opens no socket of its own: on start it registers an {@link EventGridWebhook} at {@code path} on the platform-http
 * engine the application brings (Camel Main's, Vert.x's, Spring Boot's), and removes it on stop.
 */
public class EventGridWebhookConsumer extends DefaultConsumer {

    /** The platform-http component that serves the webhook. */
    static final String PLATFORM_HTTP = "platform-http";
    /** The dependencies that bring a platform-http engine, named in the errors of route start. */
    static final String ENGINES = "add camel-platform-http-main (Camel Main), camel-platform-http-starter (Spring "
                                  + "Boot) or camel-platform-http-vertx with a VertxPlatformHttpServer";
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

    private final MessagingConfiguration configuration;
    private EventDispatcher dispatcher;
    private Consumer webhook;

    public EventGridWebhookConsumer(MessagingEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String path = checkedPath(configuration.getPath());
        WebhookSecret secret = WebhookSecret.of(configuration.getWebhookSecret());
        dispatcher = new EventDispatcher(this, configuration);
        ServiceHelper.startService(dispatcher);
        webhook = register(path,
                new EventGridWebhook(secret, new AzureEventParser(), dispatcher, getExceptionHandler()));
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(webhook);
        webhook = null;
        ServiceHelper.stopService(dispatcher);
        super.doStop();
    }

    private static String checkedPath(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Option path of messaging:events of provider azure must start with / "
                                               + "and hold only letters, digits and - . _ ~ /, e.g. /events/acs; was "
                                               + path);
        }
        return path;
    }

    /** Starts a platform-http consumer at {@code path} whose every POST and OPTIONS the webhook answers. */
    private Consumer register(String path, Processor handler) throws Exception {
        CamelContext context = getEndpoint().getCamelContext();
        Consumer consumer = null;
        try {
            if (context.getComponent(PLATFORM_HTTP) != null) {
                consumer = context.getEndpoint(PLATFORM_HTTP + ":" + path + "?httpMethodRestrict=POST,OPTIONS"
                                               + "&muteException=true").createConsumer(handler);
                ServiceHelper.startService(consumer);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("messaging:events of provider azure could not serve its webhook at " + path
                                            + " on Camel's platform-http (" + e.getMessage() + "): it needs a running "
                                            + "platform-http engine; " + ENGINES, e);
        }
        if (consumer == null) {
            throw new IllegalStateException("messaging:events of provider azure serves its webhook on Camel's "
                                            + "platform-http, which is not on the class path: " + ENGINES);
        }
        return consumer;
    }
}
