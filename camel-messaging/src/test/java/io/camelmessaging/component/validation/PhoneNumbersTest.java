package io.camelmessaging.component.validation;

import java.util.List;

import io.camelmessaging.component.MessagingValidationException;
import io.camelmessaging.component.PhoneNumberCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Normalising and checking a number from one parse gives what normalising it and then checking the result did, for
 * every check, with and without a default region, on numbers of every kind.
 */
class PhoneNumbersTest {

    private static final List<String> NUMBERS = List.of("+12065550123", "(206) 555-0123", "206-555-0123",
            "+1 206 555 0123", "+447700900123", "07700 900123", "+390612345678", "+12065550", "+999123456",
            "MyBrand", "12", "+1", "", "0");

    @ParameterizedTest
    @CsvSource(value = {"US, pattern", "US, possible", "US, valid", "GB, valid", "IT, possible", "NULL, possible",
                        "NULL, valid"}, nullValues = "NULL")
    void oneParseGivesTheNormalisedNumberAndTheCheckOfTheResult(String region, PhoneNumberCheck check) {
        PhoneNumbers numbers = new PhoneNumbers(region, check);
        for (String number : NUMBERS) {
            PhoneNumbers.Normalized normalized = numbers.normalizeAndCheck(number);
            String expected = numbers.normalize(number);
            Violations violations = new Violations();
            numbers.check("to", expected, violations);

            assertThat(normalized.number()).as(number).isEqualTo(expected);
            assertThat(normalized.brokenRule()).as(number).isEqualTo(brokenRule(violations));
        }
    }

    private static String brokenRule(Violations violations) {
        try {
            violations.throwIfAny("aws");
            return null;
        } catch (MessagingValidationException e) {
            return e.getViolations().get(0).rule();
        }
    }
}
