package io.camelmessaging.component.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;


/**
 * Sends to many recipients in requests of at most 100 recipients each, concurrently, and joins their outcomes in
 * recipient order.
 */
public final class RecipientChunks {

    /** The most recipients the providers take in one request (Pinpoint direct messages, ACS SMS and MMS). */
    public static final int MAX_RECIPIENTS_PER_REQUEST = 100;

    private RecipientChunks() {
    }

    /** Sends each chunk with {@code request} and joins the outcomes in recipient order. */
    public static CompletableFuture<List<RecipientOutcome>> send(
            List<String> recipients, Function<List<String>, CompletableFuture<List<RecipientOutcome>>> request) {
        List<CompletableFuture<List<RecipientOutcome>>> requests = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += MAX_RECIPIENTS_PER_REQUEST) {
            requests.add(request.apply(
                    recipients.subList(from, Math.min(recipients.size(), from + MAX_RECIPIENTS_PER_REQUEST))));
        }
        return CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new))
                .thenApply(done -> requests.stream().flatMap(r -> r.join().stream()).toList());
    }
}
