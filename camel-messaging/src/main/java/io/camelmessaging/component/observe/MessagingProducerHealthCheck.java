package io.camelmessaging.component.observe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Health of a messaging producer: its credentials can be resolved and the provider's endpoint accepts a connection.
 * It sends nothing, so it costs nothing at the provider.
 */
public final class MessagingProducerHealthCheck extends AbstractHealthCheck {

    private static final int CONNECT_TIMEOUT_MILLIS = 3000;

    private final Supplier<URI> target;
    private final Runnable credentialsCheck;

    /**
     * @param id               the check's id, e.g. {@code producer:messaging-sendTextMessage-aws}
     * @param target           the provider endpoint the producer sends to, null when a user's client chooses it
     * @param credentialsCheck throws when the credentials cannot be resolved
     */
    public MessagingProducerHealthCheck(String id, Supplier<URI> target, Runnable credentialsCheck) {
        super("camel", id);
        this.target = target;
        this.credentialsCheck = credentialsCheck;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            credentialsCheck.run();
        } catch (RuntimeException e) {
            builder.down().message("Credentials cannot be resolved: " + e.getMessage());
            return;
        }
        URI uri = target.get();
        if (uri == null) {
            builder.detail("endpoint", "chosen by the user's client").up();
            return;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
        builder.detail("endpoint", uri.getScheme() + "://" + uri.getHost() + ":" + port);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_MILLIS);
            builder.up();
        } catch (IOException e) {
            builder.down().message("Cannot connect to " + uri.getHost() + ":" + port + ": " + e.getMessage()).error(e);
        }
    }
}
