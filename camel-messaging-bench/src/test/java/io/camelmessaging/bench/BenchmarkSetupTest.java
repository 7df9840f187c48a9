package io.camelmessaging.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingProducerBenchmark;
import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.ResultMapperBenchmark;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.provider.aws.AwsSendTextMessageBenchmark;
import io.camelmessaging.component.provider.azure.AcsSmsBenchmark;
import io.camelmessaging.component.provider.azure.model.AcsRecipient;
import io.camelmessaging.component.provider.azure.model.AcsSmsRequest;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.PhoneNumbersBenchmark;
import io.camelmessaging.component.validation.SmsEncoding;
import io.camelmessaging.component.validation.SmsSegments;
import io.camelmessaging.component.validation.TextBenchmark;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Each benchmark measures what it claims, on the success path: its setup builds the inputs it names and one call
 * returns the expected value, not an error that would be measured instead.
 */
class BenchmarkSetupTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @ParameterizedTest
    @CsvSource({"gsm7, GSM7, 1", "ucs2Emoji, UCS2, 1", "gsm7ThreeParts, GSM7, 3"})
    void eachTextHasItsPartsAndPassesTheBodyConstraint(String text, SmsEncoding encoding, int parts) {
        TextBenchmark benchmark = new TextBenchmark();
        benchmark.text = text;
        benchmark.setUp();

        SmsSegments segments = benchmark.countSegments();

        assertThat(segments.encoding()).isEqualTo(encoding);
        assertThat(segments.parts()).isEqualTo(parts);
        assertThat(benchmark.messageBodyConstraint()).isNull();
    }

    @Test
    void phoneNumbersAreNormalisedAndValid() {
        PhoneNumbersBenchmark benchmark = new PhoneNumbersBenchmark();

        assertThat(benchmark.normalizeE164()).isEqualTo(BenchInputs.TO);
        assertThat(benchmark.normalizeNational()).isEqualTo(BenchInputs.TO);
        assertThat(benchmark.normalizeSenderId()).isEqualTo(BenchInputs.SENDER_ID);
        assertNoViolations(benchmark.checkValid());
        assertThat(benchmark.patternConstraint()).isNull();
    }

    @Test
    void awsStepsBuildTheBaselinesRequestAndAccept() {
        AwsSendTextMessageBenchmark benchmark = new AwsSendTextMessageBenchmark();
        benchmark.setUp();
        try {
            SendRequest<?> request = benchmark.resolve();
            assertThat(request.message().recipients()).containsExactly(BenchInputs.TO);
            assertThat(request.message().originationIdentity()).isEqualTo(BenchInputs.FROM);
            assertThat(request.message().body()).isEqualTo(BenchInputs.GSM7);
            assertNoViolations(benchmark.validate());

            SendTextMessageRequest built = benchmark.buildRequest();
            assertThat(built.configurationSetName()).isEqualTo(BenchInputs.CONFIGURATION_SET);
            assertThat(built.context()).isEqualTo(BenchInputs.CONTEXT);
            assertThat(built).isEqualTo(benchmark.sdkBuilder());

            assertAccepted(benchmark.send(), StubSmsVoiceClient.MESSAGE_ID);
            assertThat(benchmark.sdkSend()).isEqualTo(StubSmsVoiceClient.MESSAGE_ID);
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void producerSendsTheBaselinesRequestAndSetsResults() throws Exception {
        MessagingProducerBenchmark benchmark = new MessagingProducerBenchmark();
        benchmark.setUp();
        try {
            assertSent(benchmark.process());
            assertSent(benchmark.processRecipientOnly());
            assertSent(benchmark.processWithLibphonenumber());
            assertSent(benchmark.processWithMicrometer());
            assertThat(benchmark.newExchange().getMessage().getBody()).isEqualTo(BenchInputs.GSM7);

            benchmark.process();
            SendTextMessageRequest sentByProducer = benchmark.stub().lastRequest();
            assertThat(benchmark.rawSdk()).isEqualTo(StubSmsVoiceClient.MESSAGE_ID);
            assertThat(benchmark.stub().lastRequest()).isEqualTo(sentByProducer);
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10})
    void resultMappingSetsOneAcceptedResultPerRecipient(int recipients) {
        ResultMapperBenchmark benchmark = new ResultMapperBenchmark();
        benchmark.recipients = recipients;
        benchmark.setUp();
        try {
            assertThat(benchmark.ledgerAndResults(BLACKHOLE)).isNull();

            List<?> results = benchmark.exchange().getMessage().getHeader(MessagingConstants.RESULTS, List.class);
            assertThat(results).hasSize(recipients)
                    .allSatisfy(result -> assertThat(((MessagingResult) result).isAccepted()).isTrue());
            assertThat(benchmark.exchange().getMessage().getHeader(MessagingConstants.MESSAGE_ID))
                    .isEqualTo("id-+12065551000");
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void acsRequestCarriesTheMessageAndItsAnswerIsAccepted() throws Exception {
        AcsSmsBenchmark benchmark = new AcsSmsBenchmark();
        benchmark.setUp();
        try {
            AcsSmsRequest body = benchmark.requestBody();
            assertThat(body.from()).isEqualTo(BenchInputs.FROM);
            assertThat(body.message()).isEqualTo(BenchInputs.GSM7);
            assertThat(body.smsRecipients()).extracting(AcsRecipient::to).containsExactly(BenchInputs.TO);
            assertThat(body.smsRecipients().get(0).repeatabilityRequestId()).isNotBlank();
            assertThat(body.smsSendOptions().enableDeliveryReport()).isTrue();

            assertThat(new String(benchmark.json(), StandardCharsets.UTF_8))
                    .contains("\"smsRecipients\":[{\"to\":\"" + BenchInputs.TO + "\"")
                    .contains("\"tag\":\"bench\"");
            assertAccepted(benchmark.send(), "bench-message-id");
        } finally {
            benchmark.tearDown();
        }
    }

    private static void assertNoViolations(Violations violations) {
        assertThatCode(() -> violations.throwIfAny("bench")).doesNotThrowAnyException();
    }

    private static void assertAccepted(List<RecipientOutcome> outcomes, String messageId) {
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.error()).isNull();
            assertThat(outcome.result().to()).isEqualTo(BenchInputs.TO);
            assertThat(outcome.result().messageId()).isEqualTo(messageId);
        });
    }

    private static void assertSent(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID))
                .isEqualTo(StubSmsVoiceClient.MESSAGE_ID);
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_PARTS)).isEqualTo(1);
    }
}
