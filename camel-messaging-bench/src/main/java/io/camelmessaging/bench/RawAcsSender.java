package io.camelmessaging.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.provider.RecipientChunks;
import io.camelmessaging.component.provider.azure.AcsConnection;

/**
 * An ACS SMS to many recipients sent by hand through an azure-core {@link com.azure.core.http.HttpPipeline}: the same
 * JSON as the component's ({@code from}, {@code smsRecipients} with a name-based repeatability id and the RFC 1123
 * first-sent time per recipient, {@code message}), written by Jackson from records of its own, in requests of 100
 * recipients with 4 in flight, as the component sends them. Each answer must be a 202 that lists every recipient of
 * its request; nothing else is read from it.
 */
final class RawAcsSender implements Sender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AcsConnection connection;
    private final String url;
    private final String from;
    private final String text;
    private final List<String> recipients;

    RawAcsSender(AcsConnection connection, String from, String text, List<String> recipients) {
        this.connection = connection;
        this.url = connection.endpoint() + "/sms?api-version=2021-03-07";
        this.from = from;
        this.text = text;
        this.recipients = List.copyOf(recipients);
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public void send(Consumer<Throwable> done) {
        new FanOut(UUID.randomUUID().toString(),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)), done).start();
    }

    /** The body of {@code POST /sms}. */
    record Sms(String from, List<Recipient> smsRecipients, String message) {
    }

    /** One recipient of {@link Sms}. */
    record Recipient(String to, String repeatabilityRequestId, String repeatabilityFirstSent) {
    }

    /** One send's requests: each lane sends the next request when its previous one is answered. */
    private final class FanOut {

        private final String key;
        private final String firstSent;
        private final Consumer<Throwable> done;
        private final int requests = (recipients.size() + RecipientChunks.MAX_RECIPIENTS_PER_REQUEST - 1)
                                     / RecipientChunks.MAX_RECIPIENTS_PER_REQUEST;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        FanOut(String key, String firstSent, Consumer<Throwable> done) {
            this.key = key;
            this.firstSent = firstSent;
            this.done = done;
        }

        void start() {
            for (int lane = 0; lane < Math.min(RecipientChunks.MAX_CONCURRENT_REQUESTS, requests); lane++) {
                sendNext();
            }
        }

        private void sendNext() {
            int index = next.getAndIncrement();
            if (index >= requests) {
                return;
            }
            int start = index * RecipientChunks.MAX_RECIPIENTS_PER_REQUEST;
            List<String> chunk = recipients.subList(start,
                    Math.min(recipients.size(), start + RecipientChunks.MAX_RECIPIENTS_PER_REQUEST));
            byte[] body;
            try {
                body = JSON.writeValueAsBytes(new Sms(from, chunk.stream().map(to -> new Recipient(to,
                        UUID.nameUUIDFromBytes((key + "|" + to).getBytes(StandardCharsets.UTF_8)).toString(),
                        firstSent)).toList(), text));
            } catch (JsonProcessingException e) {
                answered(e);
                return;
            }
            connection.pipeline().send(new HttpRequest(HttpMethod.POST, url)
                            .setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(body))
                    .flatMap(response -> response.getBodyAsByteArray().defaultIfEmpty(new byte[0])
                            .map(answer -> check(response.getStatusCode(), answer, chunk.size())))
                    .subscribe(ok -> answered(null), this::answered);
        }

        private boolean check(int status, byte[] answer, int sent) {
            try {
                if (status != 202 || JSON.readTree(answer).path("value").size() != sent) {
                    throw new IllegalStateException("ACS answered " + status + ": "
                                                    + new String(answer, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("ACS answered " + status + " with no JSON", e);
            }
            return true;
        }

        private void answered(Throwable error) {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
            if (answered.incrementAndGet() == requests) {
                done.accept(failure.get());
            } else {
                sendNext();
            }
        }
    }
}
