package io.camelmessaging.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.events.MessagingEvent;
import io.camelmessaging.component.events.MessagingEventStatus;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SandboxConfig;
import io.camelmessaging.sandbox.SqsQueues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events benchmark runs end to end: both sides drain every slice at every consumer count, each event reaches
 * exactly one side exactly once, and after a side was suspended no long poll of it takes the next slice's events.
 */
class EventsBenchmarkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothSidesConsumeEveryEventExactlyOnceInAlternatingOrder() throws Exception {
        List<MessagingEvent> ours = Collections.synchronizedList(new ArrayList<>());
        List<String> rawBodies = Collections.synchronizedList(new ArrayList<>());
        HarnessReport report;
        List<String> written;
        try (MessagingSandbox sandbox = MessagingSandbox.start(SandboxConfig.defaults().port(0));
             EventSides sides = new EventSides(sandbox, ours::add, message -> rawBodies.add(message.body()))) {
            report = EventsBenchmark.run(new HarnessSettings(List.of(1, 4), 20, 20, 0, 2, null), sandbox, sides);
            written = sides.messageIds();
            assertThat(sandbox.sqs().size(SqsQueues.EVENTS_QUEUE)).isZero();
            assertThat(sandbox.sqs().inFlight(SqsQueues.EVENTS_QUEUE)).isZero();
        }

        assertThat(report.sides()).containsExactly("ours", "raw");
        for (int consumers : List.of(1, 4)) {
            assertThat(report.order(consumers)).containsExactly("ours", "raw", "raw", "ours");
            assertThat(report.rounds()).filteredOn(round -> round.window() == consumers).hasSize(4)
                    .allSatisfy(round -> {
                        assertThat(round.sends()).isEqualTo(20);
                        assertThat(round.recorded()).isEqualTo(20);
                        assertThat(round.requests()).as("receives and deletes of 20 events").isGreaterThanOrEqualTo(4);
                        assertThat(round.used().cpuNanos()).isPositive();
                    });
        }
        assertThat(written).hasSize(160).doesNotHaveDuplicates();
        assertThat(ours).hasSize(80).allSatisfy(event -> assertThat(event.status())
                .isEqualTo(MessagingEventStatus.DELIVERED));
        List<String> oursIds = ours.stream().map(MessagingEvent::messageId).toList();
        assertThat(oursIds).doesNotHaveDuplicates();
        List<String> raw = new ArrayList<>();
        for (String body : rawBodies) {
            raw.add(JSON.readTree(JSON.readTree(body).get("Message").asText()).get("messageId").asText());
        }
        assertThat(raw).hasSize(80).doesNotHaveDuplicates().doesNotContainAnyElementsOf(oursIds);
        List<String> consumed = new ArrayList<>(oursIds);
        consumed.addAll(raw);
        assertThat(consumed).containsExactlyInAnyOrderElementsOf(written);
        assertThat(ReportTable.format(report, "event", "consumers"))
                .contains("| consumers | ours event/s | raw event/s | ours/raw | ours CPU us/event | raw CPU us/event "
                          + "| CPU ours/raw |")
                .containsPattern("\\n\\| 4 \\| [\\d,]+ \\| [\\d,]+ \\| \\d+\\.\\d{3} \\|");
        assertThat(ReportTable.rounds(report, "event", "consumers"))
                .contains("| consumers | side | event/s | CPU us/event | KB/event | requests/event |")
                .containsPattern("\\n\\| 1 \\| raw \\| [\\d,]+ \\| [\\d.]+ \\| [\\d.]+ \\| \\d\\.\\d{3} \\|");
    }
}
