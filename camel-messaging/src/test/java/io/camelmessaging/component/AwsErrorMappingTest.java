package io.camelmessaging.component;

import io.camelmessaging.sandbox.Fault;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each AWS error of SendTextMessage and SendMediaMessage, answered by the sandbox on the wire, maps to the exception
 * type of the design with the provider's code, status, request id and reason.
 */
class AwsErrorMappingTest extends SandboxTestSupport {

    private static final String TEXT = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)";
    private static final String MEDIA = "messaging:sendMediaMessage?destinationPhoneNumber=RAW(+12065550123)"
                                        + "&originationIdentity=RAW(+12065550100)&mediaUrl=s3://bucket-1/a.png";

    @Test
    void accessDenied() {
        sandbox.faults().next(Fault.awsError("AccessDeniedException", 400, "Account disabled")
                .with("Reason", "ACCOUNT_DISABLED"));

        MessagingServiceException error = failure(send(TEXT, "hi"), MessagingServiceException.class);

        assertServiceError(error, "AccessDeniedException", 400, false);
        assertThat(error.getMessage()).contains("Account disabled", "Reason=ACCOUNT_DISABLED", "+12065550123");
    }

    @Test
    void conflictOptedOut() {
        sandbox.faults().next(Fault.awsError("ConflictException", 400, "Destination opted out")
                .with("Reason", "DESTINATION_PHONE_NUMBER_OPTED_OUT").with("ResourceType", "phone-number")
                .with("ResourceId", "+12065550123"));

        Exchange exchange = send(TEXT, "hi");

        MessagingServiceException error = failure(exchange, MessagingServiceException.class);
        assertServiceError(error, "ConflictException", 400, false);
        assertThat(error.getMessage()).contains("Reason=DESTINATION_PHONE_NUMBER_OPTED_OUT",
                "ResourceType=phone-number", "ResourceId=+12065550123");
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.OPT_OUT);
    }

    @Test
    void internalServerErrorIsNotRetriedAndEndsUnknown() {
        sandbox.faults().next(3, Fault.awsError("InternalServerException", 500, "Try again")
                .with("RequestId", "body-request-id-1"));

        Exchange exchange = send(TEXT, "hi");

        MessagingServiceException error = failure(exchange, MessagingServiceException.class);
        assertServiceError(error, "InternalServerException", 500, false);
        assertThat(error.getMessage()).contains("may have been sent");
        assertThat(error.getRequestId()).isEqualTo("body-request-id-1");
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.UNKNOWN);
        assertThat(sandbox.requests()).as("the message may have been sent: no second attempt").hasSize(1);
    }

    @Test
    void resourceNotFound() {
        sandbox.faults().next(Fault.awsError("ResourceNotFoundException", 400, "No such configuration set")
                .with("ResourceType", "configuration-set").with("ResourceId", "cs-404"));

        MessagingServiceException error = failure(send(MEDIA, "hi"), MessagingServiceException.class);

        assertServiceError(error, "ResourceNotFoundException", 400, false);
        assertThat(error.getMessage()).contains("SendMediaMessage", "ResourceType=configuration-set",
                "ResourceId=cs-404");
    }

    @Test
    void serviceQuotaExceeded() {
        sandbox.faults().next(Fault.awsError("ServiceQuotaExceededException", 400, "Monthly limit")
                .with("Reason", "MONTHLY_SPEND_LIMIT_REACHED_FOR_MEDIA"));

        MessagingServiceException error = failure(send(MEDIA, "hi"), MessagingServiceException.class);

        assertServiceError(error, "ServiceQuotaExceededException", 400, false);
        assertThat(error.getMessage()).contains("Reason=MONTHLY_SPEND_LIMIT_REACHED_FOR_MEDIA");
    }

    @Test
    void throttlingAfterTheSdkRetries() {
        sandbox.faults().next(3, Fault.awsError("ThrottlingException", 400, "Rate exceeded"));

        Exchange exchange = send(TEXT, "hi");

        MessagingThrottledException error = failure(exchange, MessagingThrottledException.class);
        assertThat(error.getErrorCode()).isEqualTo("ThrottlingException");
        assertThat(error.getHttpStatus()).isEqualTo(400);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.getRequestId()).isNotBlank();
        assertThat(results(exchange).get(0).status()).isEqualTo(MessagingStatus.THROTTLED);
        assertThat(sandbox.requests()).hasSize(3);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void throttlingThatClearsWithinTheSdkRetriesIsInvisible() {
        sandbox.faults().next(Fault.awsError("ThrottlingException", 400, "Rate exceeded"));

        Exchange exchange = send(TEXT, "hi");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    void serviceSideValidation() {
        sandbox.faults().next(Fault.awsError("ValidationException", 400, "Price over threshold")
                .with("Reason", "PRICE_OVER_THRESHOLD"));

        MessagingServiceException error = failure(send(TEXT, "hi"), MessagingServiceException.class);

        assertServiceError(error, "ValidationException", 400, false);
        assertThat(error.getMessage()).contains("Reason=PRICE_OVER_THRESHOLD");
    }

    private static void assertServiceError(MessagingServiceException error, String code, int status, boolean retryable) {
        assertThat(error.getProvider()).isEqualTo("aws");
        assertThat(error.getErrorCode()).isEqualTo(code);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.isRetryable()).isEqualTo(retryable);
        assertThat(error.getRequestId()).isNotBlank();
        assertThat(error.getMessage()).contains(code, "request id " + error.getRequestId());
    }

    private static <T extends MessagingException> T failure(Exchange exchange, Class<T> type) {
        assertThat(exchange.getException()).isExactlyInstanceOf(type);
        return type.cast(exchange.getException());
    }
}
