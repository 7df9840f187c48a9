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

    /** Adds a violation when the number fails the libphonenumber check chosen by {@code phoneNumberCheck}. */
    public void check(String field, String number, Violations violations) {
        if (check == PhoneNumberCheck.pattern || number == null) {
            return;
        }
        PhoneNumber parsed;
        try {
            parsed = UTIL.parse(number, defaultRegion == null ? "ZZ" : defaultRegion);
        } catch (NumberParseException e) {
            violations.add(field, number, "must be a phone number libphonenumber can read (" + e.getErrorType() + ")");
            return;
        }
        if (check == PhoneNumberCheck.possible && !UTIL.isPossibleNumber(parsed)) {
            violations.add(field, number, "must be a possible phone number (libphonenumber isPossibleNumber)");
        } else if (check == PhoneNumberCheck.valid && !UTIL.isValidNumber(parsed)) {
            violations.add(field, number, "must be a valid phone number (libphonenumber isValidNumber)");
        }
    }
}
