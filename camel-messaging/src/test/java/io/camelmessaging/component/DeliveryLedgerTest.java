package io.camelmessaging.component;

import java.time.Instant;
import java.util.List;

import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exchange sent for the first time costs the ledger no property until a recipient is accepted; then a send of the
 * same message through the same endpoint skips that recipient, and any other message or endpoint does not.
 */
class DeliveryLedgerTest {

    private static final String URI = "messaging:sendTextMessage";
    private static final List<String> TO = List.of("+12065550101", "+12065550102");

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aNewExchangeHasEveryRecipientPendingAndNoProperty() {
        Exchange exchange = new DefaultExchange(camel);

        DeliveryLedger ledger = DeliveryLedger.of(exchange, URI, request("Hi"));

        assertThat(ledger.pending(TO)).isSameAs(TO);
        assertThat(ledger.acceptedResult(TO.get(0))).isNull();
        assertThat(exchange.getProperty(MessagingConstants.ACCEPTED_PROPERTY)).isNull();
    }

    @Test
    void anAcceptedRecipientIsSkippedForTheSameMessageAndEndpointOnly() {
        Exchange exchange = new DefaultExchange(camel);
        MessagingResult accepted = MessagingResult.accepted(TO.get(0), "id-1", "aws");
        DeliveryLedger.of(exchange, URI, request("Hi")).recordAccepted(accepted);

        DeliveryLedger again = DeliveryLedger.of(exchange, URI, request("Hi"));

        assertThat(exchange.getProperty(MessagingConstants.ACCEPTED_PROPERTY)).isNotNull();
        assertThat(again.pending(TO)).containsExactly(TO.get(1));
        assertThat(again.acceptedResult(TO.get(0))).isSameAs(accepted);
        assertThat(DeliveryLedger.of(exchange, URI, request("Hello")).pending(TO)).isEqualTo(TO);
        assertThat(DeliveryLedger.of(exchange, URI + "?tag=x", request("Hi")).pending(TO)).isEqualTo(TO);
    }

    private static SendRequest<String> request(String body) {
        return new SendRequest<>(new OutboundMessage(MessagingOperation.sendTextMessage, MessagingProvider.aws,
                "+12065550100", TO, body, List.of(), false, "key", Instant.EPOCH), "options");
    }
}
