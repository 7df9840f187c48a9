package io.camelmessaging.component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.camelmessaging.component.ratelimit.RateLimitedOperation;
import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared rate limits, measured by counting the sandbox's arrivals.
 */
class RateLimitTest extends SandboxTestSupport {

    @Test
    void twentyPartsPerSecondHoldWithinFivePercentOverTenSeconds() {
        String uri = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)&maxPartsPerSecond=20";
        IntStream.range(0, 230).forEach(i -> template.asyncRequestBodyAndHeader(uri, "message " + i,
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+1206555" + String.format("%04d", i)));

        await().atMost(20, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 220);

        List<Instant> arrivals = sandbox.messages().stream().map(RecordedMessage::receivedAt).sorted().toList();
        Instant start = arrivals.get(0);
        int[] perSecond = new int[10];
        for (Instant arrival : arrivals) {
            long second = Duration.between(start, arrival).toSeconds();
            if (second < 10) {
                perSecond[(int) second]++;
            }
        }
        System.out.println("arrivals per second at maxPartsPerSecond=20: " + java.util.Arrays.toString(perSecond));
        assertThat(IntStream.of(perSecond).boxed().toList()).allMatch(count -> count >= 19 && count <= 21);
        assertThat(IntStream.of(perSecond).sum()).isBetween(190, 210);
    }

    @Test
    void endpointsWithTheSameOriginationIdentityShareOneLimit() {
        String first = "messaging:sendTextMessage?originationIdentity=Shared&maxPartsPerSecond=10";
        String second = "messaging:sendTextMessage?originationIdentity=Shared&maxPartsPerSecond=10&keyword=OTHER";
        IntStream.range(0, 20).forEach(i -> {
            template.asyncRequestBodyAndHeader(first, "a" + i, MessagingConstants.DESTINATION_PHONE_NUMBER,
                    "+1206555" + String.format("%04d", i));
            template.asyncRequestBodyAndHeader(second, "b" + i, MessagingConstants.DESTINATION_PHONE_NUMBER,
                    "+1425555" + String.format("%04d", i));
        });

        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 21);

        List<Instant> arrivals = sandbox.messages().stream().map(RecordedMessage::receivedAt).sorted().toList();
        Duration twentyIntervals = Duration.between(arrivals.get(0), arrivals.get(20));
        assertThat(twentyIntervals).as("about 2 s at a shared 10/s; about 1 s if each endpoint had its own limit")
                .isBetween(Duration.ofMillis(1600), Duration.ofMillis(2600));
    }

    @Test
    void aMessageThatWouldWaitLongerThanTheMaximumIsThrottledWithoutBeingSent() {
        Exchange exchange = send("messaging:sendTextMessage?originationIdentity=Slow&maxPartsPerSecond=1"
                                 + "&rateLimitMaxWait=100", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101,+12065550102");

        MessagingPartialFailureException error = exchange.getException(MessagingPartialFailureException.class);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.getResults()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(MessagingStatus.THROTTLED);
            assertThat(r.errorCode()).isEqualTo(RateLimitedOperation.ERROR_CODE);
            assertThat(r.errorMessage()).contains("within 100 ms (rateLimitMaxWait)");
        });
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void azureRecipientsPerMinuteAreCountedPerRecipient() {
        String uri = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)";
        Exchange many = send(uri + "&maxRecipientsPerMinute=600000", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER,
                IntStream.range(0, 250).mapToObj(i -> "+1206555" + String.format("%04d", i)).toList());
        Exchange tooMany = send(uri + "&maxRecipientsPerMinute=1&rateLimitMaxWait=50", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");

        assertThat(many.getException()).isNull();
        assertThat(sandbox.requests()).hasSize(3);
        assertThat(tooMany.getException(MessagingThrottledException.class).getErrorCode())
                .isEqualTo(RateLimitedOperation.ERROR_CODE);
    }

    @Test
    void aThrottledAnswerWithRetryAfterPausesTheSharedLimitForThatLong() {
        sandbox.faults().forRecipient("+12065550101", 10, Fault.awsError("ThrottlingException", 400, "Rate exceeded")
                .withRetryAfter(Duration.ofSeconds(2)));
        String uri = "messaging:sendTextMessage?originationIdentity=Paused&maxPartsPerSecond=50&rateLimitMaxWait=5000";

        Exchange throttled = send(uri, "first", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");
        Instant lastThrottle = sandbox.requests().get(sandbox.requests().size() - 1).receivedAt();
        Exchange next = send(uri, "second", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550102");

        MessagingThrottledException error = throttled.getException(MessagingThrottledException.class);
        assertThat(error.getRetryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(error.getErrorCode()).isEqualTo("ThrottlingException");
        assertThat(next.getException()).isNull();
        assertThat(Duration.between(lastThrottle, onlyMessage().receivedAt()))
                .as("the next message waits out the provider's Retry-After").isGreaterThan(Duration.ofMillis(1900));
    }

    @Test
    void anAzureThrottleAfterThePipelinesRetriesCarriesItsRetryAfterAndPausesTheLimit() {
        sandbox.faults().next(4, Fault.status(429, "Too many requests").withRetryAfter(Duration.ofMillis(300)));
        String uri = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                     + "&maxRecipientsPerMinute=6000&rateLimitMaxWait=5000";

        Exchange throttled = send(uri, "first", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");
        Instant lastThrottle = sandbox.requests().get(sandbox.requests().size() - 1).receivedAt();
        Exchange next = send(uri, "second", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550102");

        assertThat(sandbox.requests()).extracting(r -> r.status()).containsExactly(429, 429, 429, 429, 202);
        MessagingThrottledException error = throttled.getException(MessagingThrottledException.class);
        assertThat(error.getRetryAfter()).isEqualTo(Duration.ofMillis(300));
        assertThat(error.getHttpStatus()).isEqualTo(429);
        assertThat(next.getException()).isNull();
        assertThat(Duration.between(lastThrottle, onlyMessage().receivedAt())).isGreaterThan(Duration.ofMillis(250));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumWaitThrottlesTheNextMessageWithoutSendingIt() {
        sandbox.faults().forRecipient("+12065550101", 10, Fault.awsError("ThrottlingException", 400, "Rate exceeded")
                .withRetryAfter(Duration.ofSeconds(30)));
        String uri = "messaging:sendTextMessage?originationIdentity=Paused30&maxPartsPerSecond=50"
                     + "&rateLimitMaxWait=1000";

        send(uri, "first", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");
        int requestsBefore = sandbox.requests().size();
        Exchange next = send(uri, "second", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550102");

        assertThat(next.getException(MessagingThrottledException.class).getErrorCode())
                .isEqualTo(RateLimitedOperation.ERROR_CODE);
        assertThat(sandbox.requests()).hasSize(requestsBefore);
    }

    @Test
    void limitsOfTheOtherProviderFailRouteStart() {
        assertRouteStartFails("messaging:sendTextMessage?maxRecipientsPerMinute=10",
                "Option(s) [maxRecipientsPerMinute] are not supported by operation sendTextMessage of provider aws");
        assertRouteStartFails("messaging:sendTextMessage?provider=azure&maxPartsPerSecond=10",
                "Option(s) [maxPartsPerSecond] are not supported by operation sendTextMessage of provider azure");
    }
}
