package io.camelmessaging.component.provider;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a provider asked to wait, from each header form it may use.
 */
class RetryAfterTest {

    @Test
    void millisecondsWinOverSecondsAndDatesAreRelativeToNow() {
        assertThat(RetryAfter.of(Map.of("retry-after-ms", "250", "Retry-After", "3")::get))
                .isEqualTo(Duration.ofMillis(250));
        assertThat(RetryAfter.of(Map.of("x-ms-retry-after-ms", "40")::get)).isEqualTo(Duration.ofMillis(40));
        assertThat(RetryAfter.of(Map.of("Retry-After", "3")::get)).isEqualTo(Duration.ofSeconds(3));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(10));
        assertThat(RetryAfter.of(Map.of("Retry-After", inTenSeconds)::get))
                .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().minusSeconds(10));
        assertThat(RetryAfter.of(Map.of("Retry-After", past)::get)).isEqualTo(Duration.ZERO);
    }

    @Test
    void noOrUnreadableHeadersSayNothing() {
        assertThat(RetryAfter.of(Map.<String, String>of()::get)).isNull();
        assertThat(RetryAfter.of(Map.of("Retry-After", "soon", "retry-after-ms", "-5")::get)).isNull();
    }
}
