package io.camelmessaging.component.validation;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The providers' published constraints on string values: length in Unicode code points and a pattern that must match
 * the whole value. Numbers and patterns are those of the providers' API models ({@code shared/reference/constraints.json}).
 */
public enum Constraint {
    /** AWS PhoneNumber. */
    AWS_PHONE_NUMBER(1, 20, "\\+?[1-9][0-9]{1,18}", v -> isNumber(v, v.startsWith("+") ? 1 : 0, 18)),
    /** AWS TextMessageOriginationIdentity and MediaMessageOriginationIdentity. */
    AWS_ORIGINATION_IDENTITY(1, 256, "[A-Za-z0-9_:/\\+-]+", v -> allIn(v, "_:/+-")),
    /** AWS TextMessageBody: not blank, i.e. not only regex whitespace. */
    AWS_MESSAGE_BODY(1, 1600, "(?!\\s*$)[\\s\\S]+", Constraint::notOnlyRegexWhitespace),
    /** AWS Keyword: no tabs or line breaks. */
    AWS_KEYWORD(1, 30, "[ \\S]+", v -> !v.isEmpty() && noRegexWhitespace(v, true)),
    /** AWS ConfigurationSetNameOrArn. */
    AWS_CONFIGURATION_SET_NAME(1, 256, "[A-Za-z0-9_:/-]+", v -> allIn(v, "_:/-")),
    /** AWS ProtectConfigurationIdOrArn. */
    AWS_PROTECT_CONFIGURATION_ID(1, 256, "[A-Za-z0-9_:/-]+", v -> allIn(v, "_:/-")),
    /** AWS MaxPrice: a decimal string. */
    AWS_MAX_PRICE(2, 8, "[0-9]{0,2}\\.[0-9]{1,5}", Constraint::isPrice),
    /** AWS ContextKey. */
    AWS_CONTEXT_KEY(1, 100, "\\S+", v -> !v.isEmpty() && noRegexWhitespace(v, false)),
    /** AWS ContextValue: no leading or trailing whitespace. */
    AWS_CONTEXT_VALUE(1, 800, "(?!\\s)^[\\s\\S]+(?<!\\s)", v -> !v.isEmpty()
            && !isRegexWhitespace(v.charAt(0)) && !isRegexWhitespace(v.charAt(v.length() - 1))),
    /** AWS DestinationCountryParameterValue. */
    AWS_DESTINATION_COUNTRY_PARAMETER_VALUE(1, 64, "\\S+", v -> !v.isEmpty() && noRegexWhitespace(v, false)),
    /** AWS MediaUrlValue: an S3 URL. */
    AWS_MEDIA_URL(1, 2048, "s3://([a-z0-9\\.-]{3,63})/(.+)", Constraint::isS3Url),
    /** ACS recipient: E.164, a + and at most 15 digits. */
    AZURE_PHONE_NUMBER(2, 16, "\\+[1-9][0-9]{1,14}", Constraint::isE164),
    /** ACS sender: an E.164 number, or an alphanumeric sender id of at most 11 characters with a letter. */
    AZURE_FROM(1, 16, "\\+[1-9][0-9]{1,14}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}",
            v -> isE164(v) || isAlphanumericSenderId(v)),
    /** ACS SMS message: at most 2048 characters, any of them. */
    AZURE_SMS_MESSAGE(0, 2048, "[\\s\\S]*", value -> true),
    /** ACS MMS message: at most 1000 characters, any of them. */
    AZURE_MMS_MESSAGE(0, 1000, "[\\s\\S]*", value -> true);

    private static final String REGEX_WHITESPACE = " \t\n\u000B\f\r";

    private final int minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final Predicate<String> matches;

    /**
     * A constraint whose pattern is decided by an equivalent check of characters (the pattern itself is kept for the
     * rule's text; {@code ConstraintTest} checks that both decide alike).
     */
    Constraint(int minLength, int maxLength, String pattern, Predicate<String> equivalent) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(pattern);
        this.matches = equivalent;
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
        for (int i = 0; i < value.length(); i++) {
            if (!isRegexWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether no character is regex whitespace ({@code \s}), a space apart when {@code spaceAllowed}. */
    private static boolean noRegexWhitespace(String value, boolean spaceAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isRegexWhitespace(c) && !(spaceAllowed && c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegexWhitespace(char c) {
        return REGEX_WHITESPACE.indexOf(c) >= 0;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Not empty, and every character an ASCII letter or digit or one of {@code others}. */
    private static boolean allIn(String value, String others) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && others.indexOf(c) < 0) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    /** From {@code from}: a digit 1-9, then 1 to {@code maxMore} digits 0-9. */
    private static boolean isNumber(String value, int from, int maxMore) {
        int more = value.length() - from - 1;
        if (more < 1 || more > maxMore || value.charAt(from) < '1' || value.charAt(from) > '9') {
            return false;
        }
        return digits(value, from + 1, value.length());
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isE164(String value) {
        return value.startsWith("+") && isNumber(value, 1, 14);
    }

    private static boolean isAlphanumericSenderId(String value) {
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != ' ') {
                return false;
            }
            letter |= c > '9';
        }
        return letter && value.length() <= 11;
    }

    /** 0-2 digits, a point, 1-5 digits. */
    private static boolean isPrice(String value) {
        int point = value.indexOf('.');
        int decimals = value.length() - point - 1;
        return point >= 0 && point <= 2 && decimals >= 1 && decimals <= 5 && digits(value, 0, point)
               && digits(value, point + 1, value.length());
    }

    /** {@code s3://}, a bucket of 3-63 of {@code [a-z0-9.-]}, a slash, and at least one character not a line end. */
    private static boolean isS3Url(String value) {
        if (!value.startsWith("s3://")) {
            return false;
        }
        int slash = value.indexOf('/', 5);
        if (slash - 5 < 3 || slash - 5 > 63 || slash == value.length() - 1) {
            return false;
        }
        for (int i = 5; i < slash; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
        }
        for (int i = slash + 1; i < value.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(value.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
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
