package io.camelmessaging.component.events;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for SQS's JSON protocol on a JDK HTTP server, enough for the SDK's ReceiveMessage and DeleteMessageBatch:
 * records every request, answers a receive after a set delay (a long poll) with the messages queued so far, and
 * reports every deletion as done. Verifies no signature: the tests read the recorded headers instead.
 */
final class FakeSqsHttpServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> queued = new ArrayList<>();
    private volatile Duration receiveDelay = Duration.ZERO;

    /** One request as it arrived; header names as the JDK server spells them ({@code X-amz-target}). */
    record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
        }

        String target() {
            return header("X-amz-target");
        }
    }

    FakeSqsHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** How long each ReceiveMessage is held before it is answered. */
    void holdReceivesFor(Duration delay) {
        receiveDelay = delay;
    }

    /** Queues a message for the next receive; its receipt handle is {@code rh-<messageId>}. */
    synchronized void offer(String messageId, String body) {
        queued.add(Map.of("MessageId", messageId, "ReceiptHandle", "rh-" + messageId, "Body", body,
                "MD5OfBody", md5(body), "Attributes", Map.of("ApproximateReceiveCount", "1")));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        Object answer = Map.of();
        if ("AmazonSQS.ReceiveMessage".equals(request.target())) {
            sleep(receiveDelay);
            answer = Map.of("Messages", takeQueued());
        } else if ("AmazonSQS.DeleteMessageBatch".equals(request.target())) {
            List<Map<String, String>> deleted = new ArrayList<>();
            JSON.readTree(request.body()).get("Entries").forEach(e -> deleted.add(Map.of("Id", e.get("Id").asText())));
            answer = Map.of("Successful", deleted, "Failed", List.of());
        }
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private synchronized List<Map<String, Object>> takeQueued() {
        List<Map<String, Object>> messages = List.copyOf(queued);
        queued.clear();
        return messages;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
