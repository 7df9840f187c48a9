package io.camelmessaging.routes;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.spi.IdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The file to SMS bridge {@code routes/csv-to-sms.yaml}, loaded as Camel Main loads it, with real files.
 */
class CsvToSmsRouteTest extends CsvToSmsTestSupport {

    @Test
    void everyLineIsSentAndAccountedForAndTheFileMovesToDone() throws Exception {
        drop("batch.csv", """
                phone,text,media
                +12065550101,"Hello, Ann",
                +12065550102,Your photo,s3://bucket-1/photo.jpg
                bad-number,Never sent,
                (206) 555-0104,National format,
                """);

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/batch.csv")));

        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple("+12065550101", "Hello, Ann"),
                org.assertj.core.groups.Tuple.tuple("+12065550102", "Your photo"),
                org.assertj.core.groups.Tuple.tuple("+12065550104", "National format"));
        assertThat(sandbox.messages().get(1).mediaUrls()).containsExactly("s3://bucket-1/photo.jpg");
        List<String> results = Files.readAllLines(inbox.resolve("results/batch.results.csv"));
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isEqualTo("1,+12065550101,SENT," + sandbox.messages().get(0).messageId());
        assertThat(results.get(2)).startsWith("3,bad-number,FAILED,\"1 invalid value(s): DestinationPhoneNumber=");
        assertThat(results.get(3)).startsWith("4,(206) 555-0104,SENT,");
        assertThat(inbox.resolve("batch.csv")).doesNotExist();
    }

    @Test
    void afterAKillTheLinesAlreadyHandledAreNotSentAgain() throws Exception {
        IdempotentRepository sentLines = context.getRegistry().lookupByNameAndType("sentLines",
                IdempotentRepository.class);
        sentLines.add("batch.csv@" + MODIFIED.toMillis() + ":1");
        sentLines.add("batch.csv@" + MODIFIED.toMillis() + ":2");
        drop("batch.csv", """
                phone,text,media
                +12065550101,first,
                +12065550102,second,
                +12065550103,third,
                +12065550104,fourth,
                """);

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/batch.csv")));

        assertThat(sandbox.messages()).extracting(RecordedMessage::body).containsExactly("third", "fourth");
        assertThat(Files.readAllLines(inbox.resolve("results/batch.results.csv")))
                .extracting(line -> line.substring(0, line.indexOf(',', 2))).containsExactly("3,+12065550103",
                        "4,+12065550104");
    }
}
