package io.camelmessaging.sandbox;

/**
 * How a recipient's delivery ends in the sandbox's events, and how each provider reports it: the suffix of the AWS
 * {@code eventType} after {@code TEXT_} or {@code MEDIA_} (also its {@code messageStatus}), and the ACS
 * {@code deliveryStatus} with its details.
 */
public enum DeliveryOutcome {
    /** Delivered to the phone. */
    DELIVERED("DELIVERED", "Message has been accepted by phone", "Delivered", "No error."),
    /** The carrier could not reach the phone. */
    FAILED("CARRIER_UNREACHABLE", "The carrier could not reach the destination phone", "Failed",
            "The carrier could not reach the destination phone."),
    /** The phone or its carrier blocked the message. */
    BLOCKED("BLOCKED", "The destination phone or its carrier blocked the message", "Failed",
            "The message was blocked by the destination or its carrier."),
    /** Not delivered within the message's time to live. */
    EXPIRED("TTL_EXPIRED", "The message was not delivered within its time to live", "Expired",
            "The message was not delivered within its validity period."),
    /** No final status came from the carrier. */
    UNKNOWN("UNKNOWN", "The carrier reported no final status", "Unknown", "No final status was reported.");

    private final String awsStatus;
    private final String awsDescription;
    private final String acsStatus;
    private final String acsDetails;

    DeliveryOutcome(String awsStatus, String awsDescription, String acsStatus, String acsDetails) {
        this.awsStatus = awsStatus;
        this.awsDescription = awsDescription;
        this.acsStatus = acsStatus;
        this.acsDetails = acsDetails;
    }

    /** The AWS {@code messageStatus}, and the {@code eventType} after its {@code TEXT_}/{@code MEDIA_} prefix. */
    public String awsStatus() {
        return awsStatus;
    }

    String awsDescription() {
        return awsDescription;
    }

    /** The ACS {@code deliveryStatus}. */
    public String acsStatus() {
        return acsStatus;
    }

    String acsDetails() {
        return acsDetails;
    }
}
