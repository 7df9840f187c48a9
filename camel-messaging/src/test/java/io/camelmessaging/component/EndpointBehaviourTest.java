package io.camelmessaging.component;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendMediaMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SDK requests passed through, synchronous sending, and options refused at route start.
 */
class EndpointBehaviourTest extends SandboxTestSupport {

    private static final Processor AFTER_SEND_THREAD =
            exchange -> exchange.setProperty("afterSendThread", Thread.currentThread().getName());

    @Test
    void pojoRequestIsSentAsItIsAndTheResponseBecomesTheBody() {
        SendTextMessageRequest request = SendTextMessageRequest.builder().destinationPhoneNumber("+12065550123")
                .originationIdentity("PojoSender").messageBody("from a pojo").keyword("KW").build();

        Exchange exchange = send("messaging:sendTextMessage?pojoRequest=true", request);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(SendTextMessageResponse.class);
        String messageId = exchange.getMessage().getBody(SendTextMessageResponse.class).messageId();
        assertThat(onlyMessage().messageId()).isEqualTo(messageId);
        assertThat(onlyMessage().request().get("Keyword").asText()).isEqualTo("KW");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(messageId);
        assertThat(results(exchange)).containsExactly(MessagingResult.accepted("+12065550123", messageId, "aws"));
    }

    @Test
    void pojoRequestOfTheWrongTypeIsAnInvalidPayload() {
        Exchange text = send("messaging:sendTextMessage?pojoRequest=true", "just text");
        Exchange media = send("messaging:sendMediaMessage?pojoRequest=true",
                SendTextMessageRequest.builder().destinationPhoneNumber("+12065550123").build());

        assertThat(text.getException()).isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining(SendTextMessageRequest.class.getName());
        assertThat(media.getException()).isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining(SendMediaMessageRequest.class.getName());
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void synchronousSendingCompletesOnTheCallersThread() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sync").to("messaging:sendTextMessage?synchronous=true").process(AFTER_SEND_THREAD);
                from("direct:async").to("messaging:sendTextMessage").process(AFTER_SEND_THREAD);
            }
        });

        Exchange sync = send("direct:sync", "sync", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
        Exchange async = send("direct:async", "async", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124");

        assertThat(sync.getException()).isNull();
        assertThat(sync.getMessage().getHeader(MessagingConstants.MESSAGE_ID))
                .isEqualTo(sandbox.messages().get(0).messageId());
        assertThat(sync.getProperty("afterSendThread")).as("the route goes on on the caller's thread")
                .isEqualTo(Thread.currentThread().getName());
        assertThat(async.getProperty("afterSendThread")).as("without synchronous, on the client's thread")
                .isNotNull().isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void optionsTheOperationCannotSendFailRouteStart() {
        assertRouteStartFails("messaging:sendMediaMessage?originationIdentity=X&keyword=KW&messageType=PROMOTIONAL",
                "Option(s) [keyword, messageType] are not supported by operation sendMediaMessage of provider aws");
        assertRouteStartFails("messaging:sendTextMessage?mediaUrl=s3://bucket-1/a.png",
                "Option(s) [mediaUrl] are not supported by operation sendTextMessage of provider aws");
        assertRouteStartFails("messaging:sendMediaMessage?destinationCountryParameters.IN_ENTITY_ID=1",
                "Option(s) [destinationCountryParameters] are not supported by operation sendMediaMessage");
    }

    @Test
    void missingOrContradictoryCredentialsFailRouteStartListingTheChoices() {
        assertRouteStartFails("messaging:sendTextMessage?accessKey=&secretKey=",
                "No AWS credentials: set one of: accessKey and secretKey; useSessionCredentials=true");
        assertRouteStartFails("messaging:sendTextMessage?useDefaultCredentialsProvider=true",
                "Contradictory AWS credentials [useDefaultCredentialsProvider, accessKey/secretKey]");
        assertRouteStartFails("messaging:sendTextMessage?useSessionCredentials=true",
                "useSessionCredentials=true needs sessionToken");
    }

    @Test
    void unknownOperationNamesTheChoices() {
        assertThatThrownBy(() -> context.getEndpoint("messaging:sendFax"))
                .hasRootCauseMessage("Unknown messaging operation 'sendFax': use one of "
                                     + List.of(MessagingOperation.values()));
    }
}
