package io.camelmessaging.component.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * Reads how long a provider asked to wait from its answer's headers: {@code retry-after-ms} and
 * {@code x-ms-retry-after-ms} (Azure) in milliseconds, or {@code Retry-After} in seconds or as an HTTP date.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** @param header a header's value by name (case-insensitive lookup), null when absent */
    public static Duration of(UnaryOperator<String> header) {
        for (String name : new String[] { "retry-after-ms", "x-ms-retry-after-ms" }) {
            String millis = header.apply(name);
            if (millis != null && millis.trim().matches("\\d{1,12}")) {
                return Duration.ofMillis(Long.parseLong(millis.trim()));
            }
        }
        String value = header.apply("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        }
        try {
            Duration until = Duration.between(Instant.now(),
                    ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
