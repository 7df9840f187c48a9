package io.camelmessaging.component.provider.azure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.MessagingProvider;
import io.camelmessaging.component.provider.azure.model.AcsRecipient;
import io.camelmessaging.component.request.OutboundMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repeatability request ids of a request's recipients are the name-based UUIDs of key, operation and recipient
 * that {@link UUID#nameUUIDFromBytes} makes, whatever the recipients' order, and they share the first-sent time.
 */
class RepeatabilityTest {

    @Test
    void eachRecipientHasTheNameBasedUuidOfKeyOperationAndNumber() {
        List<String> chunk = List.of("+12065550101", "+12065550102", "+447700900123", "+12065550101");
        OutboundMessage message = new OutboundMessage(MessagingOperation.sendTextMessage, MessagingProvider.azure,
                "+18005550100", chunk, "Hi", List.of(), false, "key-é-1", Instant.parse("2026-11-22T12:15:21Z"));

        List<AcsRecipient> recipients = Repeatability.recipients(message, chunk);

        assertThat(recipients).extracting(AcsRecipient::to).containsExactlyElementsOf(chunk);
        assertThat(recipients).allSatisfy(r -> {
            String name = "key-é-1|sendTextMessage|" + r.to();
            assertThat(r.repeatabilityRequestId())
                    .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
            assertThat(r.repeatabilityFirstSent()).isEqualTo("Sun, 22 Nov 2026 12:15:21 GMT");
        });
        assertThat(recipients.get(0).repeatabilityRequestId()).isEqualTo(recipients.get(3).repeatabilityRequestId())
                .isNotEqualTo(recipients.get(1).repeatabilityRequestId());
    }
}
