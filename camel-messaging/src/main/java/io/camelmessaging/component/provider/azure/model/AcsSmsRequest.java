package io.camelmessaging.component.provider.azure.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of ACS SMS {@code POST /sms?api-version=2021-03-07}.
 *
 * @param from           the sender: a phone number or alphanumeric sender id
 * @param smsRecipients  1 to 100 recipients
 * @param message        the text, up to 2048 characters
 * @param smsSendOptions delivery options, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcsSmsRequest(String from, List<AcsRecipient> smsRecipients, String message,
                            AcsSmsSendOptions smsSendOptions) {
}
