package io.camelmessaging.component.provider;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.MessagingProvider;

import static io.camelmessaging.component.MessagingOperation.events;
import static io.camelmessaging.component.MessagingOperation.sendMediaMessage;
import static io.camelmessaging.component.MessagingOperation.sendMessages;
import static io.camelmessaging.component.MessagingOperation.sendTextMessage;

/**
 * Which endpoint options each operation of each provider supports: one table, operation x provider -> option names.
 * An option that some operation claims and the endpoint's does not, set on the endpoint's URI, makes route start fail,
 * naming the option and the provider (set on the component, it is a default for the endpoints that support it). A provider without an entry for an operation does not offer it. Every endpoint option is either in
 * {@link #COMMON} or claimed here (checked against the generated {@code messaging.json} by a test).
 */
public final class SupportedOptions {

    /**
     * Options of every operation: Camel's own endpoint options, the connection options of both providers (set side by
     * side on a component; each provider reads only its own) and the numbers no route may message.
     */
    public static final Set<String> COMMON = Set.of(
            "operation", "provider", "lazyStartProducer", "bridgeErrorHandler", "exceptionHandler", "exchangePattern", "region", "accessKey", "secretKey", "sessionToken",
            "useDefaultCredentialsProvider", "useProfileCredentialsProvider", "useSessionCredentials",
            "profileCredentialsName", "overrideEndpoint", "uriEndpointOverride", "trustAllCertificates", "proxyHost",
            "proxyPort", "proxyProtocol", "credentialType", "connectionString", "endpoint", "azureAccessKey",
            "tokenCredential", "suppressionRepository");

    /** Options of every sending operation: the message's addresses and text, and the checks the component applies. */
    public static final Set<String> SENDING = Set.of(
            "originationIdentity", "destinationPhoneNumber", "messageBody", "defaultRegion", "phoneNumberCheck",
            "pojoRequest", "maxRecipients", "rateLimitMaxWait", "allowedMediaSchemes", "mediaBaseDir", "maxMediaSize",
            "synchronous", "smsVoiceClient", "pinpointClient", "smsClient");

    /** Options of every {@code events} consumer. */
    private static final Set<String> CONSUMING = Set.of("idempotentRepository");

    private static final Map<MessagingProvider, Map<MessagingOperation, Set<String>>> TABLE = Map.of(
            MessagingProvider.aws, Map.of(
                    sendTextMessage, sending("maxPrice", "timeToLive", "configurationSetName", "context",
                            "destinationCountryParameters", "messageType", "keyword", "dryRun",
                            "protectConfigurationId", "messageFeedbackEnabled", "maxParts", "maxPartsPerSecond"),
                    sendMediaMessage, sending("mediaUrl", "maxPrice", "timeToLive", "configurationSetName", "context",
                            "dryRun", "protectConfigurationId", "messageFeedbackEnabled", "maxPartsPerSecond"),
                    sendMessages, sending("applicationId", "channelType", "senderId", "templateName", "context",
                            "keyword", "messageType"),
                    events, consuming("queueUrl", "waitTimeSeconds", "maxMessages", "concurrentConsumers",
                            "sqsClient")),
            MessagingProvider.azure, Map.of(
                    sendTextMessage, sending("enableDeliveryReport", "tag", "validityPeriodSeconds", "maxParts",
                            "maxRecipientsPerMinute"),
                    sendMediaMessage, sending("mediaUrl", "enableDeliveryReport", "tag", "maxRecipientsPerMinute"),
                    events, consuming("path", "webhookSecret")));

    private SupportedOptions() {
    }

    /** The options that some operation supports and others do not. */
    public static Set<String> claimed() {
        Set<String> claimed = new TreeSet<>();
        TABLE.values().forEach(operations -> operations.values().forEach(claimed::addAll));
        return claimed;
    }

    /** The claimed options an operation of a provider supports; empty when the provider does not offer it. */
    public static Set<String> of(MessagingProvider provider, MessagingOperation operation) {
        return TABLE.get(provider).getOrDefault(operation, Set.of());
    }

    /**
     * Fails when the provider does not offer the operation, or when an option the operation does not support is set.
     *
     * @param isSet whether the endpoint sets an option, by name
     */
    public static void check(MessagingProvider provider, MessagingOperation operation, Predicate<String> isSet) {
        if (!TABLE.get(provider).containsKey(operation)) {
            throw new IllegalArgumentException("Operation " + operation + " is not offered for provider " + provider
                                               + ": use provider " + offering(operation));
        }
        Collection<String> setButUnsupported = new TreeSet<>();
        for (String option : claimed()) {
            if (!of(provider, operation).contains(option) && isSet.test(option)) {
                setButUnsupported.add(option);
            }
        }
        if (!setButUnsupported.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + setButUnsupported + " are not supported by operation "
                                               + operation + " of provider " + provider);
        }
    }

    private static Set<String> sending(String... options) {
        return union(SENDING, options);
    }

    private static Set<String> consuming(String... options) {
        return union(CONSUMING, options);
    }

    private static Set<String> union(Set<String> shared, String... options) {
        Set<String> union = new TreeSet<>(shared);
        union.addAll(List.of(options));
        return Set.copyOf(union);
    }

    private static String offering(MessagingOperation operation) {
        return TABLE.entrySet().stream().filter(e -> e.getValue().containsKey(operation))
                .map(e -> e.getKey().name()).sorted().reduce((a, b) -> a + " or " + b).orElse("none");
    }
}
