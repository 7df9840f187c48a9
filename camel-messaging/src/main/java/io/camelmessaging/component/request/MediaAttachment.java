package io.camelmessaging.component.request;

/**
 * A media file to send as content (azure MMS): where it came from, its content type and its bytes in base64.
 *
 * @param source          the media URL or Camel attachment name it was read from
 * @param contentType     the detected content type, e.g. {@code image/png}, or null when it could not be told
 * @param contentInBase64 the content, base64-encoded
 */
public record MediaAttachment(String source, String contentType, String contentInBase64) {
}
