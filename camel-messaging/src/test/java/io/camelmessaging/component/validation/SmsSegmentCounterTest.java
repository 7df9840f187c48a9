package io.camelmessaging.component.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts, units and encoding at the part boundaries of GSM-7 (with extension characters) and UCS-2 (with surrogate
 * pairs).
 */
class SmsSegmentCounterTest {

    @ParameterizedTest(name = "{0} GSM characters: {1} part(s)")
    @CsvSource({ "1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4" })
    void gsmBasicCharactersAtTheBoundaries(int length, int parts) {
        assertThat(SmsSegmentCounter.count("a".repeat(length)))
                .isEqualTo(new SmsSegments(SmsEncoding.GSM7, parts, length));
    }

    @ParameterizedTest(name = "{0} UCS-2 units: {1} part(s)")
    @CsvSource({ "1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4" })
    void ucs2CharactersAtTheBoundaries(int length, int parts) {
        assertThat(SmsSegmentCounter.count("ж".repeat(length)))
                .isEqualTo(new SmsSegments(SmsEncoding.UCS2, parts, length));
    }

    @Test
    void extensionCharactersCostTwoSeptets() {
        assertThat(SmsSegmentCounter.count("a".repeat(158) + "€")).isEqualTo(new SmsSegments(SmsEncoding.GSM7, 1, 160));
        assertThat(SmsSegmentCounter.count("a".repeat(159) + "€")).isEqualTo(new SmsSegments(SmsEncoding.GSM7, 2, 161));
        assertThat(SmsSegmentCounter.count("{}[]~|^\\€\f")).isEqualTo(new SmsSegments(SmsEncoding.GSM7, 1, 20));
    }

    @Test
    void anExtensionCharacterIsNeverSplitAcrossParts() {
        assertThat(SmsSegmentCounter.count("a".repeat(152) + "{"))
                .as("154 septets still fit one part")
                .isEqualTo(new SmsSegments(SmsEncoding.GSM7, 1, 154));
        assertThat(SmsSegmentCounter.count("a".repeat(152) + "{" + "a".repeat(152)))
                .as("152 + 2 septets: the { moves to part 2, which then holds 2 + 151, leaving 1 for part 3")
                .isEqualTo(new SmsSegments(SmsEncoding.GSM7, 3, 306));
        assertThat(SmsSegmentCounter.count("a".repeat(151) + "{" + "a".repeat(153)))
                .as("151 + 2 septets fill part 1 exactly")
                .isEqualTo(new SmsSegments(SmsEncoding.GSM7, 2, 306));
    }

    @Test
    void anEmojiIsTwoUnitsAndSwitchesTheTextToUcs2() {
        assertThat(SmsSegmentCounter.count("Hello 😀")).isEqualTo(new SmsSegments(SmsEncoding.UCS2, 1, 8));
        assertThat(SmsSegmentCounter.count("a".repeat(68) + "😀")).isEqualTo(new SmsSegments(SmsEncoding.UCS2, 1, 70));
        assertThat(SmsSegmentCounter.count("a".repeat(69) + "😀")).isEqualTo(new SmsSegments(SmsEncoding.UCS2, 2, 71));
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossParts() {
        assertThat(SmsSegmentCounter.count("ж".repeat(66) + "😀"))
                .as("68 units still fit one part")
                .isEqualTo(new SmsSegments(SmsEncoding.UCS2, 1, 68));
        assertThat(SmsSegmentCounter.count("a".repeat(66) + "😀" + "a".repeat(66)))
                .as("66 + 2 units: the emoji moves to part 2, which then holds 2 + 65, leaving 1 for part 3")
                .isEqualTo(new SmsSegments(SmsEncoding.UCS2, 3, 134));
        assertThat(SmsSegmentCounter.count("a".repeat(65) + "😀" + "a".repeat(67)))
                .isEqualTo(new SmsSegments(SmsEncoding.UCS2, 2, 134));
    }

    @Test
    void charactersOutsideTheGsmAlphabetSwitchTheWholeText() {
        assertThat(SmsSegmentCounter.count("Ça va").encoding()).isEqualTo(SmsEncoding.GSM7);
        assertThat(SmsSegmentCounter.count("ça va").encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(SmsSegmentCounter.count("back`tick").encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(SmsSegmentCounter.count("a".repeat(100) + "ç")).isEqualTo(new SmsSegments(SmsEncoding.UCS2, 2, 101));
    }

    @Test
    void lineBreaksAndGreekCapitalsAreGsm() {
        assertThat(SmsSegmentCounter.count("Line 1\nLine 2\r\nΔΦΓΛΩΠΨΣΘΞ @£$¥§¿¡"))
                .isEqualTo(new SmsSegments(SmsEncoding.GSM7, 1, 33));
    }

    @Test
    void emptyAndNullCostNothing() {
        assertThat(SmsSegmentCounter.count("")).isEqualTo(new SmsSegments(SmsEncoding.GSM7, 0, 0));
        assertThat(SmsSegmentCounter.count(null)).isEqualTo(new SmsSegments(SmsEncoding.GSM7, 0, 0));
    }
}
