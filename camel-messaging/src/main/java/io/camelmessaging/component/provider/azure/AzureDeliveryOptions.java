package io.camelmessaging.component.provider.azure;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.provider.azure.model.AcsSendOptions;
import io.camelmessaging.component.request.OptionResolver;

/**
 * The options of ACS SMS, which ACS MMS shares: delivery reports and their tag. Unset values are null.
 */
record AzureDeliveryOptions(Boolean enableDeliveryReport, String tag) {

    static AzureDeliveryOptions resolve(OptionResolver r) {
        return new AzureDeliveryOptions(
                r.get(MessagingConstants.ENABLE_DELIVERY_REPORT, Boolean.class,
                        MessagingConfiguration::getEnableDeliveryReport),
                r.get(MessagingConstants.TAG, String.class, MessagingConfiguration::getTag));
    }

    /** The send options on the wire; null when neither is set. */
    AcsSendOptions toWire() {
        if (enableDeliveryReport == null && tag == null) {
            return null;
        }
        return new AcsSendOptions(Boolean.TRUE.equals(enableDeliveryReport), tag);
    }
}
