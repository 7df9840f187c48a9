package io.camelmessaging.component.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelmessaging.component.MessagingValidationException;
import io.camelmessaging.component.MessagingValidationException.Violation;

/**
 * Collects the rules a message breaks, so that every violation is reported at once.
 */
public final class Violations {

    /** The violations found, in order; null until the first, as most messages break no rule. */
    private List<Violation> found;

    /** Records a broken rule. */
    public void add(String field, Object value, String rule) {
        found().add(new Violation(field, value == null ? null : String.valueOf(value), rule));
    }

    /** Records every violation of another collection, after those found so far. */
    public void addAll(Violations other) {
        if (other.found != null) {
            found().addAll(other.found);
        }
    }

    private List<Violation> found() {
        if (found == null) {
            found = new ArrayList<>();
        }
        return found;
    }

    /** Checks an optional value against a constraint; null passes. */
    public void check(String field, String value, Constraint constraint) {
        if (value != null) {
            String broken = constraint.brokenRule(value);
            if (broken != null) {
                add(field, value, broken);
            }
        }
    }

    /** Checks every value of a list against a constraint, naming each by its index. */
    public void checkEach(String field, List<String> values, Constraint constraint) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String broken = value == null ? null : constraint.brokenRule(value);
            if (broken != null) {
                add(values.size() == 1 ? field : field + "[" + i + "]", value, broken);
            }
        }
    }

    /** Checks that an optional number lies within a range; null passes. */
    public void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, value, "must be between " + min + " and " + max);
        }
    }

    /** Checks how many items a collection has. */
    public void count(String field, Collection<?> values, int min, int max) {
        int size = values == null ? 0 : values.size();
        if (size < min || size > max) {
            String expected = min == max ? "exactly " + min : "between " + min + " and " + max;
            add(field, size + " item(s)", "must have " + expected + " item(s)");
        }
    }

    /** Checks that an optional value is one of the allowed ones; null passes. */
    public void oneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(field, value, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    /**
     * Checks the entry count, keys and values of a map, naming each entry as {@code field[key]}; a null key
     * constraint leaves the keys unchecked.
     */
    public void checkMap(String field, Map<String, String> map, int maxEntries, Constraint key, Constraint value) {
        if (map.isEmpty()) {
            return;
        }
        count(field, map.keySet(), 0, maxEntries);
        map.forEach((k, v) -> {
            String brokenKey = key == null || k == null ? null : key.brokenRule(k);
            if (brokenKey != null) {
                add(field + " key", k, brokenKey);
            }
            String brokenValue = v == null ? "must have a value" : value.brokenRule(v);
            if (brokenValue != null) {
                add(field + "[" + k + "]", v, brokenValue);
            }
        });
    }

    /** Throws a {@link MessagingValidationException} listing every violation, if there is any. */
    public void throwIfAny(String provider) {
        if (found != null) {
            throw new MessagingValidationException(provider, found);
        }
    }
}
