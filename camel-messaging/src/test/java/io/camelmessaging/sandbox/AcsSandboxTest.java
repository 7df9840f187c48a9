package io.camelmessaging.sandbox;

import java.util.List;

import com.azure.communication.sms.SmsAsyncClient;
import com.azure.communication.sms.SmsClientBuilder;
import com.azure.communication.sms.models.SmsSendResult;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox's ACS SMS API as the public Azure SDK client sees it: per-recipient validation inside a 202, and a
 * request signed with another key refused with 401.
 */
class AcsSandboxTest {

    private static MessagingSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = MessagingSandbox.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void anInvalidRecipientIsAFailedItemBesideTheAcceptedOne() {
        List<SmsSendResult> results = new java.util.ArrayList<>();
        client(MessagingSandbox.ACS_ACCESS_KEY).send("+18005550100", List.of("+12065550123", "12065550124"), "hi")
                .block().forEach(results::add);

        assertThat(results).extracting(SmsSendResult::getTo, SmsSendResult::isSuccessful, SmsSendResult::getHttpStatusCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("+12065550123", true, 202),
                        org.assertj.core.groups.Tuple.tuple("12065550124", false, 400));
        assertThat(results.get(1).getErrorMessage()).isEqualTo("Invalid To phone number format.");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550123");
        assertThat(sandbox.messages().get(0).request().get("smsRecipients").get(0).get("repeatabilityRequestId")
                .asText()).hasSize(36);
    }

    @Test
    void anotherKeyIsDenied() {
        assertThatThrownBy(() -> client("b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXk=")
                .send("+18005550100", "+12065550123", "hi").block())
                .isInstanceOfSatisfying(HttpResponseException.class,
                        e -> assertThat(e.getResponse().getStatusCode()).isEqualTo(401));
    }

    private static SmsAsyncClient client(String accessKey) {
        return new SmsClientBuilder()
                .connectionString("endpoint=" + sandbox.httpsBaseUri() + "/;accesskey=" + accessKey)
                .httpClient(new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                        .secure(tls -> tls.sslContext(SslContextBuilder.forClient()
                                .trustManager(InsecureTrustManagerFactory.INSTANCE)))).build())
                .buildAsyncClient();
    }
}
