package io.camelmessaging.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.MessageResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's Amazon Pinpoint {@code SendMessages} as the AWS SDK client sees it: per-address outcomes inside a 200,
 * an SMS or voice address that is not a valid phone number a permanent failure that is not sent.
 */
class PinpointSandboxTest {

    private static MessagingSandbox sandbox;
    private static PinpointAsyncClient client;

    @BeforeAll
    static void start() {
        sandbox = MessagingSandbox.start(0);
        client = PinpointAsyncClient.builder().region(Region.US_WEST_2).endpointOverride(sandbox.baseUri())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY)))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @BeforeEach
    void clear() {
        sandbox.clear();
    }

    @Test
    void anInvalidPhoneNumberIsAPermanentFailureBesideTheSuccessfulAddress() {
        MessageResponse response = send(Map.of(
                "+12065550123", ChannelType.SMS,
                "+11234567890", ChannelType.SMS,
                "+112345678901", ChannelType.VOICE,
                "12065550124", ChannelType.SMS));

        assertThat(response.result()).hasSize(4);
        MessageResult sent = response.result().get("+12065550123");
        assertThat(sent.deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(sent.statusCode()).isEqualTo(200);
        for (String invalid : new String[] {"+11234567890", "+112345678901", "12065550124"}) {
            MessageResult failed = response.result().get(invalid);
            assertThat(failed.deliveryStatus()).as(invalid).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
            assertThat(failed.statusCode()).as(invalid).isEqualTo(400);
            assertThat(failed.statusMessage()).as(invalid).isEqualTo("Invalid phone number");
            assertThat(failed.messageId()).as(invalid).isNull();
        }
        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::messageId)
                .containsExactly(Tuple.tuple("+12065550123", sent.messageId()));
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void addressesOfOtherChannelsAreNotPhoneNumbers() {
        MessageResponse response = send(Map.of("someone@example.com", ChannelType.EMAIL));

        assertThat(response.result().get("someone@example.com").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(sandbox.messages()).extracting(RecordedMessage::channel).containsExactly("EMAIL");
    }

    private static MessageResponse send(Map<String, ChannelType> addresses) {
        Map<String, AddressConfiguration> configured = new LinkedHashMap<>();
        addresses.forEach((address, channel) -> configured.put(address,
                AddressConfiguration.builder().channelType(channel).build()));
        return client.sendMessages(b -> b.applicationId("app123").messageRequest(m -> m.addresses(configured)
                .messageConfiguration(c -> c.smsMessage(s -> s.body("hi").originationNumber("+12065550100"))
                        .voiceMessage(v -> v.body("hi").originationNumber("+12065550100"))
                        .emailMessage(e -> e.fromAddress("sender@example.com")
                                .simpleEmail(se -> se.subject(d -> d.data("s")).textPart(d -> d.data("hi")))))))
                .join().messageResponse();
    }
}
