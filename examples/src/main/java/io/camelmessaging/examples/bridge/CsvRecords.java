package io.camelmessaging.examples.bridge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Counts the records of a CSV file as commons-csv reads them, in one streaming pass over its bytes. */
final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * The records after the header: a line break inside a quoted cell is part of the cell, and an empty line is no
     * record. Reads the file in blocks, never whole.
     */
    static long afterHeader(Path file) throws IOException {
        long records = 0;
        boolean quoted = false;
        boolean content = false;
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (channel.read(buffer.clear()) > 0) {
                for (buffer.flip(); buffer.hasRemaining(); ) {
                    byte b = buffer.get();
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        records += content ? 1 : 0;
                        content = false;
                        continue;
                    }
                    content |= b != '\r';
                }
            }
        }
        records += content ? 1 : 0;
        return Math.max(0, records - 1);
    }
}
