package io.camelmessaging.sandbox;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An Event Grid subscription the sandbox pushes ACS events to: a webhook on this machine (loopback hosts only), its
 * schema, extra delivery headers (e.g. {@code X-Webhook-Secret}), how many events go in one POST (default 1) and how
 * many delivery attempts an event gets before it is dead-lettered (default 3). Immutable; each setter returns a copy.
 */
public final class EventGridSubscription {

    private static final Pattern LOOPBACK = Pattern.compile("localhost|127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|\\[::1\\]",
            Pattern.CASE_INSENSITIVE);

    private final String name;
    private final URI endpoint;
    private final EventSchema schema;
    private final Map<String, String> headers;
    private final int maxEventsPerBatch;
    private final int maxDeliveryAttempts;

    private EventGridSubscription(String name, URI endpoint, EventSchema schema, Map<String, String> headers,
                                  int maxEventsPerBatch, int maxDeliveryAttempts) {
        this.name = name;
        this.endpoint = endpoint;
        this.schema = schema;
        this.headers = Map.copyOf(headers);
        this.maxEventsPerBatch = maxEventsPerBatch;
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    /**
     * A subscription named {@code sandbox} in the Event Grid schema to a webhook on {@code localhost},
     * {@code 127.x.x.x} or {@code [::1]} over http or https.
     *
     * @throws IllegalArgumentException for any other endpoint
     */
    public static EventGridSubscription webhook(String endpoint) {
        URI uri = URI.create(endpoint);
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
            || !LOOPBACK.matcher(uri.getHost()).matches()) {
            throw new IllegalArgumentException("The sandbox pushes events only to http(s) webhooks on localhost, "
                                               + "127.0.0.0/8 or [::1], not " + redact(uri));
        }
        return new EventGridSubscription("sandbox", uri, EventSchema.EVENT_GRID_SCHEMA, Map.of(), 1, 3);
    }

    /** The subscription's name, sent in {@code aeg-subscription-name}. */
    public EventGridSubscription name(String name) {
        return new EventGridSubscription(name, endpoint, schema, headers, maxEventsPerBatch, maxDeliveryAttempts);
    }

    public EventGridSubscription schema(EventSchema schema) {
        return new EventGridSubscription(name, endpoint, schema, headers, maxEventsPerBatch, maxDeliveryAttempts);
    }

    /** One more header sent with the handshake and every delivery; its value is never shown. */
    public EventGridSubscription header(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new EventGridSubscription(name, endpoint, schema, more, maxEventsPerBatch, maxDeliveryAttempts);
    }

    /** At most this many events in one POST (1 to 5000). */
    public EventGridSubscription maxEventsPerBatch(int maxEventsPerBatch) {
        if (maxEventsPerBatch < 1 || maxEventsPerBatch > 5000) {
            throw new IllegalArgumentException("maxEventsPerBatch must be 1 to 5000: " + maxEventsPerBatch);
        }
        return new EventGridSubscription(name, endpoint, schema, headers, maxEventsPerBatch, maxDeliveryAttempts);
    }

    /** Delivery attempts before an event is dead-lettered (1 to 30). */
    public EventGridSubscription maxDeliveryAttempts(int maxDeliveryAttempts) {
        if (maxDeliveryAttempts < 1 || maxDeliveryAttempts > 30) {
            throw new IllegalArgumentException("maxDeliveryAttempts must be 1 to 30: " + maxDeliveryAttempts);
        }
        return new EventGridSubscription(name, endpoint, schema, headers, maxEventsPerBatch, maxDeliveryAttempts);
    }

    public String name() {
        return name;
    }

    URI endpoint() {
        return endpoint;
    }

    /** The endpoint without its query, which may carry a secret. */
    public String redactedEndpoint() {
        return redact(endpoint);
    }

    public EventSchema schema() {
        return schema;
    }

    Map<String, String> headers() {
        return headers;
    }

    public int maxEventsPerBatch() {
        return maxEventsPerBatch;
    }

    public int maxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    private static String redact(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query) + "?...";
    }

    @Override
    public String toString() {
        return "EventGridSubscription[" + name + " -> " + redactedEndpoint() + ", " + schema.azureName() + ", headers="
               + headers.keySet() + ", maxEventsPerBatch=" + maxEventsPerBatch + ", maxDeliveryAttempts="
               + maxDeliveryAttempts + "]";
    }
}
