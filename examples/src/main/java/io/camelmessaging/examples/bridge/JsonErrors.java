package io.camelmessaging.examples.bridge;

import java.util.Map;

import org.apache.camel.Exchange;

/** The JSON error bodies of the HTTP bridges: {@code {"error": "..."}}. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The error of the exception a {@code doCatch} caught, by its message. */
    public static Map<String, String> caught(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return Map.of("error", caught == null || caught.getMessage() == null ? "failed" : caught.getMessage());
    }
}
