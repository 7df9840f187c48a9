package io.camelmessaging.component.validation;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The providers' published constraints on string values: length in Unicode code points and a pattern that must match
 * the whole value. Numbers and patterns are those of the providers' API models ({@code shared/reference/constraints.json}).
 */
public enum Constraint {
    /** AWS PhoneNumber. */
    AWS_PHONE_NUMBER(1, 20, "\\+?[1-9][0-9]{1,18}"),
    /** AWS TextMessageOriginationIdentity and MediaMessageOriginationIdentity. */
    AWS_ORIGINATION_IDENTITY(1, 256, "[A-Za-z0-9_:/\\+-]+"),
    /** AWS TextMessageBody: not blank, i.e. not only regex whitespace (checked without the regex, which is slow). */
    AWS_MESSAGE_BODY(1, 1600, "(?!\\s*$)[\\s\\S]+", Constraint::notOnlyRegexWhitespace),
    /** AWS Keyword: no tabs or line breaks. */
    AWS_KEYWORD(1, 30, "[ \\S]+"),
    /** AWS ConfigurationSetNameOrArn. */
    AWS_CONFIGURATION_SET_NAME(1, 256, "[A-Za-z0-9_:/-]+"),
    /** AWS ProtectConfigurationIdOrArn. */
    AWS_PROTECT_CONFIGURATION_ID(1, 256, "[A-Za-z0-9_:/-]+"),
    /** AWS MaxPrice: a decimal string. */
    AWS_MAX_PRICE(2, 8, "[0-9]{0,2}\\.[0-9]{1,5}"),
    /** AWS ContextKey. */
    AWS_CONTEXT_KEY(1, 100, "\\S+"),
    /** AWS ContextValue: no leading or trailing whitespace. */
    AWS_CONTEXT_VALUE(1, 800, "(?!\\s)^[\\s\\S]+(?<!\\s)"),
    /** AWS DestinationCountryParameterValue. */
    AWS_DESTINATION_COUNTRY_PARAMETER_VALUE(1, 64, "\\S+"),
    /** AWS MediaUrlValue: an S3 URL. */
    AWS_MEDIA_URL(1, 2048, "s3://([a-z0-9\\.-]{3,63})/(.+)"),
    /** ACS recipient: E.164, a + and at most 15 digits. */
    AZURE_PHONE_NUMBER(2, 16, "\\+[1-9][0-9]{1,14}"),
    /** ACS sender: an E.164 number, or an alphanumeric sender id of at most 11 characters with a letter. */
    AZURE_FROM(1, 16, "\\+[1-9][0-9]{1,14}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}"),
    /** ACS SMS message: at most 2048 characters, any of them. */
    AZURE_SMS_MESSAGE(0, 2048, "[\\s\\S]*", value -> true),
    /** ACS MMS message: at most 1000 characters, any of them. */
    AZURE_MMS_MESSAGE(0, 1000, "[\\s\\S]*", value -> true);

    private static final String REGEX_WHITESPACE = " \t\n\u000B\f\r";

    private final int minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final Predicate<String> matches;

    Constraint(int minLength, int maxLength, String pattern) {
        this(minLength, maxLength, pattern, null);
    }

    /** A constraint whose pattern is checked by an equivalent predicate, for patterns that scan long texts. */
    Constraint(int minLength, int maxLength, String pattern, Predicate<String> equivalent) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(pattern);
        this.matches = equivalent != null ? equivalent : this.pattern.asMatchPredicate();
    }

    /**
     * The rule the value breaks, or null when it keeps every rule. Every value must also be well-formed UTF-16 and
     * free of control characters other than tab, line feed, form feed and carriage return.
     */
    public String brokenRule(String value) {
        String malformed = malformed(value);
        if (malformed != null) {
            return malformed;
        }
        int length = value.codePointCount(0, value.length());
        if (length < minLength || length > maxLength) {
            return "must be " + minLength + "-" + maxLength + " characters long (is " + length + ")";
        }
        if (!matches.test(value)) {
            return "must match " + pattern.pattern();
        }
        return null;
    }

    /** The published pattern the value must match as a whole. */
    Pattern pattern() {
        return pattern;
    }

    /** The least length, in code points. */
    int minLength() {
        return minLength;
    }

    /** The greatest length, in code points. */
    int maxLength() {
        return maxLength;
    }

    private static boolean notOnlyRegexWhitespace(String value) {
        return value.chars().anyMatch(c -> REGEX_WHITESPACE.indexOf(c) < 0);
    }

    private static String malformed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid UTF-16 (unpaired surrogate at index " + i + ")";
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return "must not contain control character U+" + String.format("%04X", (int) c) + " (index " + i + ")";
            }
        }
        return null;
    }
}
