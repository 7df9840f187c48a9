package io.camelmessaging.component.provider.aws;

import software.amazon.awssdk.services.pinpoint.model.MessageRequest;

/**
 * The options of Pinpoint {@code SendMessages}, resolved into a direct message: the application and the full
 * {@code MessageRequest}.
 *
 * @param applicationId the Pinpoint application (project) id
 * @param request       the message request, with every address and endpoint; null when the body could not be read
 */
record PinpointRequest(String applicationId, MessageRequest request) {
}
