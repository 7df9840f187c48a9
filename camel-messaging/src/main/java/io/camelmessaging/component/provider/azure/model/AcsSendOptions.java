package io.camelmessaging.component.provider.azure.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The delivery options of an ACS SMS ({@code smsSendOptions}) or MMS ({@code sendOptions}) request.
 *
 * @param enableDeliveryReport whether ACS emits delivery reports
 * @param tag                  a tag returned in the delivery reports, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcsSendOptions(boolean enableDeliveryReport, String tag) {
}
