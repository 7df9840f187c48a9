package io.camelmessaging.component.events;

/**
 * Bounds the event parsers enforce before and while reading a body, so a hostile or broken sender cannot make the
 * consumer allocate without limit.
 */
public final class EventLimits {

    /** Largest SQS message body read by {@link AwsEventParser}: SQS's own maximum message size (256 KiB). */
    public static final int MAX_AWS_BODY_BYTES = 256 * 1024;

    /** Largest webhook body read by {@link AzureEventParser}: Event Grid's maximum batch size (1 MB). */
    public static final int MAX_AZURE_BODY_BYTES = 1024 * 1024;

    /** Most events in one Azure batch: the largest {@code maxEventsPerBatch} an Event Grid subscription allows. */
    public static final int MAX_EVENTS_PER_BATCH = 5000;

    /** Longest message text or keyword kept from an inbound message. */
    public static final int MAX_TEXT_CHARS = 10_000;

    /** Longest value of any other field read (ids, numbers, statuses, correlation values, timestamps). */
    public static final int MAX_FIELD_CHARS = 1024;

    /** Deepest JSON nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 32;

    private EventLimits() {
    }
}
