package io.camelmessaging.component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelmessaging.component.request.SendRequest;
import org.apache.camel.Exchange;

/**
 * Remembers, on the exchange, which recipients an endpoint already got a message accepted for, so that a redelivery
 * of the same exchange never sends the same message to them again. A message is "the same" when every value but the
 * recipients, the operation's options included, is equal; a different text to the same recipient is sent. An exchange
 * without the property {@code CamelMessagingAccepted} costs no lookup: its property is created with the first accepted
 * recipient, which keeps the request as it is, and messages are compared only when it exists.
 */
final class DeliveryLedger {

    /** The exchange property's value: the accepted recipients of each message and endpoint. */
    private static final class Book {

        private final List<Entry> entries = new ArrayList<>(1);

        private synchronized Map<String, MessagingResult> find(String endpointUri, SendRequest<?> request) {
            SendRequest<?> message = withoutRecipients(request);
            for (Entry entry : entries) {
                if (entry.endpointUri.equals(endpointUri) && withoutRecipients(entry.request).equals(message)) {
                    return entry.accepted;
                }
            }
            return null;
        }

        private synchronized Map<String, MessagingResult> findOrAdd(String endpointUri, SendRequest<?> request) {
            Map<String, MessagingResult> accepted = entries.isEmpty() ? null : find(endpointUri, request);
            if (accepted == null) {
                accepted = new ConcurrentHashMap<>(2);
                entries.add(new Entry(endpointUri, request, accepted));
            }
            return accepted;
        }

        /** The message a request sends, whoever it goes to. */
        private static SendRequest<?> withoutRecipients(SendRequest<?> request) {
            return request.withRecipients(List.of());
        }
    }

    /** The accepted recipients of a message (a request, whose recipients do not count) through an endpoint. */
    private record Entry(String endpointUri, SendRequest<?> request, Map<String, MessagingResult> accepted) {
    }

    private final Exchange exchange;
    private final String endpointUri;
    private final SendRequest<?> request;
    private Map<String, MessagingResult> accepted;

    private DeliveryLedger(Exchange exchange, String endpointUri, SendRequest<?> request,
                           Map<String, MessagingResult> accepted) {
        this.exchange = exchange;
        this.endpointUri = endpointUri;
        this.request = request;
        this.accepted = accepted;
    }

    /** The ledger of a message sent through an endpoint, kept in the exchange property {@code CamelMessagingAccepted}. */
    static DeliveryLedger of(Exchange exchange, String endpointUri, SendRequest<?> request) {
        Map<String, MessagingResult> accepted = exchange.getProperty(MessagingConstants.ACCEPTED_PROPERTY)
                instanceof Book book ? book.find(endpointUri, request) : null;
        return new DeliveryLedger(exchange, endpointUri, request, accepted);
    }

    /** A ledger that remembers nothing beyond one call, for requests the user built ({@code pojoRequest=true}). */
    static DeliveryLedger detached() {
        return new DeliveryLedger(null, null, null, new HashMap<>());
    }

    /** The recipients not yet accepted, in order. */
    List<String> pending(List<String> recipients) {
        return accepted == null ? recipients : recipients.stream().filter(to -> !accepted.containsKey(to)).toList();
    }

    /** The earlier accepted result of a recipient, or null. */
    MessagingResult acceptedResult(String to) {
        return accepted == null ? null : accepted.get(to);
    }

    void recordAccepted(MessagingResult result) {
        if (accepted == null) {
            Book book = exchange.getProperty(MessagingConstants.ACCEPTED_PROPERTY) instanceof Book existing
                    ? existing : new Book();
            exchange.setProperty(MessagingConstants.ACCEPTED_PROPERTY, book);
            accepted = book.findOrAdd(endpointUri, request);
        }
        accepted.put(result.to(), result);
    }
}
