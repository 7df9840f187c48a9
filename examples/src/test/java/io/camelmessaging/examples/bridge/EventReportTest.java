package io.camelmessaging.examples.bridge;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import io.camelmessaging.component.events.MessagingEvent;
import io.camelmessaging.component.events.MessagingEventKind;
import io.camelmessaging.component.events.MessagingEventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report file of the events bridge: one record per event whose cells cannot break the record, and the report read
 * back as the events already handled, a record torn by a kill cut off.
 */
class EventReportTest {

    @TempDir
    Path dir;

    @Test
    void aDeliveryReportIsOneRecordNamingTheLineAndItsOutcome() {
        MessagingEvent delivered = event(MessagingEventKind.DELIVERY_STATUS, MessagingEventStatus.FAILED,
                "contacts.csv#3", "carrier said\r\nno", "evt-1");

        assertThat(EventLines.record(delivered)).isEqualTo(
                "contacts.csv#3,+12065550123,DELIVERY_STATUS,FAILED,TEXT_CARRIER_UNREACHABLE,carrier said no,true,"
                + "msg-1,2026-12-03T10:15:30Z,evt-1\r\n");
    }

    @Test
    void hostileCellsStayInTheirCellAndCannotBecomeFormulas() {
        MessagingEvent inbound = new MessagingEvent("aws", MessagingEventKind.INBOUND_MESSAGE,
                MessagingEventStatus.RECEIVED, null, null, true, "in-1", "+12065550100", "+12065550123",
                "=cmd|' /C calc'!A0\nSTOP", null, null, null, null, "=1+1", "evt,\"2\"", "{}");

        String record = EventLines.record(inbound);

        assertThat(record).isEqualTo("'=1+1,+12065550123,INBOUND_MESSAGE,RECEIVED,,,true,in-1,,\"evt,\"\"2\"\"\"\r\n");
        assertThat(record.strip()).doesNotContain("\n");
    }

    @Test
    void theReportIsReadBackAsTheHandledEventsAndATornRecordIsCutOff() throws Exception {
        Path report = dir.resolve("delivery-report.csv");
        String complete = EventLines.record(event(MessagingEventKind.DELIVERY_STATUS, MessagingEventStatus.DELIVERED,
                "a.csv#1", null, "evt-1")) + EventLines.record(event(MessagingEventKind.DELIVERY_STATUS,
                MessagingEventStatus.DELIVERED, "a.csv#2", null, "evt,\"2\""));
        Files.writeString(report, complete + "a.csv#3,+12065550123,DELIVERY_STATUS,DELIV", StandardCharsets.UTF_8);

        EventReportRepository repository = new EventReportRepository(report.toString());
        repository.start();

        assertThat(repository.contains("evt-1")).isTrue();
        assertThat(repository.contains("evt,\"2\"")).isTrue();
        assertThat(repository.contains("evt-3")).isFalse();
        assertThat(Files.readString(report)).isEqualTo(complete);
    }

    @Test
    void itRemembersOnlyTheLastEvents() throws IOException {
        Path report = dir.resolve("delivery-report.csv");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(report, EventLines.record(event(MessagingEventKind.DELIVERY_STATUS,
                    MessagingEventStatus.DELIVERED, "a.csv#" + i, null, "evt-" + i)), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        EventReportRepository repository = new EventReportRepository(report.toString(), 2);
        repository.start();

        assertThat(repository.contains("evt-1")).isFalse();
        assertThat(repository.contains("evt-2")).isTrue();
        assertThat(repository.add("evt-4")).isTrue();
        assertThat(repository.contains("evt-2")).isFalse();
        assertThat(repository.contains("evt-3")).isTrue();
    }

    private static MessagingEvent event(MessagingEventKind kind, MessagingEventStatus status, String correlationId,
                                        String detail, String eventId) {
        return new MessagingEvent("aws", kind, status, "TEXT_CARRIER_UNREACHABLE", detail, true, "msg-1",
                "+12065550123", "+12065550100", null, null, 1, new BigDecimal("0.00581"),
                Instant.parse("2026-12-03T10:15:30Z"), correlationId, eventId, "{}");
    }
}
