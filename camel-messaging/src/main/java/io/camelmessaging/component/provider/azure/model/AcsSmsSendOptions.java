package io.camelmessaging.component.provider.azure.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code smsSendOptions} of an ACS SMS request.
 *
 * @param enableDeliveryReport whether ACS emits delivery reports
 * @param tag                  a tag returned in the delivery reports, or null
 * @param validityPeriodSeconds how long ACS tries to deliver, 1-18000 seconds, or null for its default (18000)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcsSmsSendOptions(boolean enableDeliveryReport, String tag, Integer validityPeriodSeconds) {

    /** Options with ACS's default validity period. */
    public AcsSmsSendOptions(boolean enableDeliveryReport, String tag) {
        this(enableDeliveryReport, tag, null);
    }
}
