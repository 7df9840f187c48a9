package io.camelmessaging.component.provider.azure.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code smsSendOptions} of an ACS SMS request.
 *
 * @param enableDeliveryReport whether ACS emits delivery reports
 * @param tag                  a tag returned in the delivery reports, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcsSmsSendOptions(boolean enableDeliveryReport, String tag) {
}
