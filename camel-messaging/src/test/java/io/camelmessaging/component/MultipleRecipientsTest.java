package io.camelmessaging.component;

import java.util.List;

import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several recipients in one exchange: one call each, one result each, partial failures, and redelivery that never
 * sends twice to a recipient already accepted.
 */
class MultipleRecipientsTest extends SandboxTestSupport {

    private static final String TEXT = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").maximumRedeliveries(2).redeliveryDelay(10));
                from("direct:send").to(TEXT).to("mock:sent");
            }
        };
    }

    @Test
    void everyRecipientGetsItsOwnCallAndResultInOrder() {
        Exchange exchange = send(TEXT, "Hello all", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101, +12065550102,+12065550103");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.messages()).extracting(RecordedMessage::to)
                .containsExactlyInAnyOrder("+12065550101", "+12065550102", "+12065550103");
        List<MessagingResult> results = results(exchange);
        assertThat(results).extracting(MessagingResult::to)
                .containsExactly("+12065550101", "+12065550102", "+12065550103");
        assertThat(results).allMatch(MessagingResult::isAccepted);
        assertThat(results).extracting(MessagingResult::messageId)
                .containsExactlyInAnyOrderElementsOf(sandbox.messages().stream().map(RecordedMessage::messageId).toList());
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(results.get(0).messageId());
    }

    @Test
    void aCollectionHeaderWithDuplicatesSendsOncePerRecipient() {
        send(TEXT, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                List.of("+12065550101", "+12065550102", "+12065550101"));

        assertThat(sandbox.messages()).extracting(RecordedMessage::to)
                .containsExactlyInAnyOrder("+12065550101", "+12065550102");
    }

    @Test
    void aFailedRecipientRaisesPartialFailureWithEveryResult() {
        sandbox.faults().forRecipient("+12065550102", Fault.awsError("ConflictException", 400, "opted out")
                .with("Reason", "DESTINATION_PHONE_NUMBER_OPTED_OUT"));

        Exchange exchange = send(TEXT, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101,+12065550102,+12065550103");

        MessagingPartialFailureException error = exchange.getException(MessagingPartialFailureException.class);
        assertThat(error).isNotNull();
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("1 of 3 recipients failed", "+12065550102 OPT_OUT", "ConflictException");
        assertThat(error.getResults()).isEqualTo(results(exchange));
        assertThat(error.getResults()).extracting(MessagingResult::status).containsExactly(
                MessagingStatus.ACCEPTED, MessagingStatus.OPT_OUT, MessagingStatus.ACCEPTED);
        MessagingResult failed = error.getFailedResults().get(0);
        assertThat(failed.errorCode()).isEqualTo("ConflictException");
        assertThat(failed.errorMessage()).contains("opted out", "Reason=DESTINATION_PHONE_NUMBER_OPTED_OUT");
        assertThat(failed.messageId()).isNull();
        assertThat(sandbox.messages()).hasSize(2);
    }

    @Test
    void redeliverySendsOnlyToRecipientsNotYetAccepted() throws Exception {
        sandbox.faults().next(4, Fault.awsError("ThrottlingException", 400, "Rate exceeded"));
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:send", "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101");
        sent.assertIsSatisfied();
        sandbox.clear();
        sent.reset();
        sent.expectedMessageCount(1);

        sandbox.faults().forRecipient("+12065550103", 4,
                Fault.awsError("ThrottlingException", 400, "Rate exceeded"));
        template.sendBodyAndHeader("direct:send", "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550102,+12065550103");

        sent.assertIsSatisfied();
        assertThat(sandbox.messages()).extracting(RecordedMessage::to)
                .containsExactlyInAnyOrder("+12065550102", "+12065550103");
        Exchange done = sent.getExchanges().get(0);
        assertThat(done.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class)).isEqualTo(1);
        assertThat(results(done)).allMatch(MessagingResult::isAccepted);
        assertThat(results(done)).extracting(MessagingResult::to).containsExactly("+12065550102", "+12065550103");
    }
}
