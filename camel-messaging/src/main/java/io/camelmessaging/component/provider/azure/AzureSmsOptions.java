package io.camelmessaging.component.provider.azure;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.provider.azure.model.AcsSmsSendOptions;
import io.camelmessaging.component.request.Correlation;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.validation.Violations;

/**
 * The options of ACS SMS. Unset values are null.
 */
record AzureSmsOptions(Boolean enableDeliveryReport, String tag, Integer validityPeriodSeconds) {

    static AzureSmsOptions resolve(OptionResolver r) {
        return new AzureSmsOptions(
                r.get(MessagingConstants.ENABLE_DELIVERY_REPORT, Boolean.class,
                        MessagingConfiguration::getEnableDeliveryReport),
                Correlation.azureTag(r, r.get(MessagingConstants.TAG, String.class, MessagingConfiguration::getTag)),
                r.get(MessagingConstants.VALIDITY_PERIOD_SECONDS, Integer.class,
                        MessagingConfiguration::getValidityPeriodSeconds));
    }

    void validate(Violations v) {
        v.range("validityPeriodSeconds", validityPeriodSeconds, 1, 18000);
    }

    /** The {@code smsSendOptions} on the wire; null when none is set. */
    AcsSmsSendOptions toWire() {
        if (enableDeliveryReport == null && tag == null && validityPeriodSeconds == null) {
            return null;
        }
        return new AcsSmsSendOptions(Boolean.TRUE.equals(enableDeliveryReport), tag, validityPeriodSeconds);
    }
}
