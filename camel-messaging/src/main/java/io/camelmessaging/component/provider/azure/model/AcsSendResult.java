package io.camelmessaging.component.provider.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of one recipient in an ACS answer.
 *
 * @param to                  the recipient
 * @param messageId           the message id, when ACS processed the recipient
 * @param httpStatusCode      the recipient's own status, 202 when accepted
 * @param repeatabilityResult {@code accepted} or {@code rejected} for a repeated request id, else null
 * @param successful          whether the recipient was accepted
 * @param errorMessage        why it was not, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcsSendResult(String to, String messageId, int httpStatusCode, String repeatabilityResult,
                            boolean successful, String errorMessage) {
}
