package io.camelmessaging.component.provider.azure.model;

/**
 * One medium of an ACS MMS request.
 *
 * @param contentType     e.g. {@code image/png}; one of the types ACS MMS accepts
 * @param contentInBase64 the content, base64-encoded
 */
public record AcsAttachment(String contentType, String contentInBase64) {
}
