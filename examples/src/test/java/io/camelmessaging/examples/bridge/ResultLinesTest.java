package io.camelmessaging.examples.bridge;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result records of the file to SMS bridge, parsed back with commons-csv.
 */
class ResultLinesTest {

    @Test
    void aSentLineIsOnePlainRecord() {
        assertThat(ResultLines.record("1", "+12065550100", "msg-1", null)).isEqualTo("1,+12065550100,SENT,msg-1\r\n");
        assertThat(ResultLines.record("2", "-5", null, null)).isEqualTo("2,-5,SENT,\r\n");
    }

    @Test
    void aCellThatASpreadsheetWouldEvaluateGetsALeadingApostrophe() throws IOException {
        for (String cell : List.of("=1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "+cmd", "-cmd", "+", "-",
                "-2+3+cmd|' /C calc'!A0", "+12065550100 ")) {
            assertThat(cells(ResultLines.record("1", cell, "msg-1", null))).containsExactly("1", "'" + cell, "SENT",
                    "msg-1");
        }
    }

    @Test
    void numbersStayAsTheyAre() throws IOException {
        for (String cell : List.of("+12065550100", "-5", "+1.5", "12065550100")) {
            assertThat(cells(ResultLines.record("1", cell, "msg-1", null)).get(1)).isEqualTo(cell);
        }
    }

    @Test
    void theMessageIdAndTheReasonAreNeutralizedToo() throws IOException {
        assertThat(cells(ResultLines.record("1", "+12065550100", "=id", null))).containsExactly("1", "+12065550100",
                "SENT", "'=id");
        assertThat(cells(ResultLines.record("1", "x", "msg-1", new IllegalStateException("@bad \"x\"\r\n2,y,SENT,z"))))
                .containsExactly("1", "x", "FAILED", "'@bad \"x\"\r\n2,y,SENT,z");
    }

    @Test
    void quotesAndNewlinesStayInsideTheirCell() throws IOException {
        assertThat(ResultLines.record("1", "a\"b", "msg-1", null)).isEqualTo("1,\"a\"\"b\",SENT,msg-1\r\n");
        String forgery = "+12065550101\n5,+12065550199,SENT,forged";
        assertThat(cells(ResultLines.record("4", forgery, null, new IllegalArgumentException("invalid"))))
                .containsExactly("4", "'" + forgery, "FAILED", "invalid");
    }

    /** The cells of the only record in {@code csv}. */
    private static List<String> cells(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(1);
        return records.get(0).toList();
    }
}
