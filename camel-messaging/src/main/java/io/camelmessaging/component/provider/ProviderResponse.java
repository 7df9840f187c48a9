package io.camelmessaging.component.provider;

import java.util.List;

/**
 * The answer to a request the user built ({@code pojoRequest=true}): the SDK response and one outcome per recipient.
 *
 * @param response the SDK response, which becomes the message body
 * @param outcomes one outcome per recipient of the request
 */
public record ProviderResponse(Object response, List<RecipientOutcome> outcomes) {
}
