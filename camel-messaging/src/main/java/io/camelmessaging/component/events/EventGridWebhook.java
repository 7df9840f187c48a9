package io.camelmessaging.component.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.util.CaseInsensitiveMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the HTTP requests of an Event Grid webhook, on whichever platform-http engine serves them: authenticates
 * every request with the {@link WebhookSecret}, answers the CloudEvents OPTIONS handshake and the Event Grid
 * subscription validation, and hands each event of a POST to the {@link EventDispatcher}, one after another. The
 * answer waits until every exchange of the batch completed: 200 when the provider may forget the whole batch, 503 (Event
 * Grid delivers again) when an event was not handled, 400 (Event Grid dead-letters) when only unreadable events were not
 * handled by the route's error handler, 413 for a body beyond {@link EventLimits#MAX_AZURE_BODY_BYTES}.
 */
final class EventGridWebhook extends AsyncProcessorSupport {

    static final String REQUEST_ORIGIN = "WebHook-Request-Origin";
    static final String REQUEST_RATE = "WebHook-Request-Rate";
    static final String ALLOWED_ORIGIN = "WebHook-Allowed-Origin";
    static final String ALLOWED_RATE = "WebHook-Allowed-Rate";

    private static final Logger LOG = LoggerFactory.getLogger(EventGridWebhook.class);
    /** A sender's DNS name, as CloudEvents' abuse protection puts it in {@code WebHook-Request-Origin}. */
    private static final Pattern ORIGIN = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final String TEXT = "text/plain; charset=utf-8";

    private final WebhookSecret secret;
    private final AzureEventParser parser;
    private final EventDispatcher dispatcher;
    private final ExceptionHandler exceptionHandler;

    EventGridWebhook(WebhookSecret secret, AzureEventParser parser, EventDispatcher dispatcher,
                     ExceptionHandler exceptionHandler) {
        this.secret = secret;
        this.parser = parser;
        this.dispatcher = dispatcher;
        this.exceptionHandler = exceptionHandler;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message http = exchange.getMessage();
        try {
            Map<String, Object> request = new CaseInsensitiveMap(http.getHeaders());
            // nothing the caller sent (the secret included) may be echoed back as a response header
            http.removeHeaders("*");
            String method = String.valueOf(request.get(Exchange.HTTP_METHOD));
            WebhookSecret.Verdict verdict = secret.check(rawQuery(request), request.get(WebhookSecret.HEADER));
            if (verdict != WebhookSecret.Verdict.AUTHENTIC) {
                LOG.debug("Refused a webhook {} request: secret {}", method, verdict);
                return answer(http, verdict == WebhookSecret.Verdict.MISSING ? 401 : 403, callback);
            }
            return switch (method) {
                case "OPTIONS" -> handshake(http, request, callback);
                case "POST" -> post(http, request, callback);
                default -> answer(http, 405, callback);
            };
        } catch (RuntimeException e) {
            exceptionHandler.handleException("Could not answer a webhook request", e);
            return answer(http, 500, callback);
        }
    }

    /** The CloudEvents abuse protection handshake: every rate a sender asks for is allowed. */
    private static boolean handshake(Message http, Map<String, Object> request, AsyncCallback callback) {
        Object origin = request.get(REQUEST_ORIGIN);
        if (origin == null || !ORIGIN.matcher(origin.toString()).matches()) {
            return answer(http, 400, TEXT, "OPTIONS must carry header " + REQUEST_ORIGIN + ": the sender's host name",
                    callback);
        }
        http.setHeader(ALLOWED_ORIGIN, origin.toString());
        if (request.get(REQUEST_RATE) != null) {
            http.setHeader(ALLOWED_RATE, "*");
        }
        http.setHeader("Allow", "POST, OPTIONS");
        return answer(http, 200, callback);
    }

    private boolean post(Message http, Map<String, Object> request, AsyncCallback callback) {
        if (declaredLength(request) > EventLimits.MAX_AZURE_BODY_BYTES) {
            return answer(http, 413, callback);
        }
        byte[] bytes = boundedBody(http);
        if (bytes.length > EventLimits.MAX_AZURE_BODY_BYTES) {
            return answer(http, 413, callback);
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        AzureEvents events;
        try {
            requireUtf8(bytes, body);
            events = parser.parseEach(body);
        } catch (MessagingEventException e) {
            dispatcher.dispatchUnreadable(body, e).whenComplete((handled, error) -> {
                if (Boolean.TRUE.equals(handled)) {
                    answer(http, 200, callback);
                } else {
                    answer(http, 400, TEXT, e.getMessage(), callback);
                }
            });
            return false;
        }
        if (events.isSubscriptionValidation()) {
            String answer = JsonNodeFactory.instance.objectNode()
                    .put("validationResponse", events.validationCode()).toString();
            return answer(http, 200, "application/json", answer, callback);
        }
        dispatchInOrder(events.items()).whenComplete((handled, error) -> {
            if (error != null) {
                exceptionHandler.handleException("Could not hand a batch of events to the route", error);
                answer(http, 503, callback);
            } else {
                answerBatch(http, events.items(), handled, callback);
            }
        });
        return false;
    }

    /** Routes each event after the one before completed; completes with whether each may be forgotten. */
    private CompletableFuture<List<Boolean>> dispatchInOrder(List<AzureEvents.Item> items) {
        CompletableFuture<List<Boolean>> chain = CompletableFuture.completedFuture(new ArrayList<>(items.size()));
        for (AzureEvents.Item item : items) {
            chain = chain.thenCompose(handled -> dispatch(item).thenApply(ok -> {
                handled.add(ok);
                return handled;
            }));
        }
        return chain;
    }

    private CompletableFuture<Boolean> dispatch(AzureEvents.Item item) {
        return item.event() != null
                ? dispatcher.dispatch(item.event())
                : dispatcher.dispatchUnreadable(item.raw(), item.failure());
    }

    private static void answerBatch(Message http, List<AzureEvents.Item> items, List<Boolean> handled,
                                    AsyncCallback callback) {
        int notHandled = 0;
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (handled.get(i)) {
                continue;
            }
            if (items.get(i).event() != null) {
                notHandled++;
            } else {
                unreadable.add(items.get(i).failure().getMessage());
            }
        }
        if (notHandled > 0) {
            answer(http, 503, TEXT, notHandled + " of " + items.size() + " events were not handled: deliver the batch "
                                    + "again", callback);
        } else if (!unreadable.isEmpty()) {
            answer(http, 400, TEXT, String.join("\n", unreadable), callback);
        } else {
            answer(http, 200, callback);
        }
    }

    /** The body's first bytes, one more than the limit at most, so a larger body is never read whole. */
    private static byte[] boundedBody(Message http) {
        InputStream in = http.getBody(InputStream.class);
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readNBytes(EventLimits.MAX_AZURE_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the request body", e);
        }
    }

    private static void requireUtf8(byte[] bytes, String decoded) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new MessagingEventException(AzureEventParser.PROVIDER, "body", decoded, "must be UTF-8 text");
        }
    }

    private static long declaredLength(Map<String, Object> request) {
        Object length = request.get("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.toString().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String rawQuery(Map<String, Object> request) {
        Object raw = request.get(Exchange.HTTP_RAW_QUERY);
        Object query = raw != null ? raw : request.get(Exchange.HTTP_QUERY);
        return query == null ? null : query.toString();
    }

    private static boolean answer(Message http, int status, AsyncCallback callback) {
        return answer(http, status, null, null, callback);
    }

    private static boolean answer(Message http, int status, String contentType, String body, AsyncCallback callback) {
        http.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (contentType != null) {
            http.setHeader(Exchange.CONTENT_TYPE, contentType);
        }
        http.setBody(body);
        callback.done(false);
        return false;
    }
}
