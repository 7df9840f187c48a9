package io.camelmessaging.component;

import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * azure-core's retry policy resends a 502 or 504 with the same repeatability ids, so ACS cannot deliver twice; when the
 * gateway keeps answering so, the message may still have been sent and the outcome is {@code UNKNOWN}.
 */
class AzureRetriesTest extends SandboxTestSupport {

    private static final String SMS = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)";

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 502, 504 })
    void aGatewayErrorLeftAfterThePipelineRetriesEndsUnknown(int status) {
        sandbox.faults().next(5, Fault.status(status, "Gateway error"));

        Exchange exchange = send(SMS, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        assertThat(sandbox.requests()).as("the first attempt and the pipeline's 3 retries")
                .extracting(RecordedRequest::status).containsExactly(status, status, status, status);
        MessagingServiceException error = exchange.getException(MessagingServiceException.class);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("may have been sent");
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.UNKNOWN);
        assertThat(results(exchange).get(0).retryable()).isFalse();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 502, 504 })
    void aGatewayErrorThatClearsWithinThePipelineRetriesIsAccepted(int status) {
        sandbox.faults().next(Fault.status(status, "Gateway error"));

        Exchange exchange = send(SMS, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(status, 202);
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.ACCEPTED);
        assertThat(sandbox.messages()).hasSize(1);
    }
}
