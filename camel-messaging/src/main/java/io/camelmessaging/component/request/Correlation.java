package io.camelmessaging.component.request;

import java.util.LinkedHashMap;
import java.util.Map;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.events.AwsEventParser;
import io.camelmessaging.component.events.EventLimits;

/**
 * Puts header {@code CamelMessagingCorrelationId} where the provider echoes it back in the message's delivery events:
 * the AWS {@code Context} entry {@code camelCorrelationId}, the ACS {@code tag}. The events consumer reads it back into
 * {@code MessagingEvent.correlationId()}.
 */
public final class Correlation {

    /** The field named in errors about the correlation id. */
    static final String FIELD = "CorrelationId";

    private Correlation() {
    }

    /** The AWS context, with entry {@code camelCorrelationId} when the message has a correlation id. */
    public static Map<String, String> awsContext(OptionResolver options, Map<String, String> context) {
        String correlationId = correlationId(options);
        if (correlationId == null) {
            return context;
        }
        Map<String, String> withCorrelation = new LinkedHashMap<>(context);
        withCorrelation.put(AwsEventParser.CORRELATION_CONTEXT_KEY, correlationId);
        return withCorrelation;
    }

    /**
     * The ACS tag: the correlation id when the message has one, else {@code tag}. A tag and a different correlation id
     * cannot both be sent, and a correlation id longer than the events consumer reads back is refused.
     */
    public static String azureTag(OptionResolver options, String tag) {
        String correlationId = correlationId(options);
        if (correlationId == null) {
            return tag;
        }
        if (tag != null && !tag.equals(correlationId)) {
            options.violations().add(FIELD, correlationId, "cannot be sent with tag '" + tag
                                                           + "': azure carries the correlation id in the tag");
        }
        if (correlationId.isEmpty() || correlationId.length() > EventLimits.MAX_FIELD_CHARS) {
            options.violations().add(FIELD, correlationId, "must be 1-" + EventLimits.MAX_FIELD_CHARS
                                                           + " characters, as long as the events consumer reads back");
        }
        return correlationId;
    }

    private static String correlationId(OptionResolver options) {
        return options.get(MessagingConstants.CORRELATION_ID, String.class, configuration -> null);
    }
}
