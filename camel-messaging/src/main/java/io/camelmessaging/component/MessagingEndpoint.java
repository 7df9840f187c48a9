package io.camelmessaging.component;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

import io.camelmessaging.component.media.MediaPolicy;
import io.camelmessaging.component.observe.MessagingProducerHealthCheck;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.aws.AwsClientFactory;
import io.camelmessaging.component.provider.aws.AwsSendMediaMessage;
import io.camelmessaging.component.provider.aws.AwsSendMessages;
import io.camelmessaging.component.provider.aws.AwsSendTextMessage;
import io.camelmessaging.component.provider.azure.AcsConnection;
import io.camelmessaging.component.provider.azure.AcsConnectionFactory;
import io.camelmessaging.component.provider.azure.AzureSendMediaMessage;
import io.camelmessaging.component.provider.azure.AzureSendTextMessage;
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
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;

/**
 * Send SMS, MMS and multi-channel messages through AWS End User Messaging SMS, Amazon Pinpoint or Azure Communication
 * Services.
 */
@ManagedResource(description = "Managed Messaging Endpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "messaging", title = "Messaging", syntax = "messaging:operation",
             producerOnly = true, category = { Category.CLOUD, Category.MOBILE, Category.MESSAGING },
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

    private PinpointSmsVoiceV2AsyncClient ownedSmsVoiceClient;
    private URI providerEndpoint;
    private PinpointAsyncClient ownedPinpointClient;
    private ProviderOperation providerOperation;
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
        MessagingProducer producer = new MessagingProducer(this);
        return isSynchronous() ? new SynchronousDelegateProducer(producer) : producer;
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The messaging component only sends: " + getEndpointUri());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        mediaPolicy = MediaPolicy.of(configuration);
        providerOperation = createProviderOperation();
        rejectUnsupportedOptions();
        providerOperation = rateLimited(providerOperation);
    }

    @Override
    protected void doStop() throws Exception {
        if (ownedSmsVoiceClient != null) {
            ownedSmsVoiceClient.close();
            ownedSmsVoiceClient = null;
        }
        if (ownedPinpointClient != null) {
            ownedPinpointClient.close();
            ownedPinpointClient = null;
        }
        super.doStop();
    }

    private ProviderOperation createProviderOperation() {
        if (configuration.getProvider() == MessagingProvider.azure) {
            if (operation == MessagingOperation.sendMessages) {
                throw new IllegalArgumentException("Operation sendMessages is not offered for provider azure: use "
                                                   + "provider aws");
            }
            if (operation == MessagingOperation.sendTextMessage && configuration.getSmsClient() != null) {
                return new AzureSendTextMessage(configuration.getSmsClient());
            }
            AcsConnection connection = AcsConnectionFactory.create(configuration);
            providerEndpoint = URI.create(connection.endpoint());
            return operation == MessagingOperation.sendTextMessage
                    ? new AzureSendTextMessage(connection) : new AzureSendMediaMessage(connection, mediaPolicy);
        }
        if (operation == MessagingOperation.sendMessages) {
            PinpointAsyncClient pinpoint = configuration.getPinpointClient();
            if (pinpoint == null) {
                ownedPinpointClient = AwsClientFactory.pinpointClient(configuration, getComponent().eventLoops());
                pinpoint = ownedPinpointClient;
            }
            return new AwsSendMessages(pinpoint, configuration);
        }
        PinpointSmsVoiceV2AsyncClient client = configuration.getSmsVoiceClient();
        if (client == null) {
            ownedSmsVoiceClient = AwsClientFactory.smsVoiceClient(configuration, getComponent().eventLoops());
            client = ownedSmsVoiceClient;
        }
        return operation == MessagingOperation.sendTextMessage
                ? new AwsSendTextMessage(client) : new AwsSendMediaMessage(client);
    }

    /** The operation within its shared rate limit: SMS parts per second (aws) or recipients per minute (azure). */
    private ProviderOperation rateLimited(ProviderOperation delegate) {
        String provider = configuration.getProvider().name();
        Duration maxWait = Duration.ofMillis(configuration.getRateLimitMaxWait());
        if (configuration.getMaxPartsPerSecond() != null) {
            rateLimiter = getComponent().rateLimiters().limiter(provider,
                    configuration.getOriginationIdentity(), configuration.getMaxPartsPerSecond(), Duration.ofSeconds(1));
            boolean text = operation == MessagingOperation.sendTextMessage;
            return new RateLimitedOperation(delegate, rateLimiter, maxWait,
                    message -> text ? SmsSegmentCounter.count(message.body()).parts() : 1, 1, provider);
        }
        if (configuration.getMaxRecipientsPerMinute() != null) {
            rateLimiter = getComponent().rateLimiters().limiter(provider,
                    configuration.getOriginationIdentity(), configuration.getMaxRecipientsPerMinute(),
                    Duration.ofMinutes(1));
            return new RateLimitedOperation(delegate, rateLimiter, maxWait, message -> 1,
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

    private void rejectUnsupportedOptions() {
        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) getComponent().getEndpointPropertyConfigurer();
        Collection<String> setButUnsupported = new TreeSet<>();
        for (String option : providerOperation.unsupportedOptions()) {
            Object value = getter.getOptionValue(this, option, false);
            if (value != null && !(value instanceof Map<?, ?> map && map.isEmpty())) {
                setButUnsupported.add(option);
            }
        }
        if (!setButUnsupported.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + setButUnsupported + " are not supported by operation "
                                               + operation + " of provider " + configuration.getProvider());
        }
    }

    @Override
    public MessagingComponent getComponent() {
        return (MessagingComponent) super.getComponent();
    }

    /** The health check of this endpoint's producers: AWS credentials resolvable, provider endpoint reachable. */
    MessagingProducerHealthCheck healthCheck() {
        String id = "producer:messaging-" + operation + "-" + configuration.getProvider() + "-" + getId();
        boolean ownAwsClient = ownedSmsVoiceClient != null || ownedPinpointClient != null;
        return new MessagingProducerHealthCheck(id, this::providerEndpoint, () -> {
            if (ownAwsClient) {
                AwsClientFactory.credentials(configuration).resolveCredentials();
            }
        });
    }

    /** Where the provider operation sends: the endpoint override, the ACS resource, or the AWS regional endpoint. */
    private URI providerEndpoint() {
        if (providerEndpoint != null) {
            return providerEndpoint;
        }
        if (configuration.isOverrideEndpoint()) {
            return URI.create(configuration.getUriEndpointOverride());
        }
        String service = operation == MessagingOperation.sendMessages ? "pinpoint" : "sms-voice";
        return URI.create("https://" + service + "." + configuration.getRegion() + ".amazonaws.com");
    }

    /** The provider operation this endpoint sends with; set when the endpoint starts. */
    ProviderOperation getProviderOperation() {
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
