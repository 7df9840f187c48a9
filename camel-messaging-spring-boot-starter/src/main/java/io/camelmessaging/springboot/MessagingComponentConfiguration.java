package io.camelmessaging.springboot;

import java.util.List;
import java.util.Map;

import com.azure.communication.sms.SmsAsyncClient;
import com.azure.core.credential.TokenCredential;
import io.camelmessaging.component.AzureCredentialType;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingProvider;
import io.camelmessaging.component.PhoneNumberCheck;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;
import software.amazon.awssdk.core.Protocol;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The {@code camel.component.messaging.*} properties: one per option of the {@code messaging} component, copied onto
 * the component when Camel creates it. Options left unset keep the component's own defaults.
 * <p>
 * Generated from {@code messaging.json} by {@code GeneratedConfigurationTest}: do not edit.
 */
@ConfigurationProperties(prefix = "camel.component.messaging")
public class MessagingComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The option types that a property may name a bean of: {@code #id} or {@code #bean:id}. */
    public static final List<Class<?>> BEAN_REFERENCE_TYPES = List.of(
            MessagingConfiguration.class,
            IdempotentRepository.class,
            SqsAsyncClient.class,
            PinpointAsyncClient.class,
            SmsAsyncClient.class,
            PinpointSmsVoiceV2AsyncClient.class,
            IdempotentRepository.class,
            TokenCredential.class);

    /**
     * The component's default configuration, shared by every endpoint.
     */
    private MessagingConfiguration configuration;

    /**
     * The Azure Communication Services endpoint, e.g. https://my-resource.communication.azure.com.
     */
    private String endpoint;

    /**
     * Send to uriEndpointOverride instead of the provider's endpoint.
     */
    private Boolean overrideEndpoint;

    /**
     * The provider to send through.
     */
    private MessagingProvider provider;

    /**
     * The AWS region, e.g. us-east-1.
     */
    private String region;

    /**
     * The endpoint URI used with overrideEndpoint, e.g. the sandbox's.
     */
    private String uriEndpointOverride;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore
     * bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd
     * party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler;

    /**
     * How many polls of the SQS queue run at once (aws).
     */
    private Integer concurrentConsumers;

    /**
     * Remembers the ids of the events handled, so that an event the provider delivers again is dropped; by default the
     * last 10,000 ids in memory.
     */
    private IdempotentRepository idempotentRepository;

    /**
     * How many SQS messages a poll receives at most (1-10, aws).
     */
    private Integer maxMessages;

    /**
     * The path of the Event Grid webhook on Camel's platform-http (azure), e.g. /events/acs.
     */
    private String path;

    /**
     * The SQS queue the events consumer polls for AWS events (aws), e.g.
     * https://sqs.us-east-1.amazonaws.com/123456789012/sms-events.
     */
    private String queueUrl;

    /**
     * How long, in seconds (0-20), a poll of the SQS queue waits for a message (aws).
     */
    private Integer waitTimeSeconds;

    /**
     * The SQS client the events consumer polls with (aws); when one client is in the registry it is used. Never closed
     * by the component.
     */
    private SqsAsyncClient sqsClient;

    /**
     * The Amazon Pinpoint application (project) id (sendMessages).
     */
    private String applicationId;

    /**
     * The channel of the addresses given as a list (sendMessages).
     */
    private String channelType;

    /**
     * The configuration set that receives events of the message (aws).
     */
    private String configurationSetName;

    /**
     * Context key/value pairs sent with the message (aws), e.g. context.orderId=42. This is a multi-value option with
     * prefix: context.
     */
    private Map<String, Object> context;

    /**
     * Region (ISO 3166 code such as US) used to turn national phone numbers into E.164 before sending.
     */
    private String defaultRegion;

    /**
     * Destination country parameters (aws, text only), e.g. destinationCountryParameters.IN_ENTITY_ID=1234. This is a
     * multi-value option with prefix: destinationCountryParameters.
     */
    private Map<String, Object> destinationCountryParameters;

    /**
     * The recipient phone number(s), comma-separated. The header CamelMessagingDestinationPhoneNumber overrides it.
     */
    private String destinationPhoneNumber;

    /**
     * When true the provider validates the message but does not send it (aws).
     */
    private Boolean dryRun;

    /**
     * Whether the provider reports delivery (azure).
     */
    private Boolean enableDeliveryReport;

    /**
     * The registered keyword of the sender (aws, text only).
     */
    private String keyword;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer;

    /**
     * Refuse, before sending, a text that would cost more SMS parts than this.
     */
    private Integer maxParts;

    /**
     * The highest price per message part you are willing to pay, e.g. 0.05 (aws).
     */
    private String maxPrice;

    /**
     * Media URL(s) of a media message, comma-separated; aws takes one s3://bucket/key URL.
     */
    private String mediaUrl;

    /**
     * The message text; when unset, the message body is the text.
     */
    private String messageBody;

    /**
     * Whether message feedback is enabled for the message (aws).
     */
    private Boolean messageFeedbackEnabled;

    /**
     * The message type (aws, text only).
     */
    private String messageType;

    /**
     * The sender: a phone number, sender id, pool id or ARN (aws), or the from number (azure). In a URI a plus sign
     * reads as a space: write a phone number as %2B12065550100 or inside RAW().
     */
    private String originationIdentity;

    /**
     * How strictly phone numbers are checked: the provider's pattern, or also libphonenumber's possible or valid check.
     */
    private PhoneNumberCheck phoneNumberCheck;

    /**
     * When true the body must be the provider SDK's request object, which is sent as it is; the SDK response becomes
     * the body.
     */
    private Boolean pojoRequest;

    /**
     * The protect configuration to apply (aws).
     */
    private String protectConfigurationId;

    /**
     * The sender id of SMS messages (sendMessages).
     */
    private String senderId;

    /**
     * A tag returned in the delivery reports (azure).
     */
    private String tag;

    /**
     * The message template to use for the channel (sendMessages).
     */
    private String templateName;

    /**
     * How long, in seconds, the provider tries to deliver the message (aws, 5-259200).
     */
    private Integer timeToLive;

    /**
     * How long, in seconds, the provider tries to deliver the text (azure sendTextMessage, 1-18000; ACS's default is
     * 18000).
     */
    private Integer validityPeriodSeconds;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;

    /**
     * The Amazon Pinpoint client to use for sendMessages; when one client is in the registry it is used. Never closed
     * by the component.
     */
    private PinpointAsyncClient pinpointClient;

    /**
     * The Azure SMS client to use for provider azure; when one client is in the registry it is used. With it the SDK
     * chooses the repeatability ids, so redeliveries are protected only by skipping accepted recipients. Never closed
     * by the component.
     */
    private SmsAsyncClient smsClient;

    /**
     * The AWS End User Messaging SMS client to use; when one client is in the registry it is used. A client supplied
     * here is never closed by the component.
     */
    private PinpointSmsVoiceV2AsyncClient smsVoiceClient;

    /**
     * The Azure Communication Services access key (base64), used with endpoint (credentialType=ACCESS_KEY).
     */
    private String azureAccessKey;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default
     * disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * Proxy host for the AWS client.
     */
    private String proxyHost;

    /**
     * Proxy port for the AWS client.
     */
    private Integer proxyPort;

    /**
     * Proxy protocol for the AWS client.
     */
    private Protocol proxyProtocol;

    /**
     * Send at most this many SMS message parts per second (aws), shared by every endpoint with the same origination
     * identity.
     */
    private Integer maxPartsPerSecond;

    /**
     * Send to at most this many recipients per minute (azure), shared by every endpoint with the same origination
     * identity.
     */
    private Integer maxRecipientsPerMinute;

    /**
     * How long, in milliseconds, a message may wait for the rate limit before it fails with
     * MessagingThrottledException.
     */
    private Long rateLimitMaxWait;

    /**
     * AWS access key id. Never used for Azure: the ACS access key is azureAccessKey.
     */
    private String accessKey;

    /**
     * The media URL schemes a value that arrives in a message (header CamelMessagingMediaUrls) may use,
     * comma-separated: s3 (aws, read by AWS) and file (azure, read from under mediaBaseDir only). Media URLs in the
     * endpoint URI or component options are the route author's and may also use classpath:.
     */
    private String allowedMediaSchemes;

    /**
     * The Azure Communication Services connection string (endpoint=https://...;accesskey=...).
     */
    private String connectionString;

    /**
     * How to authenticate to Azure Communication Services; when unset it follows from the options given
     * (connectionString, endpoint and azureAccessKey, or tokenCredential).
     */
    private AzureCredentialType credentialType;

    /**
     * The largest media file read for a message, in bytes (azure; default 1048576), checked before and while reading.
     */
    private Long maxMediaSize;

    /**
     * Refuse, before sending, a message to more recipients than this.
     */
    private Integer maxRecipients;

    /**
     * The directory that file: media URLs arriving in a message must lie under (checked on the real path, after links
     * and ..); required when allowedMediaSchemes has file.
     */
    private String mediaBaseDir;

    /**
     * The profile name used with useProfileCredentialsProvider.
     */
    private String profileCredentialsName;

    /**
     * AWS secret access key.
     */
    private String secretKey;

    /**
     * AWS session token of temporary credentials; used with useSessionCredentials.
     */
    private String sessionToken;

    /**
     * Phone numbers that must not be messaged: the events consumer adds the sender of every opt-out (STOP) and removes
     * it on an opt-in (START); a sending endpoint sends to none of them (result OPT_OUT, error code SUPPRESSED, no
     * request). Share one repository (Hazelcast, JDBC, Redis) to serve every route and node.
     */
    private IdempotentRepository suppressionRepository;

    /**
     * The Azure TokenCredential for credentialType=TOKEN_CREDENTIAL.
     */
    private TokenCredential tokenCredential;

    /**
     * Trust every TLS certificate (for test endpoints only).
     */
    private Boolean trustAllCertificates;

    /**
     * Use the AWS default credentials provider chain (environment, profile, container or instance role).
     */
    private Boolean useDefaultCredentialsProvider;

    /**
     * Use the AWS profile credentials provider.
     */
    private Boolean useProfileCredentialsProvider;

    /**
     * Use temporary session credentials (accessKey, secretKey and sessionToken).
     */
    private Boolean useSessionCredentials;

    /**
     * The secret the Event Grid subscription sends as query parameter secret or header X-Webhook-Secret (azure).
     */
    private String webhookSecret;

    public MessagingConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(MessagingConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public Boolean getOverrideEndpoint() {
        return overrideEndpoint;
    }

    public void setOverrideEndpoint(Boolean overrideEndpoint) {
        this.overrideEndpoint = overrideEndpoint;
    }

    public MessagingProvider getProvider() {
        return provider;
    }

    public void setProvider(MessagingProvider provider) {
        this.provider = provider;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getUriEndpointOverride() {
        return uriEndpointOverride;
    }

    public void setUriEndpointOverride(String uriEndpointOverride) {
        this.uriEndpointOverride = uriEndpointOverride;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Integer getConcurrentConsumers() {
        return concurrentConsumers;
    }

    public void setConcurrentConsumers(Integer concurrentConsumers) {
        this.concurrentConsumers = concurrentConsumers;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Integer getMaxMessages() {
        return maxMessages;
    }

    public void setMaxMessages(Integer maxMessages) {
        this.maxMessages = maxMessages;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getQueueUrl() {
        return queueUrl;
    }

    public void setQueueUrl(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    public Integer getWaitTimeSeconds() {
        return waitTimeSeconds;
    }

    public void setWaitTimeSeconds(Integer waitTimeSeconds) {
        this.waitTimeSeconds = waitTimeSeconds;
    }

    public SqsAsyncClient getSqsClient() {
        return sqsClient;
    }

    public void setSqsClient(SqsAsyncClient sqsClient) {
        this.sqsClient = sqsClient;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public String getChannelType() {
        return channelType;
    }

    public void setChannelType(String channelType) {
        this.channelType = channelType;
    }

    public String getConfigurationSetName() {
        return configurationSetName;
    }

    public void setConfigurationSetName(String configurationSetName) {
        this.configurationSetName = configurationSetName;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public void setContext(Map<String, Object> context) {
        this.context = context;
    }

    public String getDefaultRegion() {
        return defaultRegion;
    }

    public void setDefaultRegion(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public Map<String, Object> getDestinationCountryParameters() {
        return destinationCountryParameters;
    }

    public void setDestinationCountryParameters(Map<String, Object> destinationCountryParameters) {
        this.destinationCountryParameters = destinationCountryParameters;
    }

    public String getDestinationPhoneNumber() {
        return destinationPhoneNumber;
    }

    public void setDestinationPhoneNumber(String destinationPhoneNumber) {
        this.destinationPhoneNumber = destinationPhoneNumber;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Boolean getEnableDeliveryReport() {
        return enableDeliveryReport;
    }

    public void setEnableDeliveryReport(Boolean enableDeliveryReport) {
        this.enableDeliveryReport = enableDeliveryReport;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getMaxParts() {
        return maxParts;
    }

    public void setMaxParts(Integer maxParts) {
        this.maxParts = maxParts;
    }

    public String getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(String maxPrice) {
        this.maxPrice = maxPrice;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public void setMediaUrl(String mediaUrl) {
        this.mediaUrl = mediaUrl;
    }

    public String getMessageBody() {
        return messageBody;
    }

    public void setMessageBody(String messageBody) {
        this.messageBody = messageBody;
    }

    public Boolean getMessageFeedbackEnabled() {
        return messageFeedbackEnabled;
    }

    public void setMessageFeedbackEnabled(Boolean messageFeedbackEnabled) {
        this.messageFeedbackEnabled = messageFeedbackEnabled;
    }

    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    public String getOriginationIdentity() {
        return originationIdentity;
    }

    public void setOriginationIdentity(String originationIdentity) {
        this.originationIdentity = originationIdentity;
    }

    public PhoneNumberCheck getPhoneNumberCheck() {
        return phoneNumberCheck;
    }

    public void setPhoneNumberCheck(PhoneNumberCheck phoneNumberCheck) {
        this.phoneNumberCheck = phoneNumberCheck;
    }

    public Boolean getPojoRequest() {
        return pojoRequest;
    }

    public void setPojoRequest(Boolean pojoRequest) {
        this.pojoRequest = pojoRequest;
    }

    public String getProtectConfigurationId() {
        return protectConfigurationId;
    }

    public void setProtectConfigurationId(String protectConfigurationId) {
        this.protectConfigurationId = protectConfigurationId;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public Integer getTimeToLive() {
        return timeToLive;
    }

    public void setTimeToLive(Integer timeToLive) {
        this.timeToLive = timeToLive;
    }

    public Integer getValidityPeriodSeconds() {
        return validityPeriodSeconds;
    }

    public void setValidityPeriodSeconds(Integer validityPeriodSeconds) {
        this.validityPeriodSeconds = validityPeriodSeconds;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public PinpointAsyncClient getPinpointClient() {
        return pinpointClient;
    }

    public void setPinpointClient(PinpointAsyncClient pinpointClient) {
        this.pinpointClient = pinpointClient;
    }

    public SmsAsyncClient getSmsClient() {
        return smsClient;
    }

    public void setSmsClient(SmsAsyncClient smsClient) {
        this.smsClient = smsClient;
    }

    public PinpointSmsVoiceV2AsyncClient getSmsVoiceClient() {
        return smsVoiceClient;
    }

    public void setSmsVoiceClient(PinpointSmsVoiceV2AsyncClient smsVoiceClient) {
        this.smsVoiceClient = smsVoiceClient;
    }

    public String getAzureAccessKey() {
        return azureAccessKey;
    }

    public void setAzureAccessKey(String azureAccessKey) {
        this.azureAccessKey = azureAccessKey;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public Protocol getProxyProtocol() {
        return proxyProtocol;
    }

    public void setProxyProtocol(Protocol proxyProtocol) {
        this.proxyProtocol = proxyProtocol;
    }

    public Integer getMaxPartsPerSecond() {
        return maxPartsPerSecond;
    }

    public void setMaxPartsPerSecond(Integer maxPartsPerSecond) {
        this.maxPartsPerSecond = maxPartsPerSecond;
    }

    public Integer getMaxRecipientsPerMinute() {
        return maxRecipientsPerMinute;
    }

    public void setMaxRecipientsPerMinute(Integer maxRecipientsPerMinute) {
        this.maxRecipientsPerMinute = maxRecipientsPerMinute;
    }

    public Long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(Long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getAllowedMediaSchemes() {
        return allowedMediaSchemes;
    }

    public void setAllowedMediaSchemes(String allowedMediaSchemes) {
        this.allowedMediaSchemes = allowedMediaSchemes;
    }

    public String getConnectionString() {
        return connectionString;
    }

    public void setConnectionString(String connectionString) {
        this.connectionString = connectionString;
    }

    public AzureCredentialType getCredentialType() {
        return credentialType;
    }

    public void setCredentialType(AzureCredentialType credentialType) {
        this.credentialType = credentialType;
    }

    public Long getMaxMediaSize() {
        return maxMediaSize;
    }

    public void setMaxMediaSize(Long maxMediaSize) {
        this.maxMediaSize = maxMediaSize;
    }

    public Integer getMaxRecipients() {
        return maxRecipients;
    }

    public void setMaxRecipients(Integer maxRecipients) {
        this.maxRecipients = maxRecipients;
    }

    public String getMediaBaseDir() {
        return mediaBaseDir;
    }

    public void setMediaBaseDir(String mediaBaseDir) {
        this.mediaBaseDir = mediaBaseDir;
    }

    public String getProfileCredentialsName() {
        return profileCredentialsName;
    }

    public void setProfileCredentialsName(String profileCredentialsName) {
        this.profileCredentialsName = profileCredentialsName;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public void setSessionToken(String sessionToken) {
        this.sessionToken = sessionToken;
    }

    public IdempotentRepository getSuppressionRepository() {
        return suppressionRepository;
    }

    public void setSuppressionRepository(IdempotentRepository suppressionRepository) {
        this.suppressionRepository = suppressionRepository;
    }

    public TokenCredential getTokenCredential() {
        return tokenCredential;
    }

    public void setTokenCredential(TokenCredential tokenCredential) {
        this.tokenCredential = tokenCredential;
    }

    public Boolean getTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(Boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
    }

    public Boolean getUseDefaultCredentialsProvider() {
        return useDefaultCredentialsProvider;
    }

    public void setUseDefaultCredentialsProvider(Boolean useDefaultCredentialsProvider) {
        this.useDefaultCredentialsProvider = useDefaultCredentialsProvider;
    }

    public Boolean getUseProfileCredentialsProvider() {
        return useProfileCredentialsProvider;
    }

    public void setUseProfileCredentialsProvider(Boolean useProfileCredentialsProvider) {
        this.useProfileCredentialsProvider = useProfileCredentialsProvider;
    }

    public Boolean getUseSessionCredentials() {
        return useSessionCredentials;
    }

    public void setUseSessionCredentials(Boolean useSessionCredentials) {
        this.useSessionCredentials = useSessionCredentials;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }
}
