package io.camelmessaging.component.provider.aws;

import software.amazon.awssdk.services.pinpoint.model.MessageRequest;

/**
 * A Pinpoint direct message prepared from an exchange: the application and the full {@code MessageRequest}.
 *
 * @param applicationId the Pinpoint application (project) id
 * @param request       the message request, with every address and endpoint
 */
record PinpointRequest(String applicationId, MessageRequest request) {
}
