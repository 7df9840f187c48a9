package io.camelmessaging.component.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends to many recipients in requests of at most 100 recipients each, at most {@value #MAX_CONCURRENT_REQUESTS} at a
 * time, and joins their outcomes in recipient order. A request is built only when it is its turn, so memory does not
 * grow with the number of recipients times the size of a request.
 */
public final class RecipientChunks {

    /** The most recipients the providers take in one request (Pinpoint direct messages, ACS SMS and MMS). */
    public static final int MAX_RECIPIENTS_PER_REQUEST = 100;
    /** The most requests of one message in flight at once. */
    public static final int MAX_CONCURRENT_REQUESTS = 4;

    private RecipientChunks() {
    }

    /** Sends each chunk with {@code request} and joins the outcomes in recipient order. */
    public static CompletableFuture<List<RecipientOutcome>> send(
            List<String> recipients, Function<List<String>, CompletableFuture<List<RecipientOutcome>>> request) {
        if (!recipients.isEmpty() && recipients.size() <= MAX_RECIPIENTS_PER_REQUEST) {
            return CompletableFuture.completedFuture(recipients).thenCompose(request);
        }
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += MAX_RECIPIENTS_PER_REQUEST) {
            chunks.add(recipients.subList(from, Math.min(recipients.size(), from + MAX_RECIPIENTS_PER_REQUEST)));
        }
        List<CompletableFuture<List<RecipientOutcome>>> sent = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            List<String> chunk = chunks.get(i);
            CompletableFuture<?> turn = i < MAX_CONCURRENT_REQUESTS
                    ? CompletableFuture.completedFuture(null) : sent.get(i - MAX_CONCURRENT_REQUESTS);
            sent.add(turn.handle((done, failure) -> chunk).thenCompose(request));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .thenApply(done -> sent.stream().flatMap(r -> r.join().stream()).toList());
    }
}
