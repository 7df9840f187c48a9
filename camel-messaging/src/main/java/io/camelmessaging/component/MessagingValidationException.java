package io.camelmessaging.component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value breaks the provider's published constraints. Raised before any network call; never retryable.
 */
public class MessagingValidationException extends MessagingException {

    /** Component error code of validation failures. */
    public static final String ERROR_CODE = "ValidationFailed";

    private final List<Violation> violations;

    public MessagingValidationException(String provider, List<Violation> violations) {
        super(describe(violations), provider, ERROR_CODE, 0, null, false, null);
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in field order. */
    public List<Violation> getViolations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.size() + " invalid value(s): "
               + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * One broken rule.
     *
     * @param field the provider's name of the field, e.g. {@code MaxPrice} or {@code Context[orderId]}
     * @param value the offending value, shortened when long
     * @param rule  the rule it breaks, e.g. {@code must match [0-9]{0,2}\.[0-9]{1,5}}
     */
    public record Violation(String field, String value, String rule) {

        private static final int MAX_SHOWN = 64;

        public Violation {
            value = shorten(value);
        }

        private static String shorten(String value) {
            if (value == null || value.length() <= MAX_SHOWN) {
                return value;
            }
            return value.substring(0, MAX_SHOWN) + "...(" + value.length() + " chars)";
        }

        @Override
        public String toString() {
            return field + "=" + (value == null ? "null" : "'" + value + "'") + " " + rule;
        }
    }
}
