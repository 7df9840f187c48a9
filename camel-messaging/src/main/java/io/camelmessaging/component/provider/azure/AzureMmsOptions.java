package io.camelmessaging.component.provider.azure;

import java.util.List;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.provider.azure.model.AcsAttachment;
import io.camelmessaging.component.provider.azure.model.AcsMmsSendOptions;
import io.camelmessaging.component.request.Correlation;
import io.camelmessaging.component.request.MediaAttachment;
import io.camelmessaging.component.request.OptionResolver;

/**
 * The options of ACS MMS, with the media loaded as content. Unset values are null.
 */
record AzureMmsOptions(Boolean enableDeliveryReport, String tag, List<MediaAttachment> attachments) {

    static AzureMmsOptions resolve(OptionResolver r, List<MediaAttachment> attachments) {
        return new AzureMmsOptions(
                r.get(MessagingConstants.ENABLE_DELIVERY_REPORT, Boolean.class,
                        MessagingConfiguration::getEnableDeliveryReport),
                Correlation.azureTag(r, r.get(MessagingConstants.TAG, String.class, MessagingConfiguration::getTag)),
                attachments);
    }

    /** The {@code sendOptions} on the wire; null when none is set. */
    AcsMmsSendOptions sendOptionsToWire() {
        if (enableDeliveryReport == null && tag == null) {
            return null;
        }
        return new AcsMmsSendOptions(Boolean.TRUE.equals(enableDeliveryReport), tag);
    }

    /** The {@code attachments} on the wire. */
    List<AcsAttachment> attachmentsToWire() {
        return attachments.stream().map(a -> new AcsAttachment(a.contentType(), a.contentInBase64())).toList();
    }
}
