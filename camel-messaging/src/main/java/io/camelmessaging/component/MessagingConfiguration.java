package io.camelmessaging.component;

import java.util.Map;

import com.azure.communication.sms.SmsAsyncClient;
import com.azure.core.credential.TokenCredential;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import software.amazon.awssdk.core.Protocol;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * Options of the messaging component and its endpoints. Every per-message option can be overridden by the header of
 * the same name ({@code CamelMessaging} + the option name with a capital first letter).
 */
@UriParams
public class MessagingConfiguration implements Cloneable {

    @UriParam(defaultValue = "aws", description = "The provider to send through.")
    private MessagingProvider provider = MessagingProvider.aws;

    @UriParam(label = "producer", description = "The sender: a phone number, sender id, pool id or ARN (aws), or the "
                                                + "`from` number (azure). In a URI a plus sign reads as a space: "
                                                + "write a phone number as `%2B12065550100` or inside `RAW()`.")
    private String originationIdentity;
    @UriParam(label = "producer", description = "The recipient phone number(s), comma-separated. The header "
                                                + "`CamelMessagingDestinationPhoneNumber` overrides it.")
    private String destinationPhoneNumber;
    @UriParam(label = "producer", description = "The message text; when unset, the message body is the text.")
    private String messageBody;
    @UriParam(label = "producer", description = "Media URL(s) of a media message, comma-separated; aws takes one "
                                                + "`s3://bucket/key` URL.")
    private String mediaUrl;
    @UriParam(label = "producer", description = "The highest price per message part you are willing to pay, e.g. "
                                                + "`0.05` (aws).")
    private String maxPrice;
    @UriParam(label = "producer", description = "How long, in seconds, the provider tries to deliver the message "
                                                + "(aws, 5-259200).")
    private Integer timeToLive;
    @UriParam(label = "producer", description = "The configuration set that receives events of the message (aws).")
    private String configurationSetName;
    @UriParam(label = "producer", prefix = "context.", multiValue = true,
              description = "Context key/value pairs sent with the message (aws), e.g. `context.orderId=42`.")
    private Map<String, Object> context;
    @UriParam(label = "producer", prefix = "destinationCountryParameters.", multiValue = true,
              description = "Destination country parameters (aws, text only), e.g. "
                            + "`destinationCountryParameters.IN_ENTITY_ID=1234`.")
    private Map<String, Object> destinationCountryParameters;
    @UriParam(label = "producer", enums = "TRANSACTIONAL,PROMOTIONAL",
              description = "The message type (aws, text only).")
    private String messageType;
    @UriParam(label = "producer", description = "The registered keyword of the sender (aws, text only).")
    private String keyword;
    @UriParam(label = "producer", description = "When true the provider validates the message but does not send it "
                                                + "(aws).")
    private Boolean dryRun;
    @UriParam(label = "producer", description = "The protect configuration to apply (aws).")
    private String protectConfigurationId;
    @UriParam(label = "producer", description = "Whether message feedback is enabled for the message (aws).")
    private Boolean messageFeedbackEnabled;
    @UriParam(label = "producer", description = "Whether the provider reports delivery (azure).")
    private Boolean enableDeliveryReport;
    @UriParam(label = "producer", description = "A tag returned in the delivery reports (azure).")
    private String tag;
    @UriParam(label = "producer", description = "How long, in seconds, the provider tries to deliver the text (azure "
                                                + "sendTextMessage, 1-18000; ACS's default is 18000).")
    private Integer validityPeriodSeconds;
    @UriParam(label = "producer", description = "The Amazon Pinpoint application (project) id (sendMessages).")
    private String applicationId;
    @UriParam(label = "producer", defaultValue = "SMS",
              enums = "SMS,VOICE,EMAIL,PUSH,GCM,APNS,APNS_SANDBOX,APNS_VOIP,APNS_VOIP_SANDBOX,ADM,BAIDU,CUSTOM,IN_APP",
              description = "The channel of the addresses given as a list (sendMessages).")
    private String channelType = "SMS";
    @UriParam(label = "producer", description = "The sender id of SMS messages (sendMessages).")
    private String senderId;
    @UriParam(label = "producer", description = "The message template to use for the channel (sendMessages).")
    private String templateName;
    @UriParam(label = "producer,rate", description = "Send at most this many SMS message parts per second (aws), "
                                                     + "shared by every endpoint with the same origination identity.")
    private Integer maxPartsPerSecond;
    @UriParam(label = "producer,rate", description = "Send to at most this many recipients per minute (azure), shared "
                                                     + "by every endpoint with the same origination identity.")
    private Integer maxRecipientsPerMinute;
    @UriParam(label = "producer,rate", defaultValue = "60000", description = "How long, in milliseconds, a message "
                                                                           + "may wait for the rate limit before it "
                                                                           + "fails with MessagingThrottledException.")
    private long rateLimitMaxWait = 60000;
    @UriParam(label = "producer", description = "Refuse, before sending, a text that would cost more SMS parts than "
                                                + "this.")
    private Integer maxParts;
    @UriParam(label = "producer", description = "Region (ISO 3166 code such as `US`) used to turn national phone "
                                                + "numbers into E.164 before sending.")
    private String defaultRegion;
    @UriParam(label = "producer", defaultValue = "pattern",
              description = "How strictly phone numbers are checked: the provider's `pattern`, or also "
                            + "libphonenumber's `possible` or `valid` check.")
    private PhoneNumberCheck phoneNumberCheck = PhoneNumberCheck.pattern;
    @UriParam(label = "producer", description = "When true the body must be the provider SDK's request object, which "
                                                + "is sent as it is; the SDK response becomes the body.")
    private boolean pojoRequest;
    @UriParam(label = "producer,security", defaultValue = "1000",
              description = "Refuse, before sending, a message to more recipients than this.")
    private int maxRecipients = 1000;
    @UriParam(label = "producer,security", defaultValue = "s3",
              description = "The media URL schemes a value that arrives in a message (header "
                            + "`CamelMessagingMediaUrls`) may use, comma-separated: `s3` (aws, read by AWS) and "
                            + "`file` (azure, read from under `mediaBaseDir` only). Media URLs in the endpoint URI or "
                            + "component options are the route author's and may also use `classpath:`.")
    private String allowedMediaSchemes = "s3";
    @UriParam(label = "producer,security", description = "The directory that `file:` media URLs arriving in a message "
                                                         + "must lie under (checked on the real path, after links "
                                                         + "and `..`); required when `allowedMediaSchemes` has "
                                                         + "`file`.")
    private String mediaBaseDir;
    @UriParam(label = "producer,security", description = "The largest media file read for a message, in bytes "
                                                         + "(azure; default 1048576), checked before and while "
                                                         + "reading.")
    private Long maxMediaSize;

    @UriParam(label = "common", description = "The AWS region, e.g. `us-east-1`.")
    private String region;
    @UriParam(label = "security", secret = true, description = "AWS access key id. Never used for Azure: the ACS "
                                                              + "access key is `azureAccessKey`.")
    private String accessKey;
    @UriParam(label = "security", secret = true, description = "AWS secret access key.")
    private String secretKey;
    @UriParam(label = "security", secret = true, description = "AWS session token of temporary credentials; used "
                                                              + "with `useSessionCredentials`.")
    private String sessionToken;
    @UriParam(label = "security", description = "Use the AWS default credentials provider chain (environment, "
                                                + "profile, container or instance role).")
    private boolean useDefaultCredentialsProvider;
    @UriParam(label = "security", description = "Use the AWS profile credentials provider.")
    private boolean useProfileCredentialsProvider;
    @UriParam(label = "security", description = "Use temporary session credentials (accessKey, secretKey and "
                                                + "sessionToken).")
    private boolean useSessionCredentials;
    @UriParam(label = "security", description = "The profile name used with `useProfileCredentialsProvider`.")
    private String profileCredentialsName;
    @UriParam(label = "security", enums = "CONNECTION_STRING,ACCESS_KEY,TOKEN_CREDENTIAL,AZURE_IDENTITY",
              description = "How to authenticate to Azure Communication Services; when unset it follows from the "
                            + "options given (connectionString, endpoint and azureAccessKey, or tokenCredential).")
    private AzureCredentialType credentialType;
    @UriParam(label = "security", secret = true, description = "The Azure Communication Services connection string "
                                                              + "(`endpoint=https://...;accesskey=...`).")
    private String connectionString;
    @UriParam(label = "azure", secret = true, description = "The Azure Communication Services access key "
                                                           + "(base64), used with `endpoint` "
                                                           + "(credentialType=ACCESS_KEY).")
    private String azureAccessKey;
    @UriParam(label = "common", description = "The Azure Communication Services endpoint, e.g. "
                                              + "`https://my-resource.communication.azure.com`.")
    private String endpoint;
    @UriParam(label = "security", description = "The Azure TokenCredential for credentialType=TOKEN_CREDENTIAL.")
    @Metadata(autowired = true)
    private TokenCredential tokenCredential;
    @UriParam(label = "common", description = "Send to `uriEndpointOverride` instead of the provider's endpoint.")
    private boolean overrideEndpoint;
    @UriParam(label = "common", description = "The endpoint URI used with `overrideEndpoint`, e.g. the sandbox's.")
    private String uriEndpointOverride;
    @UriParam(label = "security", description = "Trust every TLS certificate (for test endpoints only).")
    private boolean trustAllCertificates;
    @UriParam(label = "proxy", description = "Proxy host for the AWS client.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "Proxy port for the AWS client.")
    private Integer proxyPort;
    @UriParam(label = "proxy", defaultValue = "HTTPS", description = "Proxy protocol for the AWS client.")
    private Protocol proxyProtocol = Protocol.HTTPS;
    @UriParam(label = "advanced", description = "The AWS End User Messaging SMS client to use; when one client is in "
                                                + "the registry it is used. A client supplied here is never closed by "
                                                + "the component.")
    @Metadata(autowired = true)
    private PinpointSmsVoiceV2AsyncClient smsVoiceClient;

    @UriParam(label = "advanced", description = "The Azure SMS client to use for provider azure; when one client is in "
                                                + "the registry it is used. With it the SDK chooses the repeatability "
                                                + "ids, so redeliveries are protected only by skipping accepted "
                                                + "recipients. Never closed by the component.")
    @Metadata(autowired = true)
    private SmsAsyncClient smsClient;

    @UriParam(label = "advanced", description = "The Amazon Pinpoint client to use for sendMessages; when one client "
                                                + "is in the registry it is used. Never closed by the component.")
    @Metadata(autowired = true)
    private PinpointAsyncClient pinpointClient;

    @UriParam(label = "common,security", description = "Phone numbers that must not be messaged: the `events` "
                                                      + "consumer adds the sender of every opt-out (STOP) and removes "
                                                      + "it on an opt-in (START); a sending endpoint sends to none "
                                                      + "of them (result OPT_OUT, error code SUPPRESSED, no request). "
                                                      + "Share one repository (Hazelcast, JDBC, Redis) to serve "
                                                      + "every route and node.")
    private IdempotentRepository suppressionRepository;

    @UriParam(label = "consumer", description = "The SQS queue the `events` consumer polls for AWS events (aws), e.g. "
                                                + "`https://sqs.us-east-1.amazonaws.com/123456789012/sms-events`.")
    private String queueUrl;
    @UriParam(label = "consumer", defaultValue = "20", description = "How long, in seconds (0-20), a poll of the "
                                                                     + "SQS queue waits for a message (aws).")
    private int waitTimeSeconds = 20;
    @UriParam(label = "consumer", defaultValue = "10", description = "How many SQS messages a poll receives at most "
                                                                     + "(1-10, aws).")
    private int maxMessages = 10;
    @UriParam(label = "consumer", defaultValue = "1", description = "How many polls of the SQS queue run at once "
                                                                    + "(aws).")
    private int concurrentConsumers = 1;
    @UriParam(label = "consumer,advanced", description = "The SQS client the `events` consumer polls with (aws); when "
                                                         + "one client is in the registry it is used. Never closed "
                                                         + "by the component.")
    @Metadata(autowired = true)
    private SqsAsyncClient sqsClient;
    @UriParam(label = "consumer", description = "The path of the Event Grid webhook on Camel's platform-http (azure), "
                                                + "e.g. `/events/acs`.")
    private String path;
    @UriParam(label = "consumer,security", secret = true, description = "The secret the Event Grid subscription sends "
                                                                        + "as query parameter `secret` or header "
                                                                        + "`X-Webhook-Secret` (azure).")
    private String webhookSecret;
    @UriParam(label = "consumer", description = "Remembers the ids of the events handled, so that an event the "
                                                + "provider delivers again is dropped; by default the last 10,000 "
                                                + "ids in memory.")
    private IdempotentRepository idempotentRepository;

    /** A copy that an endpoint can change without changing the component's configuration. */
    public MessagingConfiguration copy() {
        try {
            return (MessagingConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public MessagingProvider getProvider() {
        return provider;
    }

    public void setProvider(MessagingProvider provider) {
        this.provider = provider;
    }

    public String getOriginationIdentity() {
        return originationIdentity;
    }

    public void setOriginationIdentity(String originationIdentity) {
        this.originationIdentity = originationIdentity;
    }

    public String getDestinationPhoneNumber() {
        return destinationPhoneNumber;
    }

    public void setDestinationPhoneNumber(String destinationPhoneNumber) {
        this.destinationPhoneNumber = destinationPhoneNumber;
    }

    public String getMessageBody() {
        return messageBody;
    }

    public void setMessageBody(String messageBody) {
        this.messageBody = messageBody;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public void setMediaUrl(String mediaUrl) {
        this.mediaUrl = mediaUrl;
    }

    public String getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(String maxPrice) {
        this.maxPrice = maxPrice;
    }

    public Integer getTimeToLive() {
        return timeToLive;
    }

    public void setTimeToLive(Integer timeToLive) {
        this.timeToLive = timeToLive;
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

    public Map<String, Object> getDestinationCountryParameters() {
        return destinationCountryParameters;
    }

    public void setDestinationCountryParameters(Map<String, Object> destinationCountryParameters) {
        this.destinationCountryParameters = destinationCountryParameters;
    }

    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getProtectConfigurationId() {
        return protectConfigurationId;
    }

    public void setProtectConfigurationId(String protectConfigurationId) {
        this.protectConfigurationId = protectConfigurationId;
    }

    public Boolean getMessageFeedbackEnabled() {
        return messageFeedbackEnabled;
    }

    public void setMessageFeedbackEnabled(Boolean messageFeedbackEnabled) {
        this.messageFeedbackEnabled = messageFeedbackEnabled;
    }

    public Boolean getEnableDeliveryReport() {
        return enableDeliveryReport;
    }

    public void setEnableDeliveryReport(Boolean enableDeliveryReport) {
        this.enableDeliveryReport = enableDeliveryReport;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Integer getValidityPeriodSeconds() {
        return validityPeriodSeconds;
    }

    public void setValidityPeriodSeconds(Integer validityPeriodSeconds) {
        this.validityPeriodSeconds = validityPeriodSeconds;
    }

    public AzureCredentialType getCredentialType() {
        return credentialType;
    }

    public void setCredentialType(AzureCredentialType credentialType) {
        this.credentialType = credentialType;
    }

    public String getConnectionString() {
        return connectionString;
    }

    public void setConnectionString(String connectionString) {
        this.connectionString = connectionString;
    }

    public String getAzureAccessKey() {
        return azureAccessKey;
    }

    public void setAzureAccessKey(String azureAccessKey) {
        this.azureAccessKey = azureAccessKey;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public TokenCredential getTokenCredential() {
        return tokenCredential;
    }

    public void setTokenCredential(TokenCredential tokenCredential) {
        this.tokenCredential = tokenCredential;
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

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
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

    public int getMaxRecipients() {
        return maxRecipients;
    }

    public void setMaxRecipients(int maxRecipients) {
        this.maxRecipients = maxRecipients;
    }

    public String getAllowedMediaSchemes() {
        return allowedMediaSchemes;
    }

    public void setAllowedMediaSchemes(String allowedMediaSchemes) {
        this.allowedMediaSchemes = allowedMediaSchemes;
    }

    public String getMediaBaseDir() {
        return mediaBaseDir;
    }

    public void setMediaBaseDir(String mediaBaseDir) {
        this.mediaBaseDir = mediaBaseDir;
    }

    public Long getMaxMediaSize() {
        return maxMediaSize;
    }

    public void setMaxMediaSize(Long maxMediaSize) {
        this.maxMediaSize = maxMediaSize;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public Integer getMaxParts() {
        return maxParts;
    }

    public void setMaxParts(Integer maxParts) {
        this.maxParts = maxParts;
    }

    public String getDefaultRegion() {
        return defaultRegion;
    }

    public void setDefaultRegion(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public PhoneNumberCheck getPhoneNumberCheck() {
        return phoneNumberCheck;
    }

    public void setPhoneNumberCheck(PhoneNumberCheck phoneNumberCheck) {
        this.phoneNumberCheck = phoneNumberCheck;
    }

    public boolean isPojoRequest() {
        return pojoRequest;
    }

    public void setPojoRequest(boolean pojoRequest) {
        this.pojoRequest = pojoRequest;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
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

    public boolean isUseDefaultCredentialsProvider() {
        return useDefaultCredentialsProvider;
    }

    public void setUseDefaultCredentialsProvider(boolean useDefaultCredentialsProvider) {
        this.useDefaultCredentialsProvider = useDefaultCredentialsProvider;
    }

    public boolean isUseProfileCredentialsProvider() {
        return useProfileCredentialsProvider;
    }

    public void setUseProfileCredentialsProvider(boolean useProfileCredentialsProvider) {
        this.useProfileCredentialsProvider = useProfileCredentialsProvider;
    }

    public boolean isUseSessionCredentials() {
        return useSessionCredentials;
    }

    public void setUseSessionCredentials(boolean useSessionCredentials) {
        this.useSessionCredentials = useSessionCredentials;
    }

    public String getProfileCredentialsName() {
        return profileCredentialsName;
    }

    public void setProfileCredentialsName(String profileCredentialsName) {
        this.profileCredentialsName = profileCredentialsName;
    }

    public boolean isOverrideEndpoint() {
        return overrideEndpoint;
    }

    public void setOverrideEndpoint(boolean overrideEndpoint) {
        this.overrideEndpoint = overrideEndpoint;
    }

    public String getUriEndpointOverride() {
        return uriEndpointOverride;
    }

    public void setUriEndpointOverride(String uriEndpointOverride) {
        this.uriEndpointOverride = uriEndpointOverride;
    }

    public boolean isTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
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

    public IdempotentRepository getSuppressionRepository() {
        return suppressionRepository;
    }

    public void setSuppressionRepository(IdempotentRepository suppressionRepository) {
        this.suppressionRepository = suppressionRepository;
    }

    public String getQueueUrl() {
        return queueUrl;
    }

    public void setQueueUrl(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    public int getWaitTimeSeconds() {
        return waitTimeSeconds;
    }

    public void setWaitTimeSeconds(int waitTimeSeconds) {
        this.waitTimeSeconds = waitTimeSeconds;
    }

    public int getMaxMessages() {
        return maxMessages;
    }

    public void setMaxMessages(int maxMessages) {
        this.maxMessages = maxMessages;
    }

    public int getConcurrentConsumers() {
        return concurrentConsumers;
    }

    public void setConcurrentConsumers(int concurrentConsumers) {
        this.concurrentConsumers = concurrentConsumers;
    }

    public SqsAsyncClient getSqsClient() {
        return sqsClient;
    }

    public void setSqsClient(SqsAsyncClient sqsClient) {
        this.sqsClient = sqsClient;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
