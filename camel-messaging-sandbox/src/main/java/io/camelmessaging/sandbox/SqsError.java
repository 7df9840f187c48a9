package io.camelmessaging.sandbox;

/**
 * An SQS error answer: HTTP status, the JSON {@code __type} (without namespace), the query-protocol code of
 * {@code x-amzn-query-error}, and the message.
 */
final class SqsError extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final String queryCode;

    SqsError(int status, String type, String queryCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.queryCode = queryCode;
    }

    static SqsError queueDoesNotExist() {
        return new SqsError(400, "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue",
                "The specified queue does not exist.");
    }

    static SqsError receiptHandleIsInvalid(String handle) {
        return new SqsError(400, "ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid",
                "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
    }

    static SqsError messageNotInflight() {
        return new SqsError(400, "MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight",
                "Message does not exist or is not available for visibility timeout change.");
    }

    static SqsError invalidParameter(String message) {
        return new SqsError(400, "InvalidParameterValueException", "InvalidParameterValue", message);
    }

    static SqsError missingParameter(String name) {
        return new SqsError(400, "MissingParameter", "MissingParameter",
                "The request must contain the parameter " + name + ".");
    }

    static SqsError batch(String type, String message) {
        return new SqsError(400, type, "AWS.SimpleQueueService." + type, message);
    }

    static SqsError unsupportedOperation(String operation) {
        return new SqsError(400, "UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation",
                "Operation " + operation + " is not emulated by the sandbox.");
    }
}
