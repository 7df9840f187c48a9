package io.camelmessaging.component.provider.azure;

import java.time.Clock;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.HttpLoggingPolicy;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import io.camelmessaging.component.AzureCredentialType;
import io.camelmessaging.component.MessagingConfiguration;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.apache.camel.util.ObjectHelper;
import reactor.core.publisher.Mono;

/**
 * Builds the {@link AcsConnection} of an endpoint from its Azure options only (never the AWS ones). Missing or contradictory credentials fail with a
 * message that lists the choices; a malformed connection string, endpoint or access key with one that names the part,
 * never its value.
 */
public final class AcsConnectionFactory {

    static final String SCOPE = "https://communication.azure.com//.default";
    static final String CREDENTIAL_CHOICES = "set one of: connectionString; endpoint and azureAccessKey; endpoint and "
                                             + "a tokenCredential bean (credentialType=TOKEN_CREDENTIAL); endpoint "
                                             + "with credentialType=AZURE_IDENTITY (accessKey is the AWS access key id "
                                             + "and is never used for Azure)";

    private AcsConnectionFactory() {
    }

    /** A connection with the azure-core Netty client, the SDK's default retry policy and the chosen credentials. */
    public static AcsConnection create(MessagingConfiguration config) {
        AzureCredentialType type = credentialType(config);
        String endpoint;
        HttpPipelinePolicy authentication;
        switch (type) {
            case CONNECTION_STRING -> {
                require(config.getConnectionString(), "credentialType=CONNECTION_STRING needs connectionString");
                AcsConnectionString parsed = AcsConnectionString.parse(config.getConnectionString());
                endpoint = parsed.endpoint();
                authentication = new AcsHmacPolicy(parsed.accessKey(), Clock.systemUTC());
            }
            case ACCESS_KEY -> {
                require(config.getEndpoint(), "credentialType=ACCESS_KEY needs endpoint");
                require(config.getAzureAccessKey(), "credentialType=ACCESS_KEY needs azureAccessKey");
                endpoint = checkedEndpoint(config);
                authentication = new AcsHmacPolicy(
                        AcsConnectionString.checkedAccessKey("Option azureAccessKey", config.getAzureAccessKey()),
                        Clock.systemUTC());
            }
            case TOKEN_CREDENTIAL -> {
                require(config.getEndpoint(), "credentialType=TOKEN_CREDENTIAL needs endpoint");
                if (config.getTokenCredential() == null) {
                    throw new IllegalArgumentException("credentialType=TOKEN_CREDENTIAL needs a tokenCredential: "
                                                       + CREDENTIAL_CHOICES);
                }
                endpoint = checkedEndpoint(config);
                authentication = new BearerTokenAuthenticationPolicy(config.getTokenCredential(), SCOPE);
            }
            default -> {
                require(config.getEndpoint(), "credentialType=AZURE_IDENTITY needs endpoint");
                endpoint = checkedEndpoint(config);
                authentication = new BearerTokenAuthenticationPolicy(defaultAzureCredential(), SCOPE);
            }
        }
        // azure-core's default RetryPolicy resends 408, 429, 5xx other than 501 and 505, and any exception (I/O errors
        // after the request was written included), up to 3 times. That is safe because each attempt carries the same
        // repeatability ids; what is still ambiguous after the retries (502, 504) ends UNKNOWN in AzureOutcomes.
        // The last policy reads the whole answer, so that a connection dropped while the body arrives is retried too.
        HttpPipelinePolicy[] policies = {
            new UserAgentPolicy("camel-messaging"), new RequestIdPolicy(), new RetryPolicy(), authentication,
            new HttpLoggingPolicy(new HttpLogOptions()), AcsConnectionFactory::readWholeResponse };
        return new AcsConnection(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint,
                new HttpPipelineBuilder().httpClient(httpClient(config)).policies(policies).build());
    }

    private static Mono<HttpResponse> readWholeResponse(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return next.process().flatMap(response -> {
            HttpResponse buffered = response.buffer();
            return buffered.getBodyAsByteArray().then(Mono.just(buffered));
        });
    }

    private static String checkedEndpoint(MessagingConfiguration config) {
        return AcsConnectionString.checkedEndpoint("Option endpoint", config.getEndpoint());
    }

    private static AzureCredentialType credentialType(MessagingConfiguration config) {
        if (config.getCredentialType() != null) {
            return config.getCredentialType();
        }
        if (ObjectHelper.isNotEmpty(config.getConnectionString())) {
            return AzureCredentialType.CONNECTION_STRING;
        }
        if (ObjectHelper.isNotEmpty(config.getEndpoint()) && ObjectHelper.isNotEmpty(config.getAzureAccessKey())) {
            return AzureCredentialType.ACCESS_KEY;
        }
        if (ObjectHelper.isNotEmpty(config.getEndpoint()) && config.getTokenCredential() != null) {
            return AzureCredentialType.TOKEN_CREDENTIAL;
        }
        throw new IllegalArgumentException("No Azure credentials: " + CREDENTIAL_CHOICES);
    }

    private static TokenCredential defaultAzureCredential() {
        try {
            Object builder = Class.forName("com.azure.identity.DefaultAzureCredentialBuilder")
                    .getConstructor().newInstance();
            return (TokenCredential) builder.getClass().getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("credentialType=AZURE_IDENTITY needs com.azure:azure-identity on the "
                                               + "classpath (" + e + "), or " + CREDENTIAL_CHOICES);
        }
    }

    private static HttpClient httpClient(MessagingConfiguration config) {
        reactor.netty.http.client.HttpClient netty = reactor.netty.http.client.HttpClient.create();
        if (config.isTrustAllCertificates()) {
            netty = netty.secure(tls -> tls.sslContext(SslContextBuilder.forClient()
                    .trustManager(InsecureTrustManagerFactory.INSTANCE)));
        }
        return new NettyAsyncHttpClientBuilder(netty).build();
    }

    private static void require(String value, String message) {
        if (ObjectHelper.isEmpty(value)) {
            throw new IllegalArgumentException(message + ": " + CREDENTIAL_CHOICES);
        }
    }
}
