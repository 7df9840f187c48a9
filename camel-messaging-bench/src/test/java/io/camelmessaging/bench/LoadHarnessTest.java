package io.camelmessaging.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedRequest;
import io.camelmessaging.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The load harness measures what it claims: every side's sends reach the sandbox, the sides alternate, each window
 * gets its ratios, the sides send the same request, and a side that fails or sends nothing stops the run.
 */
class LoadHarnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MessagingSandbox sandbox;
    private static AwsSenders aws;

    @BeforeAll
    static void start() throws Exception {
        sandbox = MessagingSandbox.start(SandboxConfig.defaults().port(0));
        aws = new AwsSenders(sandbox, "factory");
    }

    @AfterAll
    static void stop() throws Exception {
        aws.close();
        sandbox.close();
    }

    @Test
    void measuresEverySideAtEveryWindowInAlternatingOrderAndAddsUpItsSlices() throws Exception {
        HarnessReport report = new LoadHarness(new HarnessSettings(List.of(1, 4), 50, 20, 1, 2, null), sandbox, 1)
                .run(aws.senders());

        assertThat(report.sides()).containsExactly("ours", "direct", "raw");
        for (int window : List.of(1, 4)) {
            assertThat(report.order(window)).containsExactly("ours", "direct", "raw", "raw", "direct", "ours");
            for (String side : report.sides()) {
                assertThat(report.rounds(side, window)).hasSize(2).allSatisfy(round -> {
                    assertThat(round.sends()).isEqualTo(50);
                    assertThat(round.recorded()).isEqualTo(50);
                    assertThat(round.requests()).isEqualTo(50);
                    assertThat(round.used().cpuNanos()).isPositive();
                    assertThat(round.used().allocatedBytes()).isPositive();
                });
                assertThat(report.ratio(side, window, r -> r.rate() * r.units())).isPositive().isFinite();
                assertThat(report.ratio(side, window, Round::cpuMicrosPerUnit)).isPositive().isFinite();
            }
        }
        assertThat(ReportTable.format(report, "msg"))
                .contains("| in flight | ours msg/s | direct msg/s | raw msg/s | ours/raw | direct/raw |")
                .containsPattern("\\n\\| 1 \\| [\\d,]+ \\| [\\d,]+ \\| [\\d,]+ \\| \\d+\\.\\d{3} \\| \\d+\\.\\d{3} \\|")
                .containsPattern("\\n\\| 4 \\| [\\d,]+ \\| [\\d,]+ \\| [\\d,]+ \\| \\d+\\.\\d{3} \\| \\d+\\.\\d{3} \\|")
                .contains("round order at each window: ours direct raw | raw direct ours");
    }

    @Test
    void recordsTheMeasuredRoundsInJfr(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("bench.jfr");
        Sender raw = aws.senders().get(2);

        HarnessReport report = new LoadHarness(new HarnessSettings(List.of(2), 5, 5, 0, 1, jfr), sandbox, 1)
                .run(List.of(raw));

        assertThat(report.rounds()).singleElement().satisfies(round -> assertThat(round.recorded()).isEqualTo(5));
        assertThat(jfr).isNotEmptyFile();
        assertThat(ReportTable.rounds(report, "msg")).containsPattern("\\n\\| 2 \\| raw \\| [\\d,]+ \\| ");
    }

    @Test
    void everySideSendsTheSameRequest() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (Sender sender : aws.senders()) {
            sandbox.clear();
            CompletableFuture<Throwable> done = new CompletableFuture<>();
            sender.send(done::complete);
            assertThat(done.get(30, TimeUnit.SECONDS)).isNull();
            assertThat(sandbox.messages()).singleElement()
                    .satisfies(message -> bodies.add(message.request()));
        }
        assertThat(bodies.get(0)).isEqualTo(bodies.get(2));
        assertThat(bodies.get(1)).isEqualTo(bodies.get(2));
    }

    @Test
    void aSideThatFailsOrSendsNothingStopsTheRun() {
        LoadHarness harness = new LoadHarness(new HarnessSettings(List.of(2), 5, 5, 0, 1, null), sandbox, 1);

        assertThatThrownBy(() -> harness.run(List.of(Sender.of("failing",
                done -> done.accept(new IllegalStateException("refused"))))))
                .hasMessage("5 of 5 sends of failing failed").hasRootCauseMessage("refused");
        assertThatThrownBy(() -> harness.run(List.of(Sender.of("idle", done -> done.accept(null)))))
                .hasMessage("The sandbox accepted 0 messages of idle, not 5");
    }

    @Test
    void azureFanOutMeasuresBothSidesInAlternatingOrder() throws Exception {
        HarnessReport report = AzureFanOut.compare(aws.camel(), sandbox,
                new HarnessSettings(List.of(1), 1, 1, 0, 2, null), AzureFanOut.recipients(150));

        assertThat(report.order(1)).containsExactly("ours", "raw", "raw", "ours");
        assertThat(report.rounds()).allSatisfy(round -> {
            assertThat(round.units()).isEqualTo(150);
            assertThat(round.recorded()).isEqualTo(150);
            assertThat(round.requests()).isEqualTo(2);
            assertThat(round.bytesPerUnit()).isPositive();
        });
        assertThat(ReportTable.format(report, "recipient"))
                .contains("| in flight | ours recipient/s | raw recipient/s | ours/raw |")
                .containsPattern("\\n\\| 1 \\| [\\d,]+ \\| [\\d,]+ \\| \\d+\\.\\d{3} \\|");
    }

    @Test
    void azureRawPipelineSendsTheComponentsJson() throws Exception {
        List<String> recipients = AzureFanOut.recipients(150);
        AzureFanOut.compare(aws.camel(), sandbox, new HarnessSettings(List.of(1), 1, 1, 0, 1, null), recipients);
        List<RecordedRequest> raw = sandbox.requests();
        sandbox.clear();
        aws.camel().createProducerTemplate().request(AzureFanOut.uri(sandbox), e -> {
            e.getMessage().setBody(AzureFanOut.TEXT);
            e.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);
        });
        List<RecordedRequest> ours = sandbox.requests();

        assertThat(raw).hasSize(2);
        assertThat(ours).hasSize(2);
        assertThat(raw.get(0).path()).isEqualTo(ours.get(0).path());
        List<JsonNode> rawBodies = bodiesInRecipientOrder(raw);
        List<JsonNode> ourBodies = bodiesInRecipientOrder(ours);
        for (int i = 0; i < 2; i++) {
            JsonNode rawBody = rawBodies.get(i);
            JsonNode ourBody = ourBodies.get(i);
            assertThat(fieldNames(rawBody)).isEqualTo(fieldNames(ourBody))
                    .containsExactly("from", "smsRecipients", "message");
            assertThat(rawBody.get("from")).isEqualTo(ourBody.get("from"));
            assertThat(rawBody.get("message")).isEqualTo(ourBody.get("message"));
            assertThat(rawBody.get("smsRecipients").findValuesAsText("to"))
                    .isEqualTo(ourBody.get("smsRecipients").findValuesAsText("to"));
            assertThat(fieldNames(rawBody.get("smsRecipients").get(0)))
                    .isEqualTo(fieldNames(ourBody.get("smsRecipients").get(0)));
        }
    }

    /** The request bodies, in the order of their first recipient (the requests in flight arrive in any order). */
    private static List<JsonNode> bodiesInRecipientOrder(List<RecordedRequest> requests) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (RecordedRequest request : requests) {
            bodies.add(JSON.readTree(request.body()));
        }
        bodies.sort(Comparator.comparing(body -> body.get("smsRecipients").get(0).get("to").asText()));
        return bodies;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
