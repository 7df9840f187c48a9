package io.camelmessaging.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event the sandbox's Event Grid could not deliver, with what Event Grid writes beside a dead-lettered event.
 *
 * @param subscription        the subscription's name
 * @param deadLetterReason    {@code MaxDeliveryAttemptsExceeded}, {@code NonRetriableError} (400, 401, 403, 413)
 *                            or the failed handshake's reason
 * @param deliveryAttempts    how many POSTs were tried (0 for a subscription that failed its handshake)
 * @param lastDeliveryOutcome e.g. {@code Unauthorized}, {@code Busy}, {@code TimedOut}, {@code ConnectFailed}
 * @param lastHttpStatusCode  the status of the last attempt, 0 when there was no answer
 * @param deadLetteredAt      when it was dead-lettered
 * @param event               the event in the Event Grid schema
 */
public record EventGridDeadLetter(String subscription, String deadLetterReason, int deliveryAttempts,
                                  String lastDeliveryOutcome, int lastHttpStatusCode, Instant deadLetteredAt,
                                  JsonNode event) {
}
