package io.camelmessaging.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers read and written by the messaging component. A header overrides the endpoint option of the same
 * name, which overrides the component option.
 */
public final class MessagingConstants {

    @Metadata(description = "The sender: a phone number, sender id, pool id or ARN (aws), or the `from` number (azure).",
              javaType = "String")
    public static final String ORIGINATION_IDENTITY = "CamelMessagingOriginationIdentity";
    @Metadata(description = "The recipient phone number(s): a String, a comma-separated list or a Collection. "
                            + "Several recipients are sent concurrently, one result each.",
              javaType = "Object")
    public static final String DESTINATION_PHONE_NUMBER = "CamelMessagingDestinationPhoneNumber";
    @Metadata(description = "Media URL(s) of a media message: a String, a comma-separated list or a Collection.",
              javaType = "Object")
    public static final String MEDIA_URLS = "CamelMessagingMediaUrls";
    @Metadata(description = "The highest price per message part you are willing to pay, e.g. `0.05` (aws).",
              javaType = "String")
    public static final String MAX_PRICE = "CamelMessagingMaxPrice";
    @Metadata(description = "How long, in seconds, the provider tries to deliver the message (aws, 5-259200).",
              javaType = "Integer")
    public static final String TIME_TO_LIVE = "CamelMessagingTimeToLive";
    @Metadata(description = "The configuration set to use (aws).", javaType = "String")
    public static final String CONFIGURATION_SET_NAME = "CamelMessagingConfigurationSetName";
    @Metadata(description = "Context key/value pairs sent with the message (aws); merged with the `context.` "
                            + "options, the header winning key by key.",
              javaType = "java.util.Map<String, String>")
    public static final String CONTEXT = "CamelMessagingContext";
    @Metadata(description = "Destination country parameters such as `IN_ENTITY_ID` (aws, text only); merged with the "
                            + "`destinationCountryParameters.` options, the header winning key by key.",
              javaType = "java.util.Map<String, String>")
    public static final String DESTINATION_COUNTRY_PARAMETERS = "CamelMessagingDestinationCountryParameters";
    @Metadata(description = "TRANSACTIONAL or PROMOTIONAL (aws, text only).", javaType = "String",
              enums = "TRANSACTIONAL,PROMOTIONAL")
    public static final String MESSAGE_TYPE = "CamelMessagingMessageType";
    @Metadata(description = "The registered keyword of the sender (aws, text only).", javaType = "String")
    public static final String KEYWORD = "CamelMessagingKeyword";
    @Metadata(description = "When true the provider validates the message but does not send it (aws).",
              javaType = "Boolean")
    public static final String DRY_RUN = "CamelMessagingDryRun";
    @Metadata(description = "The protect configuration to apply (aws).", javaType = "String")
    public static final String PROTECT_CONFIGURATION_ID = "CamelMessagingProtectConfigurationId";
    @Metadata(description = "Whether message feedback is enabled for this message (aws).", javaType = "Boolean")
    public static final String MESSAGE_FEEDBACK_ENABLED = "CamelMessagingMessageFeedbackEnabled";
    @Metadata(description = "Whether the provider reports delivery (azure).", javaType = "Boolean")
    public static final String ENABLE_DELIVERY_REPORT = "CamelMessagingEnableDeliveryReport";
    @Metadata(description = "A tag returned in the delivery reports (azure).", javaType = "String")
    public static final String TAG = "CamelMessagingTag";
    @Metadata(description = "How long, in seconds, the provider tries to deliver the text (azure sendTextMessage, "
                            + "1-18000).", javaType = "Integer")
    public static final String VALIDITY_PERIOD_SECONDS = "CamelMessagingValidityPeriodSeconds";
    @Metadata(description = "The key that makes sending idempotent (azure): the repeatability request id of each "
                            + "recipient is derived from it, so a message re-sent with the same key is not delivered "
                            + "twice. Defaults to the exchange id; set it from a business key (e.g. a JMS message id) "
                            + "to cover redelivery by a broker.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelMessagingIdempotencyKey";
    @Metadata(description = "When the message of this idempotency key was first sent (azure: the repeatability "
                            + "first-sent time): an Instant, a Date or epoch millis. Defaults to the exchange's "
                            + "creation; set it from the message (e.g. the JMS timestamp) so that every delivery of "
                            + "the key sends the same time. ACS tracks the request for 5 minutes from this time; a "
                            + "send after that is refused as possibly sent: UNKNOWN, not retryable.",
              javaType = "Object")
    public static final String FIRST_SENT = "CamelMessagingFirstSent";
    @Metadata(description = "The Amazon Pinpoint application id (sendMessages).", javaType = "String")
    public static final String APPLICATION_ID = "CamelMessagingApplicationId";
    @Metadata(description = "The Pinpoint addresses (sendMessages): a Map of address to AddressConfiguration (or a Map "
                            + "in its JSON shape), or a Collection of addresses of option channelType.",
              javaType = "Object")
    public static final String ADDRESSES = "CamelMessagingAddresses";
    @Metadata(description = "The Pinpoint endpoint ids (sendMessages): a Map of endpoint id to "
                            + "EndpointSendConfiguration (or a Map in its JSON shape), or a Collection of ids.",
              javaType = "Object")
    public static final String ENDPOINTS = "CamelMessagingEndpoints";
    @Metadata(description = "Message variables for the template or message (sendMessages).",
              javaType = "java.util.Map<String, java.util.List<String>>")
    public static final String SUBSTITUTIONS = "CamelMessagingSubstitutions";
    @Metadata(description = "A value the provider echoes back in the message's delivery events (aws: context entry "
                            + "`camelCorrelationId`; azure: `tag`), so that an event can be matched to what caused "
                            + "the message. On an `events` exchange: the value the event carries.",
              javaType = "String")
    public static final String CORRELATION_ID = "CamelMessagingCorrelationId";

    @Metadata(label = "producer result", description = "The message id of the first accepted recipient; on an "
                                                       + "`events` exchange the id of the message the event is about.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelMessagingMessageId";
    @Metadata(label = "producer result",
              description = "One MessagingResult per recipient, in recipient order: `to`, `messageId`, `status`, "
                            + "`retryable`, `errorCode`, `errorMessage`, `provider`.",
              javaType = "java.util.List<io.camelmessaging.component.MessagingResult>")
    public static final String RESULTS = "CamelMessagingResults";
    @Metadata(label = "producer result", description = "The number of SMS parts the text costs.", javaType = "Integer")
    public static final String MESSAGE_PARTS = "CamelMessagingMessageParts";
    @Metadata(label = "producer result", description = "The SMS encoding of the text: `GSM7` or `UCS2`.",
              javaType = "String")
    public static final String ENCODING = "CamelMessagingEncoding";
    @Metadata(label = "producer result", description = "The provider that sent the message or the event: `aws` or "
                                                       + "`azure`.",
              javaType = "String")
    public static final String PROVIDER = "CamelMessagingProvider";
    @Metadata(label = "consumer", description = "What an event reports: `DELIVERY_STATUS` or `INBOUND_MESSAGE`.",
              javaType = "io.camelmessaging.component.events.MessagingEventKind")
    public static final String EVENT_KIND = "CamelMessagingEventKind";
    @Metadata(label = "consumer", description = "The event's provider-neutral status, e.g. `DELIVERED`, `FAILED` or "
                                                + "`OPTED_OUT`.",
              javaType = "io.camelmessaging.component.events.MessagingEventStatus")
    public static final String EVENT_STATUS = "CamelMessagingEventStatus";

    /**
     * Exchange property holding the results of recipients already accepted by an endpoint, so that a redelivery of
     * the same exchange does not send to them again.
     */
    public static final String ACCEPTED_PROPERTY = "CamelMessagingAccepted";

    private MessagingConstants() {
    }
}
