package io.camelmessaging.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * An API request that reached the sandbox, accepted or refused.
 *
 * @param api        the API, e.g. {@code sms-voice}
 * @param operation  the operation, or null when it could not be told
 * @param method     the HTTP method
 * @param path       the path and query as received
 * @param headers    the request headers, lower-case names, values joined with commas
 * @param body       the body as text
 * @param status     the HTTP status answered, -1 when the connection was dropped
 * @param errorType  the error type answered, or null on success
 * @param receivedAt when it arrived
 */
public record RecordedRequest(
        String api, String operation, String method, String path, Map<String, String> headers, String body, int status,
        String errorType, Instant receivedAt) {
}
