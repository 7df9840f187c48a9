package io.camelmessaging.component.provider.azure;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.provider.azure.model.AcsSmsSendOptions;
import io.camelmessaging.component.request.OptionResolver;

/**
 * The options of ACS SMS. Unset values are null.
 */
record AzureSmsOptions(Boolean enableDeliveryReport, String tag) {

    static AzureSmsOptions resolve(OptionResolver r) {
        return new AzureSmsOptions(
                r.get(MessagingConstants.ENABLE_DELIVERY_REPORT, Boolean.class,
                        MessagingConfiguration::getEnableDeliveryReport),
                r.get(MessagingConstants.TAG, String.class, MessagingConfiguration::getTag));
    }

    /** The {@code smsSendOptions} on the wire; null when none is set. */
    AcsSmsSendOptions toWire() {
        if (enableDeliveryReport == null && tag == null) {
            return null;
        }
        return new AcsSmsSendOptions(Boolean.TRUE.equals(enableDeliveryReport), tag);
    }
}
