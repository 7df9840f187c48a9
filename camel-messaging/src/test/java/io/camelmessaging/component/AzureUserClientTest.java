package io.camelmessaging.component;

import com.azure.communication.sms.SmsClientBuilder;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one {@code SmsAsyncClient} bean in the registry is autowired and used as it is for provider azure texts.
 */
class AzureUserClientTest extends SandboxTestSupport {

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("userSmsClient", new SmsClientBuilder().connectionString(sandbox.acsConnectionString())
                .httpClient(new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                        .secure(tls -> tls.sslContext(SslContextBuilder.forClient()
                                .trustManager(InsecureTrustManagerFactory.INSTANCE)))).build())
                .buildAsyncClient());
    }

    @Test
    void theAutowiredClientSendsWithTheSdksPublicApi() {
        String uri = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                     + "&tag=from-user-client";
        Exchange exchange = send(uri, "via your client",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123,+12065550124");

        assertThat(exchange.getException()).isNull();
        assertThat(context.getEndpoint(uri, MessagingEndpoint.class).getConfiguration().getSmsClient())
                .isSameAs(context.getRegistry().lookupByName("userSmsClient"));
        assertThat(sandbox.messages()).hasSize(2);
        assertThat(sandbox.messages().get(0).request().get("smsSendOptions").get("tag").asText())
                .isEqualTo("from-user-client");
        assertThat(sandbox.messages().get(0).headers().get("user-agent"))
                .startsWith("azsdk-java-azure-communication-sms/");
        assertThat(results(exchange)).extracting(MessagingResult::messageId)
                .containsExactly(sandbox.messages().get(0).messageId(), sandbox.messages().get(1).messageId());
    }

    @Test
    void aValidityPeriodTheSdkCannotSendIsRefusedBeforeSending() {
        Exchange exchange = send("messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                                 + "&validityPeriodSeconds=600", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        assertThat(exchange.getException(MessagingValidationException.class).getViolations())
                .extracting(MessagingValidationException.Violation::rule)
                .containsExactly("cannot be sent through an smsClient bean: azure-communication-sms has no such option");
        assertThat(sandbox.requests()).isEmpty();
    }
}
