package io.camelmessaging.component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.stream.Stream;

import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The AWS clients retry only answers that prove the request was not processed (throttling, 503, clock skew, a
 * connection that could not be opened); an answer after which the message may have been sent goes once and ends
 * {@code UNKNOWN}.
 */
class AwsRetriesTest extends SandboxTestSupport {

    private static final String TEXT = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)";

    static Stream<Arguments> ambiguous() {
        return Stream.of(arguments(500, Fault.awsError("InternalServerException", 500, "Internal error")),
                arguments(502, Fault.status(502, "Bad gateway")),
                arguments(504, Fault.status(504, "Gateway timeout")));
    }

    static Stream<Arguments> notProcessed() {
        return Stream.of(
                arguments(Fault.awsError("ThrottlingException", 400, "Rate exceeded"), 400, MessagingStatus.THROTTLED),
                arguments(Fault.status(429, "Too many requests"), 429, MessagingStatus.THROTTLED),
                arguments(Fault.status(503, "Service unavailable"), 503, MessagingStatus.TEMPORARY_FAILURE),
                arguments(Fault.awsError("RequestTimeTooSkewed", 403, "Clock skew"), 403,
                        MessagingStatus.TEMPORARY_FAILURE));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("ambiguous")
    void anAnswerThatMayFollowProcessingIsSentOnceAndEndsUnknown(int status, Fault fault) {
        sandbox.faults().next(3, fault);

        Exchange exchange = send(TEXT, "hi");

        assertThat(sandbox.requests()).as("not retried").extracting(RecordedRequest::status).containsExactly(status);
        MessagingServiceException error = exchange.getException(MessagingServiceException.class);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("may have been sent", "HTTP " + status);
        MessagingResult result = results(exchange).get(0);
        assertThat(result.status()).isEqualTo(MessagingStatus.UNKNOWN);
        assertThat(result.retryable()).isFalse();
        assertThat(result.errorCode()).isEqualTo(error.getErrorCode());
        if (status == 500) {
            assertThat(error.getErrorCode()).isEqualTo("InternalServerException");
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("notProcessed")
    void anAnswerThatProvesNothingWasProcessedIsRetried(Fault fault, int status) {
        sandbox.faults().next(fault);

        Exchange exchange = send(TEXT, "hi");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(status, 200);
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.ACCEPTED);
        assertThat(sandbox.messages()).hasSize(1);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("notProcessed")
    void aPersistentNotProcessedAnswerEndsRetryableAfterThreeAttempts(Fault fault, int status,
                                                                      MessagingStatus persistent) {
        sandbox.faults().next(4, fault);

        Exchange exchange = send(TEXT, "hi");

        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(status, status, status);
        MessagingException error = exchange.getException(MessagingException.class);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.isRetryable()).isTrue();
        assertThat(results(exchange).get(0).status()).isEqualTo(persistent);
        assertThat(results(exchange).get(0).retryable()).isTrue();
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void aConnectionThatCannotBeOpenedIsRetriedByTheSdkAndEndsRetryable() {
        // a port below the ephemeral range, where nothing listens: a freed ephemeral port can be the client's own local
        // port, and then Linux connects the socket to itself and the request hangs instead of being refused
        int closedPort = 1;
        assertThat(refusesConnections(closedPort)).as("nothing listens on port 1").isTrue();

        Exchange exchange = send(TEXT + "&uriEndpointOverride=http://127.0.0.1:" + closedPort, "hi");

        MessagingServiceException error = exchange.getException(MessagingServiceException.class);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.getHttpStatus()).isZero();
        assertThat(error.getMessage()).doesNotContain("may have been sent");
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.TEMPORARY_FAILURE);
        assertThat(results(exchange).get(0).retryable()).isTrue();
        SdkException sdk = (SdkException) error.getCause();
        assertThat(sdk.numAttempts()).as("the SDK's attempts").isEqualTo(3);
        assertThat(sdk.getSuppressed()).extracting(Throwable::getMessage)
                .satisfiesExactly(m -> assertThat(m).startsWith("Request attempt 1 failure"),
                        m -> assertThat(m).startsWith("Request attempt 2 failure"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aConnectionDroppedAfterTheRequestWasWrittenIsSentOnceAndEndsUnknown() {
        sandbox.faults().next(3, Fault.dropConnection());

        Exchange exchange = send(TEXT, "hi");

        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(-1);
        assertThat(sandbox.messages()).as("the sandbox sent it").hasSize(1);
        MessagingServiceException error = exchange.getException(MessagingServiceException.class);
        assertThat(error.getHttpStatus()).isZero();
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("may have been sent");
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.UNKNOWN);
        assertThat(results(exchange).get(0).retryable()).isFalse();
    }

    private static boolean refusesConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
