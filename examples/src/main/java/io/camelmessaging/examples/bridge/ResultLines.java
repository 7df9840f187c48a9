package io.camelmessaging.examples.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelmessaging.component.MessagingConstants;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.commons.csv.CSVFormat;

/**
 * The result lines of the file to SMS bridge ({@code routes/csv-to-sms.yaml}): CSV records whose cells, taken from
 * untrusted files and error messages, can neither break the record nor become spreadsheet formulas.
 */
public final class ResultLines {

    /**
     * The start of a cell a spreadsheet may evaluate as a formula: =, @, tab, CR, or + or - unless the whole cell is a
     * number such as an E.164 phone number (a digit after the sign is not enough: {@code -2+3+cmd|...}).
     */
    private static final Pattern FORMULA = Pattern.compile("[=@\t\r]|[+-](?!\\d+(\\.\\d+)?\\z)");

    private ResultLines() {
    }

    /**
     * The record {@code line,phone,SENT,messageId}, or {@code line,phone,FAILED,reason} when the send failed, with its
     * CRLF separator: cells quoted as RFC 4180 needs, a cell that a spreadsheet would evaluate prefixed with {@code '}.
     * The values are bound from the exchange: passed in the method call, Camel would strip the quotes around them.
     */
    public static String record(@Header("csvLine") String line,
            @Header(MessagingConstants.DESTINATION_PHONE_NUMBER) String phone,
            @Header(MessagingConstants.MESSAGE_ID) String messageId,
            @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception failure) {
        Stream<String> cells = failure == null ? Stream.of(line, phone, "SENT", messageId)
                : Stream.of(line, phone, "FAILED", failure.getMessage());
        return csv(cells);
    }

    /**
     * One CSV record with its CRLF separator: cells quoted as RFC 4180 needs, a cell that a spreadsheet would evaluate
     * prefixed with {@code '}.
     */
    static String csv(Stream<String> cells) {
        StringBuilder record = new StringBuilder();
        try {
            CSVFormat.DEFAULT.printRecord(record,
                    cells.map(cell -> cell != null && FORMULA.matcher(cell).lookingAt() ? "'" + cell : cell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return record.toString();
    }

    /** The record as one log line: its line breaks become spaces, so a cell cannot forge a log line. */
    public static String forLog(@Body String record) {
        return record.strip().replaceAll("\\R", " ");
    }
}
