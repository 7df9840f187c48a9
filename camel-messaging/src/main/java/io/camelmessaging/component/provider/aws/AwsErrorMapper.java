package io.camelmessaging.component.provider.aws;

import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CompletionException;

import io.camelmessaging.component.MessagingException;
import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.MessagingServiceException;
import io.camelmessaging.component.MessagingStatus;
import io.camelmessaging.component.MessagingThrottledException;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.provider.RetryAfter;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;

/**
 * Maps AWS SDK errors, after the SDK's own retries, to the component's error taxonomy and per-recipient statuses.
 * The provider's error code, HTTP status, request id and reason (with members such as {@code Reason},
 * {@code ResourceType} and {@code Fields}) are kept.
 */
public final class AwsErrorMapper {

    /** The provider name in results and errors. */
    public static final String PROVIDER = "aws";
    private static final String OPTED_OUT = "DESTINATION_PHONE_NUMBER_OPTED_OUT";

    private AwsErrorMapper() {
    }

    /** The outcome of a recipient whose request failed with {@code failure}, after the SDK's retries. */
    public static RecipientOutcome failed(String operation, String to, Throwable failure) {
        Throwable cause = unwrap(failure);
        MessagingStatus status = statusOf(cause);
        MessagingException error = toException(operation, to, cause, status);
        MessagingResult result = new MessagingResult(to, null, status, status.isRetryable(), error.getErrorCode(),
                reasonOf(cause), PROVIDER);
        return new RecipientOutcome(result, error);
    }

    private static MessagingException toException(String operation, String to, Throwable cause,
                                                  MessagingStatus status) {
        String code = codeOf(cause);
        String reason = reasonOf(cause) + (status == MessagingStatus.UNKNOWN ? " (the message may have been sent)" : "");
        if (cause instanceof AwsServiceException ase) {
            String requestId = requestIdOf(ase);
            String message = "aws " + operation + " to " + to + " failed: " + code + " (HTTP " + ase.statusCode()
                             + ", request id " + requestId + "): " + reason;
            if (status == MessagingStatus.THROTTLED) {
                return new MessagingThrottledException(message, PROVIDER, code, ase.statusCode(), requestId,
                        retryAfterOf(ase), ase);
            }
            return new MessagingServiceException(message, PROVIDER, code, ase.statusCode(), requestId,
                    status.isRetryable(), ase);
        }
        return new MessagingServiceException("aws " + operation + " to " + to + " failed: " + code + ": " + reason,
                PROVIDER, code, 0, null, status.isRetryable(), cause);
    }

    private static Duration retryAfterOf(AwsServiceException ase) {
        if (ase.awsErrorDetails() == null || ase.awsErrorDetails().sdkHttpResponse() == null) {
            return null;
        }
        return RetryAfter.of(name -> ase.awsErrorDetails().sdkHttpResponse().firstMatchingHeader(name).orElse(null));
    }

    /**
     * Throttling and opt-outs first; then what {@link AwsRetries} retries (proof that nothing was processed) is a
     * temporary failure, another 4xx a permanent one, and everything else (other 5xx, a broken connection, a timeout)
     * {@code UNKNOWN}: the message may have been sent.
     */
    private static MessagingStatus statusOf(Throwable cause) {
        if (cause instanceof AwsServiceException ase) {
            if (ase.isThrottlingException() || ase.statusCode() == 429) {
                return MessagingStatus.THROTTLED;
            }
            if (OPTED_OUT.equals(member(ase, "Reason"))) {
                return MessagingStatus.OPT_OUT;
            }
        }
        if (AwsRetries.notProcessed(cause)) {
            return MessagingStatus.TEMPORARY_FAILURE;
        }
        return cause instanceof AwsServiceException ase && ase.statusCode() < 500
                ? MessagingStatus.PERMANENT_FAILURE : MessagingStatus.UNKNOWN;
    }

    private static String codeOf(Throwable cause) {
        if (cause instanceof AwsServiceException ase && ase.awsErrorDetails() != null
            && ase.awsErrorDetails().errorCode() != null) {
            return ase.awsErrorDetails().errorCode();
        }
        return cause.getClass().getSimpleName();
    }

    /**
     * The request id. For an End User Messaging {@code InternalServerException} the SDK (2.40.2) leaves
     * {@code requestId()} null and puts the {@code x-amzn-RequestId} header into the {@code RequestId} member, which
     * its builder's field of the same name shadows; Pinpoint's errors carry a {@code RequestID} member.
     */
    private static String requestIdOf(AwsServiceException ase) {
        if (ase.requestId() != null) {
            return ase.requestId();
        }
        String member = member(ase, "RequestId");
        return member != null ? member : member(ase, "RequestID");
    }

    /** The provider's message followed by the error's other members, e.g. {@code Reason=...}. */
    private static String reasonOf(Throwable cause) {
        if (!(cause instanceof AwsServiceException ase)) {
            return cause.getMessage();
        }
        String message = ase.awsErrorDetails() != null ? ase.awsErrorDetails().errorMessage() : ase.getMessage();
        StringJoiner members = new StringJoiner(", ", " [", "]").setEmptyValue("");
        for (SdkField<?> field : ase.sdkFields()) {
            Object value = field.getValueOrDefault(ase);
            if (value != null && !List.of("Message", "RequestId", "RequestID").contains(field.memberName())) {
                members.add(field.memberName() + "=" + value);
            }
        }
        return message + members;
    }

    private static String member(AwsServiceException ase, String name) {
        for (SdkField<?> field : ase.sdkFields()) {
            if (name.equals(field.memberName())) {
                Object value = field.getValueOrDefault(ase);
                return value == null ? null : value.toString();
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
