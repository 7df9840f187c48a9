package io.camelmessaging.component.events;

import java.net.http.HttpClient;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;

/** Gives a CamelContext the platform-http engine of camel-platform-http-vertx, on a free port. */
public final class PlatformHttpServers {

    private PlatformHttpServers() {
    }

    /** Adds a Vert.x platform-http server to the context, started with it; returns its port. */
    public static int addTo(CamelContext context) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(configuration));
        return port;
    }

    /**
     * A JDK client that speaks HTTP/1.1, as Event Grid does to webhooks. The JDK's default, an upgrade to h2c, reaches
     * a Netty method that the Netty this project pins lacks under Camel 4.22's Vert.x, and the request never ends.
     */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
