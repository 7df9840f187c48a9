package io.camelmessaging.component.provider.azure.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One recipient of an ACS SMS or MMS request. A repeated request with the same repeatability request id is not sent
 * again while ACS tracks it (5 minutes from the first-sent time).
 *
 * @param to                     the E.164 phone number
 * @param repeatabilityRequestId a UUID identifying this recipient's send, or null
 * @param repeatabilityFirstSent when the request was first sent, RFC 1123 ({@code Sun, 22 Nov 2026 12:15:21 GMT})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcsRecipient(String to, String repeatabilityRequestId, String repeatabilityFirstSent) {
}
