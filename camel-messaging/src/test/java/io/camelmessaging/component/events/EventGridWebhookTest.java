package io.camelmessaging.component.events;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.LoggingExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook's parts without a server: what counts as presenting the secret, and a body read no further than one
 * byte past the limit.
 */
class EventGridWebhookTest {

    private final WebhookSecret secret = WebhookSecret.of("s3cr+t/=");

    @ParameterizedTest(name = "query [{0}] header [{1}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "secret=s3cr%2Bt%2F%3D          | null     | AUTHENTIC",
            "a=1&secret=s3cr%2Bt%2F%3D&b=2  | null     | AUTHENTIC",
            "null                           | s3cr+t/= | AUTHENTIC",
            "secret=s3cr%2Bt%2F%3D          | s3cr+t/= | AUTHENTIC",
            "null                           | null     | MISSING",
            "a=1&secrets=s3cr%2Bt%2F%3D     | null     | MISSING",
            "secret=s3cr+t/=                | null     | WRONG",
            "secret=                        | null     | WRONG",
            "secret                         | null     | WRONG",
            "secret=%zz                     | null     | WRONG",
            "secret=s3cr%2Bt%2F%3D          | s3cr+t/  | WRONG",
            "secret=s3cr%2Bt%2F%3D&secret=x | null     | WRONG",
            "null                           | S3CR+T/= | WRONG" })
    void everyValuePresentedMustBeTheSecret(String query, String header, WebhookSecret.Verdict verdict) {
        assertThat(secret.check(query, header)).isEqualTo(verdict);
    }

    @Test
    void everyValueOfARepeatedHeaderMustBeTheSecret() {
        assertThat(secret.check(null, List.of("s3cr+t/=", "s3cr+t/="))).isEqualTo(WebhookSecret.Verdict.AUTHENTIC);
        assertThat(secret.check(null, List.of("s3cr+t/=", "guess"))).isEqualTo(WebhookSecret.Verdict.WRONG);
    }

    @Test
    void aBodyWithoutADeclaredLengthIsReadOneBytePastTheLimitAndRefused() throws Exception {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }
        };

        Exchange exchange = post(endless, WebhookSecret.HEADER, "s3cr+t/=");

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(413);
        assertThat(read.get()).isEqualTo(EventLimits.MAX_AZURE_BODY_BYTES + 1L);
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(WebhookSecret.HEADER);
    }

    @Test
    void aDeclaredLengthBeyondTheLimitIsRefusedWithoutReadingTheBody() throws Exception {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };

        Exchange exchange = post(unread, Exchange.HTTP_RAW_QUERY, "secret=s3cr%2Bt%2F%3D",
                "content-length", String.valueOf(EventLimits.MAX_AZURE_BODY_BYTES + 1));

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(413);
    }

    /** What the webhook answers to a POST with this body and these headers (name, value pairs). */
    private Exchange post(InputStream body, String... headers) throws Exception {
        EventGridWebhook webhook = new EventGridWebhook(secret, new AzureEventParser(), null,
                new LoggingExceptionHandler(null, EventGridWebhookTest.class));
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getMessage().setHeader(headers[i], headers[i + 1]);
            }
            exchange.getMessage().setBody(body);
            webhook.process(exchange);
            return exchange;
        }
    }
}
