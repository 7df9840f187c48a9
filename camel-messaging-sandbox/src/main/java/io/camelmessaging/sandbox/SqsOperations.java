package io.camelmessaging.sandbox;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The emulated SQS operations on JSON requests: receive (long polling, visibility timeout, system and message
 * attributes), delete and change visibility (single and batch), send (single and batch), queue URL, attributes,
 * purge and create. Each answers the JSON response or throws the {@link SqsError} SQS answers.
 */
final class SqsOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BATCH = 10;
    private static final int MAX_VISIBILITY_SECONDS = 43_200;

    private final SqsQueues queues;

    SqsOperations(SqsQueues queues) {
        this.queues = queues;
    }

    JsonNode run(String operation, JsonNode request) throws SqsError, InterruptedException {
        return switch (operation) {
            case "ReceiveMessage" -> receive(request);
            case "DeleteMessage" -> {
                deleteOne(queue(request), required(request, "ReceiptHandle"));
                yield JSON.createObjectNode();
            }
            case "DeleteMessageBatch" -> batch(request, (queue, entry) -> {
                deleteOne(queue, required(entry, "ReceiptHandle"));
                return JSON.createObjectNode();
            });
            case "ChangeMessageVisibility" -> {
                changeVisibility(queue(request), request);
                yield JSON.createObjectNode();
            }
            case "ChangeMessageVisibilityBatch" -> batch(request, (queue, entry) -> {
                changeVisibility(queue, entry);
                return JSON.createObjectNode();
            });
            case "SendMessage" -> send(queue(request), request);
            case "SendMessageBatch" -> batch(request, this::send);
            case "GetQueueUrl" -> {
                String name = required(request, "QueueName");
                if (queues.queueNamed(name, false) == null) {
                    throw SqsError.queueDoesNotExist();
                }
                yield JSON.createObjectNode().put("QueueUrl", queues.url(name));
            }
            case "GetQueueAttributes" -> attributes(queue(request));
            case "PurgeQueue" -> {
                queue(request).purge();
                yield JSON.createObjectNode();
            }
            case "CreateQueue" -> create(request);
            default -> throw SqsError.unsupportedOperation(operation);
        };
    }

    private JsonNode receive(JsonNode request) throws SqsError, InterruptedException {
        SqsQueue queue = queue(request);
        int max = number(request, "MaxNumberOfMessages", 1, 1, 10);
        int wait = number(request, "WaitTimeSeconds", 0, 0, 20);
        int visibility = number(request, "VisibilityTimeout", queue.visibilityTimeoutSeconds, 0,
                MAX_VISIBILITY_SECONDS);
        Set<String> systemNames = names(request, "AttributeNames");
        systemNames.addAll(names(request, "MessageSystemAttributeNames"));
        Set<String> attributeNames = names(request, "MessageAttributeNames");
        ArrayNode messages = JSON.createArrayNode();
        for (SqsMessage.Received received : queue.receive(max, visibility, wait * 1000L)) {
            messages.add(message(received, systemNames, attributeNames));
        }
        ObjectNode answer = JSON.createObjectNode();
        if (!messages.isEmpty()) {
            answer.set("Messages", messages);
        }
        return answer;
    }

    private static ObjectNode message(SqsMessage.Received received, Set<String> systemNames,
                                      Set<String> attributeNames) {
        SqsMessage message = received.message();
        ObjectNode out = JSON.createObjectNode().put("MessageId", message.messageId)
                .put("ReceiptHandle", received.receiptHandle()).put("MD5OfBody", message.md5OfBody)
                .put("Body", message.body);
        Map<String, String> system = new LinkedHashMap<>();
        system.put("SenderId", MessagingSandbox.AWS_ACCESS_KEY_ID);
        system.put("SentTimestamp", Long.toString(message.sentTimestamp));
        system.put("ApproximateReceiveCount", Integer.toString(received.receiveCount()));
        system.put("ApproximateFirstReceiveTimestamp", Long.toString(received.firstReceiveTimestamp()));
        ObjectNode attributes = JSON.createObjectNode();
        system.forEach((name, value) -> {
            if (systemNames.contains("All") || systemNames.contains(name)) {
                attributes.put(name, value);
            }
        });
        if (!attributes.isEmpty()) {
            out.set("Attributes", attributes);
        }
        Map<String, Map<String, String>> selected = new LinkedHashMap<>();
        message.attributes.forEach((name, value) -> {
            if (selects(attributeNames, name)) {
                selected.put(name, value);
            }
        });
        if (!selected.isEmpty()) {
            out.put("MD5OfMessageAttributes", SqsChecksums.md5OfAttributes(selected));
            out.set("MessageAttributes", JSON.valueToTree(selected));
        }
        return out;
    }

    /** Whether a {@code MessageAttributeNames} list ({@code All}, {@code .*}, {@code prefix.*} or names) selects one. */
    private static boolean selects(Set<String> names, String name) {
        for (String wanted : names) {
            if (wanted.equals("All") || wanted.equals(".*") || wanted.equals(name)
                || wanted.endsWith(".*") && name.startsWith(wanted.substring(0, wanted.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteOne(SqsQueue queue, String handle) throws SqsError {
        if (queue.delete(handle) == SqsQueue.HandleResult.INVALID) {
            throw SqsError.receiptHandleIsInvalid(handle);
        }
    }

    private static void changeVisibility(SqsQueue queue, JsonNode request) throws SqsError {
        String handle = required(request, "ReceiptHandle");
        if (!request.has("VisibilityTimeout")) {
            throw SqsError.missingParameter("VisibilityTimeout");
        }
        int seconds = number(request, "VisibilityTimeout", 0, 0, MAX_VISIBILITY_SECONDS);
        switch (queue.changeVisibility(handle, seconds)) {
            case INVALID -> throw SqsError.receiptHandleIsInvalid(handle);
            case STALE -> throw SqsError.messageNotInflight();
            default -> {
            }
        }
    }

    private JsonNode send(SqsQueue queue, JsonNode request) throws SqsError {
        String body = required(request, "MessageBody");
        Map<String, Map<String, String>> attributes = messageAttributes(request.path("MessageAttributes"));
        SqsMessage message = queue.send(body, attributes);
        ObjectNode answer = JSON.createObjectNode().put("MessageId", message.messageId)
                .put("MD5OfMessageBody", message.md5OfBody);
        if (!attributes.isEmpty()) {
            answer.put("MD5OfMessageAttributes", SqsChecksums.md5OfAttributes(attributes));
        }
        return answer;
    }

    private static Map<String, Map<String, String>> messageAttributes(JsonNode node) throws SqsError {
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> attribute : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            JsonNode value = attribute.getValue();
            String dataType = value.path("DataType").asText("");
            String member = dataType.startsWith("Binary") ? "BinaryValue" : "StringValue";
            if (dataType.isEmpty() || !value.path(member).isTextual()) {
                throw SqsError.invalidParameter("The message attribute '" + attribute.getKey()
                                                + "' must contain a DataType and a " + member + ".");
            }
            attributes.put(attribute.getKey(), Map.of("DataType", dataType, member, value.get(member).asText()));
        }
        return attributes;
    }

    /** A batch: each entry run on its own, answered in {@code Successful} (with its {@code Id}) or {@code Failed}. */
    private JsonNode batch(JsonNode request, BatchEntry entryOperation) throws SqsError {
        SqsQueue queue = queue(request);
        JsonNode entries = request.path("Entries");
        if (!entries.isArray() || entries.isEmpty()) {
            throw SqsError.batch("EmptyBatchRequest", "There should be at least one entry in the request.");
        }
        if (entries.size() > MAX_BATCH) {
            throw SqsError.batch("TooManyEntriesInBatchRequest", "Maximum number of entries per request are "
                                                                 + MAX_BATCH + ". You have sent " + entries.size() + ".");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : entries) {
            if (!ids.add(entry.path("Id").asText())) {
                throw SqsError.batch("BatchEntryIdsNotDistinct", "Id " + entry.path("Id").asText()
                                                                 + " repeated.");
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode successful = answer.putArray("Successful");
        ArrayNode failed = answer.putArray("Failed");
        for (JsonNode entry : entries) {
            String id = entry.path("Id").asText();
            try {
                ObjectNode result = (ObjectNode) entryOperation.run(queue, entry);
                successful.add(JSON.createObjectNode().put("Id", id).setAll(result));
            } catch (SqsError e) {
                failed.add(JSON.createObjectNode().put("Id", id).put("SenderFault", true).put("Code", e.queryCode)
                        .put("Message", e.getMessage()));
            }
        }
        return answer;
    }

    /** One batch entry's operation. */
    @FunctionalInterface
    private interface BatchEntry {
        JsonNode run(SqsQueue queue, JsonNode entry) throws SqsError;
    }

    private JsonNode attributes(SqsQueue queue) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("ApproximateNumberOfMessages", Integer.toString(queue.size()));
        attributes.put("ApproximateNumberOfMessagesNotVisible", Integer.toString(queue.inFlight()));
        attributes.put("ApproximateNumberOfMessagesDelayed", "0");
        attributes.put("VisibilityTimeout", Integer.toString(queue.visibilityTimeoutSeconds));
        attributes.put("QueueArn", "arn:aws:sqs:us-east-1:" + SqsQueues.ACCOUNT + ":" + queue.name);
        if (queue.deadLetterQueue != null) {
            attributes.put("RedrivePolicy", "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:" + SqsQueues.ACCOUNT
                                            + ":" + queue.deadLetterQueue.name + "\",\"maxReceiveCount\":"
                                            + queue.maxReceiveCount + "}");
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("Attributes", JSON.valueToTree(attributes));
        return answer;
    }

    private JsonNode create(JsonNode request) throws SqsError {
        String name = required(request, "QueueName");
        if (!name.matches("[A-Za-z0-9_-]{1,80}")) {
            throw SqsError.invalidParameter("Can only include alphanumeric characters, hyphens, or underscores. "
                                            + "1 to 80 in length");
        }
        SqsQueue queue = queues.queueNamed(name, true);
        JsonNode visibility = request.path("Attributes").path("VisibilityTimeout");
        if (visibility.isTextual()) {
            queue.visibilityTimeoutSeconds = number(request.path("Attributes"), "VisibilityTimeout", 30, 0,
                    MAX_VISIBILITY_SECONDS);
        }
        return JSON.createObjectNode().put("QueueUrl", queues.url(name));
    }

    private SqsQueue queue(JsonNode request) throws SqsError {
        SqsQueue queue = queues.byUrl(required(request, "QueueUrl"));
        if (queue == null) {
            throw SqsError.queueDoesNotExist();
        }
        return queue;
    }

    private static String required(JsonNode request, String member) throws SqsError {
        JsonNode value = request.get(member);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw SqsError.missingParameter(member);
        }
        return value.asText();
    }

    private static int number(JsonNode request, String member, int fallback, int min, int max) throws SqsError {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() && !value.asText().matches("-?\\d{1,9}")) {
            throw SqsError.invalidParameter("Value " + value.asText() + " for parameter " + member + " is invalid.");
        }
        int number = value.isNumber() ? value.asInt() : Integer.parseInt(value.asText());
        if (number < min || number > max) {
            throw SqsError.invalidParameter("Value " + number + " for parameter " + member + " is invalid. Reason: "
                                            + "Must be between " + min + " and " + max + ", if provided.");
        }
        return number;
    }

    private static Set<String> names(JsonNode request, String member) {
        Set<String> names = new HashSet<>();
        request.path(member).forEach(name -> names.add(name.asText()));
        return names;
    }
}
