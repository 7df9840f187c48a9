package io.camelmessaging.component.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.camelmessaging.component.PhoneNumberCheck;

/**
 * Turns phone numbers into E.164 and applies libphonenumber's stricter checks, as options {@code defaultRegion} and
 * {@code phoneNumberCheck} ask.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;
    private final PhoneNumberCheck check;

    public PhoneNumbers(String defaultRegion, PhoneNumberCheck check) {
        this.defaultRegion = defaultRegion;
        this.check = check == null ? PhoneNumberCheck.pattern : check;
    }

    /**
     * The number in E.164 when a default region is set and libphonenumber can read it (national formats, spaces,
     * dashes and brackets are accepted then); otherwise the number as given.
     */
    public String normalize(String number) {
        if (defaultRegion == null || number == null) {
            return number;
        }
        try {
            return UTIL.format(UTIL.parse(number, defaultRegion), PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return number;
        }
    }

    /** Whether {@code phoneNumberCheck} asks for more than the provider's pattern. */
    public boolean checks() {
        return check != PhoneNumberCheck.pattern;
    }

    /**
     * The number {@link #normalize normalised} and the rule {@link #check} finds the result breaks (null if none), from
     * one parse: libphonenumber reads its own E.164 output as the number it formatted.
     */
    public Normalized normalizeAndCheck(String number) {
        if (number == null || !checks()) {
            return new Normalized(normalize(number), null);
        }
        PhoneNumber parsed;
        try {
            parsed = UTIL.parse(number, defaultRegion == null ? "ZZ" : defaultRegion);
        } catch (NumberParseException e) {
            return new Normalized(number, unreadable(e));
        }
        return new Normalized(defaultRegion == null ? number : UTIL.format(parsed, PhoneNumberFormat.E164),
                brokenRule(parsed));
    }

    /** Adds a violation when the number fails the libphonenumber check chosen by {@code phoneNumberCheck}. */
    public void check(String field, String number, Violations violations) {
        if (!checks() || number == null) {
            return;
        }
        String broken;
        try {
            broken = brokenRule(UTIL.parse(number, defaultRegion == null ? "ZZ" : defaultRegion));
        } catch (NumberParseException e) {
            broken = unreadable(e);
        }
        if (broken != null) {
            violations.add(field, number, broken);
        }
    }

    private static String unreadable(NumberParseException e) {
        return "must be a phone number libphonenumber can read (" + e.getErrorType() + ")";
    }

    private String brokenRule(PhoneNumber parsed) {
        if (check == PhoneNumberCheck.possible && !UTIL.isPossibleNumber(parsed)) {
            return "must be a possible phone number (libphonenumber isPossibleNumber)";
        }
        if (check == PhoneNumberCheck.valid && !UTIL.isValidNumber(parsed)) {
            return "must be a valid phone number (libphonenumber isValidNumber)";
        }
        return null;
    }

    /**
     * A number as normalised, and what its check found.
     *
     * @param number     the number in E.164, or as given
     * @param brokenRule the rule of {@code phoneNumberCheck} it breaks, or null
     */
    public record Normalized(String number, String brokenRule) {
    }
}
