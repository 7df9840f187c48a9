package io.camelmessaging.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook on 127.0.0.1 that records what the sandbox's Event Grid sends and answers it: the handshakes as a valid
 * receiver does (unless told otherwise), notifications with the statuses queued by {@link #answerNotifications}, then
 * 200.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received; header names lower case. */
    record Received(String method, String path, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return EventTestClients.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> notificationStatuses = new ConcurrentLinkedQueue<>();
    volatile boolean echoValidationCode = true;
    volatile int handshakeStatus = 200;
    volatile long firstNotificationDelayMillis;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    void answerNotifications(Integer... statuses) {
        notificationStatuses.addAll(List.of(statuses));
    }

    /** The next request, waiting up to 5 s. */
    Received next() throws InterruptedException {
        Received next = received.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("The webhook received nothing within 5 s");
        }
        return next;
    }

    /** What arrives within {@code millis}. */
    List<Received> within(long millis) throws InterruptedException {
        Thread.sleep(millis);
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(",", values)));
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String body = "";
        int status;
        long delay = 0;
        if ("OPTIONS".equals(request.method())) {
            status = handshakeStatus;
            exchange.getResponseHeaders().set("WebHook-Allowed-Origin", "eventgrid.azure.net");
        } else if ("SubscriptionValidation".equals(headers.get("aeg-event-type"))) {
            status = handshakeStatus;
            String code = request.json().get(0).path("data").path("validationCode").asText();
            body = "{\"validationResponse\":\"" + (echoValidationCode ? code : "wrong") + "\"}";
        } else {
            Integer queued = notificationStatuses.poll();
            status = queued == null ? 200 : queued;
            delay = firstNotificationDelayMillis;
            firstNotificationDelayMillis = 0;
        }
        // recorded only once its answer is chosen, so that statuses queued after next() go to later requests
        received.add(request);
        sleep(delay);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
