package io.camelmessaging.component.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.MessagingStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Many recipients go in requests of 100, at most four in flight, each built only when it is its turn. */
class RecipientChunksTest {

    @Test
    void atMostFourRequestsAreInFlightAndEachIsBuiltOnlyWhenOneIsAnswered() {
        List<String> recipients = IntStream.range(0, 1000).mapToObj(i -> "+1206" + (5_000_000 + i)).toList();
        List<CompletableFuture<List<RecipientOutcome>>> inFlight = new ArrayList<>();
        List<List<String>> built = new ArrayList<>();

        CompletableFuture<List<RecipientOutcome>> all = RecipientChunks.send(recipients, chunk -> {
            built.add(chunk);
            CompletableFuture<List<RecipientOutcome>> answer = new CompletableFuture<>();
            inFlight.add(answer);
            return answer;
        });

        assertThat(built).hasSize(4);
        inFlight.get(1).complete(accepted(built.get(1)));
        assertThat(built).hasSize(5);
        inFlight.get(0).complete(accepted(built.get(0)));
        assertThat(built).hasSize(6);
        for (int i = 2; i < 10; i++) {
            inFlight.get(i).complete(accepted(built.get(i)));
        }
        assertThat(built).hasSize(10).allSatisfy(chunk -> assertThat(chunk).hasSize(100));
        assertThat(all.join()).extracting(o -> o.result().to()).containsExactlyElementsOf(recipients);
    }

    private static List<RecipientOutcome> accepted(List<String> chunk) {
        return chunk.stream().map(to -> new RecipientOutcome(
                new MessagingResult(to, "id-" + to, MessagingStatus.ACCEPTED, false, null, null, "azure"), null))
                .toList();
    }
}
