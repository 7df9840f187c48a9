package io.camelmessaging.component.validation;

/**
 * The SMS data coding a text needs.
 */
public enum SmsEncoding {
    /** The GSM 03.38 7-bit default alphabet with its extension table. */
    GSM7,
    /** UCS-2 (UTF-16 code units): any text with a character outside the GSM alphabet. */
    UCS2
}
