package io.camelmessaging.component.provider.azure.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code sendOptions} of an ACS MMS request.
 *
 * @param enableDeliveryReport whether ACS emits delivery reports
 * @param tag                  a tag returned in the delivery reports, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcsMmsSendOptions(boolean enableDeliveryReport, String tag) {
}
