package io.camelmessaging.examples.bridge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * The result file of the file bridge read as its line checkpoints: CSV records (RFC 4180, a line break inside a quoted
 * cell is part of the cell), each ending with a line break and starting with its line number.
 */
final class ResultRecords {

    private ResultRecords() {
    }

    /**
     * The line numbers of the records from byte {@code start} on, read in blocks (never the whole file). A last record
     * without its line break was torn by a kill mid-write: it is cut off the file, so that the line counts as not
     * written and its next result starts a record of its own.
     */
    static BitSet read(Path file, long start) throws IOException {
        BitSet lines = new BitSet();
        if (!Files.exists(file)) {
            return lines;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long position = start;
            long end = start;
            int number = 0;
            int digits = 0;
            boolean inNumber = true;
            boolean quoted = false;
            channel.position(start);
            while (channel.read(buffer.clear()) > 0) {
                for (buffer.flip(); buffer.hasRemaining(); position++) {
                    byte b = buffer.get();
                    if (inNumber && b >= '0' && b <= '9' && digits < 9) {
                        number = number * 10 + b - '0';
                        digits++;
                    } else if (inNumber && b == ',' && digits > 0) {
                        inNumber = false;
                    } else if (inNumber) {
                        throw new IllegalStateException(file + " is not a result file of the file bridge: the "
                                                        + "record at byte " + end + " does not start with a number");
                    } else if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        lines.set(number);
                        end = position + 1;
                        number = 0;
                        digits = 0;
                        inNumber = true;
                    }
                }
            }
            if (end < position) {
                channel.truncate(end);
            }
        }
        return lines;
    }
}
