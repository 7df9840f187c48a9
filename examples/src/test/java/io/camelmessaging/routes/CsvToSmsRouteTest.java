package io.camelmessaging.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.sandbox.RecordedMessage;
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
    void afterAKillTheLinesWithAResultAreNotSentAgainAndATornResultIsCutOff() throws Exception {
        // the killed run: started the file, wrote two results and was killed writing the third
        Path results = resultsOfAKilledRun("batch.csv",
                "1,+12065550101,SENT,m-1\r\n2,+12065550102,SENT,m-2\r\n3,+1206555");
        drop("batch.csv", """
                phone,text,media
                +12065550101,first,
                +12065550102,second,
                +12065550103,third,
                +12065550104,fourth,
                """);

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/batch.csv")));

        assertThat(sandbox.messages()).extracting(RecordedMessage::body).containsExactly("third", "fourth");
        assertThat(Files.readAllLines(results)).containsExactly("1,+12065550101,SENT,m-1", "2,+12065550102,SENT,m-2",
                "3,+12065550103,SENT," + sandbox.messages().get(0).messageId(),
                "4,+12065550104,SENT," + sandbox.messages().get(1).messageId());
    }

    @Test
    void aFileNameWithDotsHasAResultFileOfItsOwn() throws Exception {
        drop("list.a.csv", "phone,text,media\n+12065550101,first,\n");
        drop("list.b.csv", "phone,text,media\n+12065550102,second,\n");

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/list.a.csv"))
                                                         && Files.exists(inbox.resolve("done/list.b.csv")));

        assertThat(Files.readAllLines(inbox.resolve("results/list.a.results.csv"))).singleElement().asString()
                .startsWith("1,+12065550101,SENT,");
        assertThat(Files.readAllLines(inbox.resolve("results/list.b.results.csv"))).singleElement().asString()
                .startsWith("1,+12065550102,SENT,");
    }
}
