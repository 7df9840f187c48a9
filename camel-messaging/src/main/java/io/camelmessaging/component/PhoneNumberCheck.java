package io.camelmessaging.component;

/**
 * How strictly phone numbers are checked before sending.
 */
public enum PhoneNumberCheck {
    /** Only the provider's published pattern. */
    pattern,
    /** The pattern, and libphonenumber's {@code isPossibleNumber} (length fits the country). */
    possible,
    /** The pattern, and libphonenumber's {@code isValidNumber} (an assigned number range). */
    valid
}
