package io.camelmessaging.examples.bridge;

import java.util.Objects;
import java.util.stream.Stream;

import io.camelmessaging.component.events.MessagingEvent;
import io.camelmessaging.component.events.MessagingEventKind;
import org.apache.camel.Body;

/**
 * The records of the delivery report of the events bridge ({@code routes/sms-events.yaml}): one CSV record per event,
 * {@code correlationId,phone,kind,status,providerStatus,detail,final,messageId,occurredAt,eventId}. For a line of the
 * file bridge the correlation id is {@code <file>.csv#<line>}; the phone is the recipient of a delivery report and the
 * sender of an inbound message. Every cell comes from a provider event, so line breaks become spaces (a record is one
 * line, whatever an event carries) and cells are written as {@link ResultLines} writes them.
 */
public final class EventLines {

    private EventLines() {
    }

    /** The event's record with its CRLF separator. */
    public static String record(@Body MessagingEvent event) {
        boolean inbound = event.kind() == MessagingEventKind.INBOUND_MESSAGE;
        return ResultLines.csv(Stream.of(event.correlationId(), inbound ? event.from() : event.to(),
                        event.kind().name(), event.status().name(), event.providerStatus(), event.statusDetail(),
                        String.valueOf(event.isFinal()), event.messageId(), Objects.toString(event.occurredAt(), null),
                        event.eventId())
                .map(cell -> cell == null ? null : cell.replaceAll("\\R", " ")));
    }
}
