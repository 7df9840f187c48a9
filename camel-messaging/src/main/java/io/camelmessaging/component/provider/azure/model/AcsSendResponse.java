package io.camelmessaging.component.provider.azure.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The 202 answer of an ACS SMS or MMS request: one item per recipient.
 *
 * @param value the per-recipient items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcsSendResponse(List<AcsSendResult> value) {
}
