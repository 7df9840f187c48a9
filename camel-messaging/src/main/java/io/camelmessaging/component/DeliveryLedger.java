package io.camelmessaging.component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelmessaging.component.request.SendRequest;
import org.apache.camel.Exchange;

/**
 * Remembers, on the exchange, which recipients an endpoint already got a message accepted for, so that a redelivery
 * of the same exchange never sends the same message to them again. A message is "the same" when every value but the
 * recipients, the operation's options included, is equal; a different text to the same recipient is sent.
 */
final class DeliveryLedger {

    private record Key(String endpointUri, SendRequest<?> request) {
    }

    private final Map<String, MessagingResult> accepted;

    private DeliveryLedger(Map<String, MessagingResult> accepted) {
        this.accepted = accepted;
    }

    /** The ledger of a message sent through an endpoint, kept in the exchange property {@code CamelMessagingAccepted}. */
    @SuppressWarnings("unchecked")
    static DeliveryLedger of(Exchange exchange, String endpointUri, SendRequest<?> request) {
        Map<Key, Map<String, MessagingResult>> ledgers = exchange.getProperty(MessagingConstants.ACCEPTED_PROPERTY,
                Map.class);
        if (ledgers == null) {
            ledgers = new ConcurrentHashMap<>();
            exchange.setProperty(MessagingConstants.ACCEPTED_PROPERTY, ledgers);
        }
        Key key = new Key(endpointUri, request.withRecipients(List.of()));
        return new DeliveryLedger(ledgers.computeIfAbsent(key, k -> new ConcurrentHashMap<>()));
    }

    /** A ledger that remembers nothing beyond one call, for requests the user built ({@code pojoRequest=true}). */
    static DeliveryLedger detached() {
        return new DeliveryLedger(new HashMap<>());
    }

    /** The recipients not yet accepted, in order. */
    List<String> pending(List<String> recipients) {
        return recipients.stream().filter(to -> !accepted.containsKey(to)).toList();
    }

    /** The earlier accepted result of a recipient, or null. */
    MessagingResult acceptedResult(String to) {
        return accepted.get(to);
    }

    void recordAccepted(MessagingResult result) {
        accepted.put(result.to(), result);
    }
}
