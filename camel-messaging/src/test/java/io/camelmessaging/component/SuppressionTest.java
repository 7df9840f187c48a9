package io.camelmessaging.component;

import java.util.List;

import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sending endpoint sends to no recipient its {@code suppressionRepository} holds (a phone that answered STOP): such a
 * recipient ends {@code OPT_OUT} / {@code SUPPRESSED}, not retryable, with no request.
 */
class SuppressionTest extends SandboxTestSupport {

    private static final String OPTED_OUT = "+12065550166";
    private static final String AWS_TEXT = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)";
    private static final String ACS_SMS = "messaging:sendTextMessage?provider=azure"
                                          + "&originationIdentity=RAW(+18005550100)";

    private final IdempotentRepository suppressed = MemoryIdempotentRepository.memoryIdempotentRepository();

    @Override
    protected void configureForSandbox(MessagingConfiguration config) {
        suppressed.add(OPTED_OUT);
        config.setSuppressionRepository(suppressed);
    }

    @Test
    void aSingleSuppressedRecipientRaisesSuppressedWithoutAnyRequest() {
        for (String uri : List.of(AWS_TEXT, ACS_SMS)) {
            Exchange exchange = send(uri, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER, OPTED_OUT);

            MessagingServiceException error = exchange.getException(MessagingServiceException.class);
            assertThat(error).as(uri).isNotNull();
            assertThat(error.getErrorCode()).isEqualTo("SUPPRESSED");
            assertThat(error.isRetryable()).isFalse();
            assertThat(error.getMessage()).contains("opted out").contains(OPTED_OUT);
            assertThat(results(exchange)).singleElement().satisfies(result -> {
                assertThat(result.to()).isEqualTo(OPTED_OUT);
                assertThat(result.status()).isEqualTo(MessagingStatus.OPT_OUT);
                assertThat(result.errorCode()).isEqualTo("SUPPRESSED");
                assertThat(result.messageId()).isNull();
            });
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void theOtherRecipientsAreSentAndTheResultsKeepRecipientOrder() {
        for (String uri : List.of(AWS_TEXT, ACS_SMS)) {
            Exchange exchange = send(uri, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                    "+12065550123," + OPTED_OUT + ",+12065550124");

            assertThat(exchange.getException()).as(uri).isInstanceOf(MessagingPartialFailureException.class);
            assertThat(results(exchange)).extracting(MessagingResult::to, MessagingResult::status).containsExactly(
                    tuple("+12065550123", MessagingStatus.ACCEPTED),
                    tuple(OPTED_OUT, MessagingStatus.OPT_OUT),
                    tuple("+12065550124", MessagingStatus.ACCEPTED));
        }
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactlyInAnyOrder(
                "+12065550123", "+12065550124", "+12065550123", "+12065550124");
    }

    @Test
    void aRecipientRemovedFromTheRepositoryIsSentAgain() {
        suppressed.remove(OPTED_OUT);

        Exchange exchange = send(AWS_TEXT, "Welcome back", MessagingConstants.DESTINATION_PHONE_NUMBER, OPTED_OUT);

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().to()).isEqualTo(OPTED_OUT);
    }

    @Test
    void aRequestTheRouteBuildsCannotBeCheckedSoTheEndpointRefusesToStart() {
        assertRouteStartFails(AWS_TEXT + "&pojoRequest=true",
                "suppressionRepository cannot check the recipients of a request the route builds (pojoRequest=true)");
    }
}
