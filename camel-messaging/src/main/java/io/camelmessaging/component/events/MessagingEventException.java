package io.camelmessaging.component.events;

import io.camelmessaging.component.MessagingException;
import io.camelmessaging.component.MessagingValidationException.Violation;

/**
 * A provider event that cannot be read: malformed JSON, an unknown event type, a missing field, a field of the wrong
 * type or beyond the parser's limits. Names the field, the offending value (shortened) and the rule it breaks; never
 * retryable, since the same text fails the same way.
 */
public class MessagingEventException extends MessagingException {

    /** Component error code of unreadable events. */
    public static final String ERROR_CODE = "MalformedEvent";

    private final transient Violation violation;

    public MessagingEventException(String provider, String field, String value, String rule) {
        this(provider, new Violation(field, value, rule), null);
    }

    MessagingEventException(String provider, Violation violation, Throwable cause) {
        super("Unreadable " + provider + " event: " + violation, provider, ERROR_CODE, 0, null, false, cause);
        this.violation = violation;
    }

    /** The field, the value and the rule that made the event unreadable. */
    public Violation getViolation() {
        return violation;
    }
}
