package io.camelmessaging.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * One HTTP exchange as the sandbox's handlers see it: the body read once, lower-case headers, and small answer
 * helpers that always send a {@code Date} header.
 */
final class HttpCall {

    private final HttpExchange exchange;
    private final byte[] body;
    private final Map<String, List<String>> headers = new TreeMap<>();

    HttpCall(HttpExchange exchange) throws IOException {
        this.exchange = exchange;
        try (InputStream in = exchange.getRequestBody()) {
            this.body = in.readAllBytes();
        }
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String rawPath() {
        return exchange.getRequestURI().getRawPath();
    }

    String rawQuery() {
        return exchange.getRequestURI().getRawQuery();
    }

    String pathAndQuery() {
        return rawPath() + (rawQuery() == null ? "" : "?" + rawQuery());
    }

    byte[] body() {
        return body;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Lower-case header names to their values. */
    Map<String, List<String>> headers() {
        return headers;
    }

    /** Lower-case header names to their values joined with commas. */
    Map<String, String> flatHeaders() {
        Map<String, String> flat = new TreeMap<>();
        headers.forEach((name, values) -> flat.put(name, String.join(",", values)));
        return flat;
    }

    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    void answer(int status, String contentType, String text, Map<String, String> extraHeaders) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC)));
        extraHeaders.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Promises a body, sends part of it and closes the connection, so the client sees a broken answer. */
    void dropConnection() throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 1000);
        OutputStream out = exchange.getResponseBody();
        out.write("{\"Mess".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        exchange.close();
    }
}
