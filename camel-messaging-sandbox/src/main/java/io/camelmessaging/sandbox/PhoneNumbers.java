package io.camelmessaging.sandbox;

import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Whether a destination is a phone number the services would send to: E.164 as written ({@code +}, country code,
 * at most 15 digits), valid for its country by libphonenumber's metadata, and already in its E.164 form (so
 * {@code +112345678901}, which libphonenumber reads as {@code +1 234 567 8901} with a national prefix, is not).
 */
final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** Whether {@code number} is written in E.164 and is a valid number of its country. */
    static boolean isValid(String number) {
        if (number == null || !E164.matcher(number).matches()) {
            return false;
        }
        try {
            PhoneNumber parsed = UTIL.parse(number, null);
            return UTIL.isValidNumber(parsed) && UTIL.format(parsed, PhoneNumberFormat.E164).equals(number);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The ISO 3166-1 alpha-2 country of a valid number, e.g. {@code US}; null when it cannot be told. */
    static String isoCountryCode(String number) {
        try {
            String region = UTIL.getRegionCodeForNumber(UTIL.parse(number, null));
            return region == null || "ZZ".equals(region) ? null : region;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
