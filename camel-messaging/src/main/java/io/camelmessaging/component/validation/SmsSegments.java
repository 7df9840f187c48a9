package io.camelmessaging.component.validation;

/**
 * What a text costs as SMS.
 *
 * @param encoding the encoding the text needs
 * @param parts    the number of SMS parts (0 for an empty text)
 * @param units    septets for GSM7 (extension characters count 2), UTF-16 code units for UCS2
 */
public record SmsSegments(SmsEncoding encoding, int parts, int units) {
}
