package io.camelmessaging.component.provider.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.camelmessaging.component.MessagingConfiguration;
import org.apache.camel.util.ObjectHelper;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsAsyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.ProxyConfiguration;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Builds the AWS async clients from the endpoint's options, with the same option names and rules as Camel's aws2
 * components. Missing or contradictory credentials fail with a message that lists the choices.
 */
public final class AwsClientFactory {

    static final String CREDENTIAL_CHOICES = "set one of: accessKey and secretKey; useSessionCredentials=true with "
                                             + "accessKey, secretKey and sessionToken; "
                                             + "useDefaultCredentialsProvider=true; useProfileCredentialsProvider=true "
                                             + "(with profileCredentialsName); or an autowired smsVoiceClient, "
                                             + "pinpointClient or (events) sqsClient";

    /**
     * How long the SQS client waits for a byte of an answer: the longest long poll SQS allows (20 s, during which it
     * sends nothing) plus the SDK's default read timeout (30 s).
     */
    static final Duration SQS_READ_TIMEOUT = Duration.ofSeconds(20 + 30);

    private AwsClientFactory() {
    }

    /**
     * A new End User Messaging SMS client on the given Netty event loops; the caller owns and closes it (closing it
     * leaves the event loops running).
     */
    public static PinpointSmsVoiceV2AsyncClient smsVoiceClient(MessagingConfiguration config,
                                                               SdkEventLoopGroup eventLoops) {
        return build(PinpointSmsVoiceV2AsyncClient.builder(), config, netty(eventLoops));
    }

    /** A new Amazon Pinpoint client on the given Netty event loops; the caller owns and closes it. */
    public static PinpointAsyncClient pinpointClient(MessagingConfiguration config, SdkEventLoopGroup eventLoops) {
        return build(PinpointAsyncClient.builder(), config, netty(eventLoops));
    }

    /**
     * A new SQS client on the given Netty event loops, whose read timeout outlasts a long poll; the caller owns and
     * closes it.
     */
    public static SqsAsyncClient sqsClient(MessagingConfiguration config, SdkEventLoopGroup eventLoops) {
        return build(SqsAsyncClient.builder(), config, netty(eventLoops).readTimeout(SQS_READ_TIMEOUT));
    }

    private static <B extends AwsClientBuilder<B, C> & AwsAsyncClientBuilder<B, C>, C> C build(
            B builder, MessagingConfiguration config, NettyNioAsyncHttpClient.Builder http) {
        builder.credentialsProvider(credentials(config)).httpClient(httpClient(config, http))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetries.strategy()));
        if (config.getRegion() != null) {
            builder.region(Region.of(config.getRegion()));
        }
        if (config.isOverrideEndpoint()) {
            builder.endpointOverride(endpointOverride(config));
        }
        return builder.build();
    }

    private static URI endpointOverride(MessagingConfiguration config) {
        if (ObjectHelper.isEmpty(config.getUriEndpointOverride())) {
            throw new IllegalArgumentException("overrideEndpoint=true needs uriEndpointOverride");
        }
        return URI.create(config.getUriEndpointOverride());
    }

    /** The credentials provider the options choose; fails with the list of choices when there is none or several. */
    public static AwsCredentialsProvider credentials(MessagingConfiguration config) {
        List<String> chosen = new ArrayList<>();
        if (config.isUseDefaultCredentialsProvider()) {
            chosen.add("useDefaultCredentialsProvider");
        }
        if (config.isUseProfileCredentialsProvider()) {
            chosen.add("useProfileCredentialsProvider");
        }
        if (config.isUseSessionCredentials()) {
            chosen.add("useSessionCredentials");
        }
        boolean keys = ObjectHelper.isNotEmpty(config.getAccessKey()) || ObjectHelper.isNotEmpty(config.getSecretKey());
        if (keys && !config.isUseSessionCredentials()) {
            chosen.add("accessKey/secretKey");
        }
        if (chosen.size() != 1) {
            throw new IllegalArgumentException((chosen.isEmpty() ? "No AWS credentials: "
                    : "Contradictory AWS credentials " + chosen + ": ") + CREDENTIAL_CHOICES);
        }
        if (config.isUseDefaultCredentialsProvider()) {
            return DefaultCredentialsProvider.builder().build();
        }
        if (config.isUseProfileCredentialsProvider()) {
            return config.getProfileCredentialsName() == null
                    ? ProfileCredentialsProvider.create()
                    : ProfileCredentialsProvider.create(config.getProfileCredentialsName());
        }
        if (ObjectHelper.isEmpty(config.getAccessKey()) || ObjectHelper.isEmpty(config.getSecretKey())) {
            throw new IllegalArgumentException("AWS credentials need both accessKey and secretKey: " + CREDENTIAL_CHOICES);
        }
        if (config.isUseSessionCredentials()) {
            if (ObjectHelper.isEmpty(config.getSessionToken())) {
                throw new IllegalArgumentException("useSessionCredentials=true needs sessionToken: " + CREDENTIAL_CHOICES);
            }
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(config.getAccessKey(),
                    config.getSecretKey(), config.getSessionToken()));
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.getAccessKey(), config.getSecretKey()));
    }

    /** An endpoint override over plain HTTP has no certificate to trust (the SDK would still warn that all are). */
    private static boolean plainHttp(MessagingConfiguration config) {
        return config.isOverrideEndpoint() && "http".equalsIgnoreCase(endpointOverride(config).getScheme());
    }

    private static NettyNioAsyncHttpClient.Builder netty(SdkEventLoopGroup eventLoops) {
        return NettyNioAsyncHttpClient.builder().eventLoopGroup(eventLoops);
    }

    /** The HTTP client with the proxy and certificate trust the options choose. */
    private static SdkAsyncHttpClient httpClient(MessagingConfiguration config, NettyNioAsyncHttpClient.Builder http) {
        if (config.getProxyHost() != null) {
            ProxyConfiguration.Builder proxy = ProxyConfiguration.builder()
                    .host(config.getProxyHost())
                    .scheme(config.getProxyProtocol().toString().toLowerCase(Locale.ROOT));
            if (config.getProxyPort() != null) {
                proxy.port(config.getProxyPort());
            }
            http.proxyConfiguration(proxy.build());
        }
        if (config.isTrustAllCertificates() && !plainHttp(config)) {
            return http.buildWithDefaults(AttributeMap.builder()
                    .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE).build());
        }
        return http.build();
    }
}
