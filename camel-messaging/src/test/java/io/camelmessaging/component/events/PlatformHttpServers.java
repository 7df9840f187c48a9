package io.camelmessaging.component.events;

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
}
