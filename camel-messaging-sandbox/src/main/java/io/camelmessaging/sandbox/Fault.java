package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault the sandbox answers with instead of its normal answer. Immutable; {@link #with} returns a copy.
 */
public final class Fault {

    /** What the fault does. */
    public enum Kind {
        /** Answer an AWS JSON error: {@code __type}, {@code Message} and extra members. */
        AWS_ERROR,
        /** Answer a bare HTTP status with a short JSON message. */
        STATUS,
        /** Answer normally, but late. */
        DELAY,
        /**
         * Read the request, record the message as sent, then close the connection without a valid answer: the
         * ambiguous case of a message that was sent although the client saw an I/O error.
         */
        DROP_CONNECTION,
        /** For one Pinpoint address: answer its result with this delivery status inside the 200. */
        DELIVERY_STATUS
    }

    private final Kind kind;
    private final String type;
    private final int status;
    private final String message;
    private final Duration delay;
    private final Map<String, Object> members;
    private final Duration retryAfter;

    private Fault(Kind kind, String type, int status, String message, Duration delay, Map<String, Object> members) {
        this(kind, type, status, message, delay, members, null);
    }

    private Fault(Kind kind, String type, int status, String message, Duration delay, Map<String, Object> members,
                  Duration retryAfter) {
        this.kind = kind;
        this.type = type;
        this.status = status;
        this.message = message;
        this.delay = delay;
        this.members = Map.copyOf(members);
        this.retryAfter = retryAfter;
    }

    /** An AWS error such as {@code ThrottlingException} with its HTTP status and message. */
    public static Fault awsError(String type, int status, String message) {
        return new Fault(Kind.AWS_ERROR, type, status, message, Duration.ZERO, Map.of());
    }

    /** A bare HTTP status, e.g. 503. */
    public static Fault status(int status) {
        return status(status, "Injected status " + status);
    }

    /** An HTTP status with a message; for ACS recipients it becomes the failed item's status and error message. */
    public static Fault status(int status, String message) {
        return new Fault(Kind.STATUS, null, status, message, Duration.ZERO, Map.of());
    }

    /** A normal answer after a delay. */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, null, 200, null, delay, Map.of());
    }

    /**
     * A Pinpoint per-address outcome such as {@code OPT_OUT} or {@code THROTTLED}, with the downstream status code and
     * message of its {@code MessageResult}.
     */
    public static Fault deliveryStatus(String deliveryStatus, int statusCode, String message) {
        return new Fault(Kind.DELIVERY_STATUS, deliveryStatus, statusCode, message, Duration.ZERO, Map.of());
    }

    /** A connection closed after the request was read and the message recorded. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, null, -1, null, Duration.ZERO, Map.of());
    }

    /** A copy with one more member in the error body, e.g. {@code Reason}, {@code ResourceType}, {@code RequestId}. */
    public Fault with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(members);
        more.put(member, value);
        return new Fault(kind, type, status, message, delay, more, retryAfter);
    }

    /**
     * A copy whose error answer says how long to wait: {@code Retry-After} in whole seconds (rounded up) as every
     * service sends it, and {@code retry-after-ms} in milliseconds as ACS also may (azure-core prefers it).
     */
    public Fault withRetryAfter(Duration wait) {
        return new Fault(kind, type, status, message, delay, members, wait);
    }

    /** The extra headers of the error answer. */
    Map<String, String> headers() {
        return retryAfter == null ? Map.of()
                : Map.of("Retry-After", String.valueOf((retryAfter.toMillis() + 999) / 1000),
                        "retry-after-ms", String.valueOf(retryAfter.toMillis()));
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    public Duration delay() {
        return delay;
    }

    public Map<String, Object> members() {
        return members;
    }

    @Override
    public String toString() {
        return kind + (type != null ? " " + type : "") + (status > 0 ? " " + status : "")
               + (delay.isZero() ? "" : " " + delay.toMillis() + "ms");
    }
}
