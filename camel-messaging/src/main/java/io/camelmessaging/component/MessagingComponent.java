package io.camelmessaging.component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.component.ratelimit.RateLimiter;
import io.camelmessaging.component.ratelimit.RateLimiters;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

/**
 * The {@code messaging:} component: sends SMS, MMS and multi-channel messages through AWS End User Messaging SMS,
 * Amazon Pinpoint and Azure Communication Services. Its options are the defaults of every endpoint.
 */
@Component("messaging")
public class MessagingComponent extends HealthCheckComponent {

    @Metadata(description = "The component's default configuration, shared by every endpoint.")
    private MessagingConfiguration configuration = new MessagingConfiguration();

    private SdkEventLoopGroup eventLoops;
    private ScheduledExecutorService rateLimitScheduler;
    private RateLimiters rateLimiters;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MessagingConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setContext(
                merge(configuration.getContext(), PropertiesHelper.extractProperties(parameters, "context.")));
        endpointConfiguration.setDestinationCountryParameters(merge(configuration.getDestinationCountryParameters(),
                PropertiesHelper.extractProperties(parameters, "destinationCountryParameters.")));
        MessagingEndpoint endpoint = new MessagingEndpoint(uri, this, operation(remaining), endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The Netty event loops shared by the AWS clients of every endpoint and consumer, created on first use and shut
     * down with the component.
     */
    public synchronized SdkEventLoopGroup eventLoops() {
        if (eventLoops == null) {
            eventLoops = SdkEventLoopGroup.builder().build();
        }
        return eventLoops;
    }

    /** The rate limiters shared by the endpoints of this component, created on first use. */
    synchronized RateLimiters rateLimiters() {
        if (rateLimiters == null) {
            rateLimitScheduler = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "MessagingRateLimit");
            rateLimiters = new RateLimiters(rateLimitScheduler);
        }
        return rateLimiters;
    }

    /** The rate limiters in use, for the dev console and JMX. */
    public synchronized List<RateLimiter> rateLimiterList() {
        return rateLimiters == null ? List.of() : List.copyOf(rateLimiters.all());
    }

    /**
     * Shuts the event loops down after every endpoint has stopped and closed its clients, with the quiet period the SDK
     * uses for its own loops so that the clients' last close callbacks still run.
     */
    @Override
    protected synchronized void doShutdown() throws Exception {
        if (eventLoops != null) {
            eventLoops.eventLoopGroup().shutdownGracefully(2, 15, TimeUnit.SECONDS);
            eventLoops = null;
        }
        if (rateLimitScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdown(rateLimitScheduler);
            rateLimitScheduler = null;
            rateLimiters = null;
        }
        super.doShutdown();
    }

    private static MessagingOperation operation(String remaining) {
        for (MessagingOperation operation : MessagingOperation.values()) {
            if (operation.name().equals(remaining)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown messaging operation '" + remaining + "': use one of "
                                           + Arrays.toString(MessagingOperation.values()));
    }

    private static Map<String, Object> merge(Map<String, Object> defaults, Map<String, Object> endpointValues) {
        if (endpointValues.isEmpty()) {
            return defaults;
        }
        Map<String, Object> merged = defaults == null ? new LinkedHashMap<>() : new LinkedHashMap<>(defaults);
        merged.putAll(endpointValues);
        return merged;
    }

    public MessagingConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MessagingConfiguration configuration) {
        this.configuration = configuration;
    }
}
