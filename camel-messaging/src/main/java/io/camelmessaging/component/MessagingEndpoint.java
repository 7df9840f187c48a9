package io.camelmessaging.component;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import io.camelmessaging.component.events.EventGridWebhookConsumer;
import io.camelmessaging.component.events.SqsEventConsumer;
import io.camelmessaging.component.media.MediaPolicy;
import io.camelmessaging.component.observe.MessagingProducerHealthCheck;
import io.camelmessaging.component.provider.ProviderContext;
import io.camelmessaging.component.provider.ProviderFactory;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.SupportedOptions;
import io.camelmessaging.component.ratelimit.RateLimitedOperation;
import io.camelmessaging.component.ratelimit.RateLimiter;
import io.camelmessaging.component.validation.SmsSegmentCounter;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.SynchronousDelegateProducer;

/**
 * Send SMS, MMS and multi-channel messages through AWS End User Messaging SMS, Amazon Pinpoint or Azure Communication
 * Services, and consume their delivery reports and inbound messages.
 */
@ManagedResource(description = "Managed Messaging Endpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "messaging", title = "Messaging", syntax = "messaging:operation",
             category = { Category.CLOUD, Category.MOBILE, Category.MESSAGING },
             headersClass = MessagingConstants.class)
public class MessagingEndpoint extends DefaultEndpoint {

    @UriPath(description = "The operation to perform.")
    @Metadata(required = true)
    private MessagingOperation operation;
    @UriParam
    private MessagingConfiguration configuration;
    @UriParam(label = "producer,advanced", description = "Send synchronously: the route's thread waits for the "
                                                         + "provider's answer instead of continuing on the client's "
                                                         + "threads.")
    private boolean synchronous;

    private ProviderFactory providerFactory;
    private ProviderOperation<?> providerOperation;
    private RateLimiter rateLimiter;
    private MediaPolicy mediaPolicy;

    public MessagingEndpoint(String uri, MessagingComponent component, MessagingOperation operation,
                             MessagingConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        if (!operation.sends()) {
            throw new IllegalArgumentException("messaging:events only consumes: use it in from(...), not to(...): "
                                               + getEndpointUri());
        }
        MessagingProducer producer = new MessagingProducer(this);
        return isSynchronous() ? new SynchronousDelegateProducer(producer) : producer;
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation.sends()) {
            throw new IllegalArgumentException("Operation " + operation + " only sends: consume delivery reports and "
                                               + "inbound messages with messaging:events, " + getEndpointUri());
        }
        Consumer consumer = switch (configuration.getProvider()) {
            case aws -> new SqsEventConsumer(this, processor);
            case azure -> new EventGridWebhookConsumer(this, processor);
        };
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        rejectUnsupportedOptions();
        if (!operation.sends()) {
            return;
        }
        if (configuration.isPojoRequest() && configuration.getSuppressionRepository() != null) {
            throw new IllegalArgumentException("suppressionRepository cannot check the recipients of a request the "
                                               + "route builds (pojoRequest=true): " + getEndpointUri());
        }
        mediaPolicy = MediaPolicy.of(configuration);
        providerFactory = configuration.getProvider().factory(
                new ProviderContext(configuration, getComponent()::eventLoops, mediaPolicy));
        providerOperation = rateLimited(providerFactory.create(operation));
    }

    @Override
    protected void doStop() throws Exception {
        if (providerFactory != null) {
            providerFactory.close();
            providerFactory = null;
        }
        super.doStop();
    }

    /** The operation within its shared rate limit: SMS parts per second (aws) or recipients per minute (azure). */
    private <O> ProviderOperation<O> rateLimited(ProviderOperation<O> delegate) {
        String provider = configuration.getProvider().name();
        Duration maxWait = Duration.ofMillis(configuration.getRateLimitMaxWait());
        if (configuration.getMaxPartsPerSecond() != null) {
            rateLimiter = getComponent().rateLimiters().limiter(provider,
                    configuration.getOriginationIdentity(), configuration.getMaxPartsPerSecond(), Duration.ofSeconds(1));
            boolean text = operation == MessagingOperation.sendTextMessage;
            return new RateLimitedOperation<>(delegate, rateLimiter, maxWait,
                    message -> text ? SmsSegmentCounter.count(message.body()).parts() : 1, 1, provider);
        }
        if (configuration.getMaxRecipientsPerMinute() != null) {
            rateLimiter = getComponent().rateLimiters().limiter(provider,
                    configuration.getOriginationIdentity(), configuration.getMaxRecipientsPerMinute(),
                    Duration.ofMinutes(1));
            return new RateLimitedOperation<>(delegate, rateLimiter, maxWait, message -> 1,
                    RecipientChunks.MAX_RECIPIENTS_PER_REQUEST, provider);
        }
        return delegate;
    }

    /** What media URLs that arrive in a message may reach. */
    public MediaPolicy getMediaPolicy() {
        return mediaPolicy;
    }

    @ManagedAttribute(description = "The shared rate limit this endpoint sends within, or null")
    public String getRateLimiterName() {
        return rateLimiter == null ? null : rateLimiter.toString();
    }

    @ManagedAttribute(description = "Tokens (SMS parts or recipients) the shared rate limit can grant now")
    public long getRateLimiterAvailableTokens() {
        return rateLimiter == null ? 0 : rateLimiter.availableTokens();
    }

    @ManagedAttribute(description = "Tokens the shared rate limit has granted")
    public long getRateLimiterGrantedTokens() {
        return rateLimiter == null ? 0 : rateLimiter.grantedTokens();
    }

    @ManagedAttribute(description = "Messages refused because they would have waited longer than rateLimitMaxWait")
    public long getRateLimiterRefusedAcquisitions() {
        return rateLimiter == null ? 0 : rateLimiter.refusedAcquisitions();
    }

    @ManagedAttribute(description = "How often the provider throttled a request sent within the shared rate limit")
    public long getRateLimiterProviderThrottles() {
        return rateLimiter == null ? 0 : rateLimiter.providerThrottles();
    }

    @ManagedAttribute(description = "Until when a provider's Retry-After pauses the shared rate limit, or null")
    public String getRateLimiterPausedUntil() {
        return rateLimiter == null || rateLimiter.pausedUntil() == null ? null : rateLimiter.pausedUntil().toString();
    }

    /**
     * Fails unless the provider offers the operation and supports every option the endpoint's URI sets to a value other
     * than the component's.
     */
    private void rejectUnsupportedOptions() {
        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) getComponent().getEndpointPropertyConfigurer();
        MessagingEndpoint defaults = new MessagingEndpoint(getEndpointUri(), getComponent(), operation,
                getComponent().getConfiguration().copy());
        SupportedOptions.check(configuration.getProvider(), operation, option -> {
            Object value = getter.getOptionValue(this, option, false);
            return !Objects.equals(value, getter.getOptionValue(defaults, option, false))
                   && !(value instanceof Map<?, ?> map && map.isEmpty());
        });
    }

    @Override
    public MessagingComponent getComponent() {
        return (MessagingComponent) super.getComponent();
    }

    /** The health check of this endpoint's producers: credentials resolvable, provider endpoint reachable. */
    MessagingProducerHealthCheck healthCheck() {
        String id = "producer:messaging-" + operation + "-" + configuration.getProvider() + "-" + getId();
        ProviderFactory factory = providerFactory;
        return new MessagingProducerHealthCheck(id, () -> factory.endpoint(operation), factory::checkCredentials);
    }

    /** The provider operation this endpoint sends with; set when the endpoint starts. */
    ProviderOperation<?> getProviderOperation() {
        return providerOperation;
    }

    public MessagingOperation getOperation() {
        return operation;
    }

    public void setOperation(MessagingOperation operation) {
        this.operation = operation;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public MessagingConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MessagingConfiguration configuration) {
        this.configuration = configuration;
    }
}
