package io.camelmessaging.component.provider.azure;

import java.util.List;

import io.camelmessaging.component.request.MediaAttachment;

/**
 * The options of ACS MMS: the delivery options it shares with SMS, and the media loaded as content.
 */
record AzureMmsOptions(AzureDeliveryOptions delivery, List<MediaAttachment> attachments) {
}
