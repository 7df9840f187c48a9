package io.camelmessaging.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the sandbox accepted (or, for a dropped connection, received and would have sent).
 *
 * @param api        the API it came through, e.g. {@code sms-voice}
 * @param operation  the operation, e.g. {@code SendTextMessage}
 * @param channel    the channel, e.g. {@code SMS}, {@code MMS}, {@code EMAIL}, {@code GCM}
 * @param messageId  the message id the sandbox answered
 * @param from       the origination identity, or null
 * @param to         the recipient
 * @param title      the title (push notifications, email subject), or null
 * @param body       the text, or null
 * @param mediaUrls  the media URLs, empty for a text
 * @param dryRun     whether the request asked to validate only
 * @param receivedAt when it arrived
 * @param request    the request JSON body exactly as received
 * @param headers    the request headers, lower-case names, values joined with commas
 */
public record RecordedMessage(
        String api, String operation, String channel, String messageId, String from, String to, String title,
        String body, List<String> mediaUrls,
        boolean dryRun, Instant receivedAt, JsonNode request, Map<String, String> headers) {
}
