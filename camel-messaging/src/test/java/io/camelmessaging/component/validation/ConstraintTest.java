package io.camelmessaging.component.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint decides as its published pattern does, including those checked by a faster equivalent predicate.
 */
class ConstraintTest {

    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u2003\u3000aZ9+-_:/.é€😀";

    @ParameterizedTest
    @EnumSource(Constraint.class)
    void decidesAsItsPattern(Constraint constraint) {
        Pattern pattern = constraint.pattern();
        for (String value : samples()) {
            boolean patternMatches = pattern.matcher(value).matches();
            String broken = constraint.brokenRule(value);
            boolean brokePattern = broken != null && broken.startsWith("must match");
            boolean checkedPattern = broken == null || brokePattern;
            if (checkedPattern) {
                assertThat(brokePattern).as("%s on %s", constraint, escape(value)).isEqualTo(!patternMatches);
            }
        }
    }

    private static List<String> samples() {
        Random random = new Random(42);
        List<String> samples = new ArrayList<>(List.of("", " ", "\t\n", "\u00A0", "a", " a ", "+12065550100"));
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                value.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            samples.add(value.toString());
        }
        return samples;
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        value.codePoints().forEach(c -> escaped.append(c < 128 && c >= 32 ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return escaped.toString();
    }
}
