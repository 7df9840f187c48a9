package io.camelmessaging.component.provider.azure.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of ACS MMS {@code POST /mms?api-version=2024-01-14-preview}.
 *
 * @param from        the sender's phone number
 * @param recipients  1 to 100 recipients
 * @param message     the text, up to 1000 characters, or null
 * @param attachments 1 to 10 media
 * @param sendOptions delivery options, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcsMmsRequest(String from, List<AcsRecipient> recipients, String message,
                            List<AcsAttachment> attachments, AcsMmsSendOptions sendOptions) {
}
