package io.camelmessaging.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Amazon SQS over the AWS JSON 1.0 protocol the AWS SDK for Java 2.x uses: {@code POST /} with
 * {@code X-Amz-Target: AmazonSQS.<Operation>}, signed with SigV4 for {@code sqs}. Errors answer as SQS does in JSON:
 * {@code __type} and {@code message} in the body, the query-protocol code and fault in {@code x-amzn-query-error}.
 * The operations themselves are in {@link SqsOperations}.
 */
final class SqsApi implements SandboxApi {

    static final String API = "sqs";
    private static final String TARGET_PREFIX = "AmazonSQS.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxState state;
    private final SigV4Verifier verifier;
    private final SqsOperations operations;

    SqsApi(SandboxState state, Map<String, String> credentials, Clock clock) {
        this.state = state;
        this.verifier = new SigV4Verifier(credentials::get, clock);
        this.operations = new SqsOperations(state.queues);
    }

    @Override
    public boolean handles(HttpCall call) {
        String target = call.header("x-amz-target");
        return "POST".equals(call.method()) && target != null && target.startsWith(TARGET_PREFIX);
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Instant receivedAt = Instant.now();
        String operation = call.header("x-amz-target").substring(TARGET_PREFIX.length());
        SigV4Verifier.Failure denied = verifier.verify(API, call.method(), call.rawPath(), call.rawQuery(),
                call.headers(), call.body());
        if (denied != null) {
            ObjectNode body = JSON.createObjectNode().put("__type", "com.amazon.coral.service#" + denied.type())
                    .put("message", denied.message());
            answer(call, operation, receivedAt, 403, denied.type(), body, Map.of());
            return;
        }
        try {
            JsonNode request = parse(call.body());
            answer(call, operation, receivedAt, 200, null, operations.run(operation, request), Map.of());
        } catch (SqsError e) {
            ObjectNode body = JSON.createObjectNode().put("__type", "com.amazonaws.sqs#" + e.type)
                    .put("message", e.getMessage());
            answer(call, operation, receivedAt, e.status, e.type, body,
                    Map.of("x-amzn-query-error", e.queryCode + ";Sender"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(call, operation, receivedAt, 500, "InternalError", JSON.createObjectNode()
                    .put("__type", "com.amazonaws.sqs#InternalError").put("message", "Interrupted"), Map.of());
        }
    }

    private static JsonNode parse(byte[] body) throws SqsError {
        try {
            JsonNode request = JSON.readTree(body);
            if (request != null && request.isObject()) {
                return request;
            }
        } catch (IOException e) {
            // answered below
        }
        throw SqsError.invalidParameter("The request body is not a JSON object");
    }

    private void answer(HttpCall call, String operation, Instant receivedAt, int status, String errorType,
                        JsonNode body, Map<String, String> headers) throws IOException {
        state.requests.add(new RecordedRequest(API, operation, call.method(), call.pathAndQuery(), call.flatHeaders(),
                call.bodyText(), status, errorType, receivedAt));
        Map<String, String> answerHeaders = new HashMap<>(headers);
        answerHeaders.put("x-amzn-RequestId", UUID.randomUUID().toString());
        call.answer(status, CONTENT_TYPE, JSON.writeValueAsString(body), answerHeaders);
    }
}
