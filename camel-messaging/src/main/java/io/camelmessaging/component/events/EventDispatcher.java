package io.camelmessaging.component.events;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Hands events to the route of an {@code events} consumer, one exchange each, the same way for every provider: drops an
 * event whose id was handled before (or is being handled now), keeps the suppression repository up to date with opt-outs
 * and opt-ins, and routes an unreadable event with its exception and raw text to the route's error handler. Each
 * dispatch completes with whether the provider may forget the event (it was handled, or was a duplicate): false means
 * the provider must deliver it again.
 */
public final class EventDispatcher extends ServiceSupport {

    /** How many event ids the default idempotent repository remembers. */
    static final int DEFAULT_REMEMBERED_EVENTS = 10_000;

    private final DefaultConsumer consumer;
    private final IdempotentRepository handled;
    private final IdempotentRepository suppression;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final LongAdder duplicates = new LongAdder();

    public EventDispatcher(DefaultConsumer consumer, MessagingConfiguration configuration) {
        this.consumer = consumer;
        this.handled = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REMEMBERED_EVENTS);
        this.suppression = configuration.getSuppressionRepository();
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(handled, suppression);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(handled);
    }

    /** Routes one event; completes with true when the provider may forget it, false when it must come again. */
    public CompletableFuture<Boolean> dispatch(MessagingEvent event) {
        String id = event.eventId();
        if (!inFlight.add(id)) {
            duplicates.increment();
            return CompletableFuture.completedFuture(true);
        }
        Exchange exchange = consumer.createExchange(false);
        try {
            if (handled.contains(id)) {
                inFlight.remove(id);
                duplicates.increment();
                consumer.releaseExchange(exchange, false);
                return CompletableFuture.completedFuture(true);
            }
            exchange.getIn().setBody(event);
            setHeaders(exchange.getIn(), event);
            updateSuppression(event);
        } catch (RuntimeException e) {
            exchange.setException(e);
            markBridged(exchange);
        }
        return route(exchange).thenApply(ok -> {
            try {
                if (ok) {
                    handled.add(id);
                }
            } catch (RuntimeException e) {
                consumer.getExceptionHandler().handleException("Could not remember handled event " + id, e);
            } finally {
                inFlight.remove(id);
            }
            return ok;
        });
    }

    /** Routes an event that could not be read: its exchange carries the raw text as body and the exception. */
    public CompletableFuture<Boolean> dispatchUnreadable(String raw, Exception reason) {
        Exchange exchange = consumer.createExchange(false);
        exchange.getIn().setBody(raw);
        exchange.setException(reason);
        markBridged(exchange);
        return route(exchange);
    }

    /** How many events were dropped as duplicates. */
    public long duplicates() {
        return duplicates.sum();
    }

    private static void setHeaders(Message message, MessagingEvent event) {
        message.setHeader(MessagingConstants.EVENT_KIND, event.kind());
        message.setHeader(MessagingConstants.EVENT_STATUS, event.status());
        message.setHeader(MessagingConstants.MESSAGE_ID, event.messageId());
        message.setHeader(MessagingConstants.CORRELATION_ID, event.correlationId());
        message.setHeader(MessagingConstants.PROVIDER, event.provider());
    }

    /** An opt-out adds the phone that wrote to the suppression repository, an opt-in removes it. */
    private void updateSuppression(MessagingEvent event) {
        if (suppression == null || event.kind() != MessagingEventKind.INBOUND_MESSAGE || event.from() == null) {
            return;
        }
        if (event.status() == MessagingEventStatus.OPTED_OUT) {
            suppression.add(event.from());
        } else if (event.isOptIn()) {
            suppression.remove(event.from());
        }
    }

    /**
     * Marks an exchange that already failed the way Camel's bridge error handler does, so that the route's error handler
     * (a dead letter channel, an onException) takes it at once instead of the route's first step.
     */
    private static void markBridged(Exchange exchange) {
        exchange.setProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, exchange.getException());
        exchange.setProperty(ExchangePropertyKey.ERRORHANDLER_BRIDGE, true);
        exchange.getExchangeExtension().setRedeliveryExhausted(true);
    }

    /** Processes the exchange; completes with whether it ended without an exception (handled counts as ended well). */
    private CompletableFuture<Boolean> route(Exchange exchange) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            consumer.getAsyncProcessor().process(exchange, doneSync -> complete(exchange, done));
        } catch (Throwable e) {
            exchange.setException(e);
            complete(exchange, done);
        }
        return done;
    }

    private void complete(Exchange exchange, CompletableFuture<Boolean> done) {
        boolean ok = exchange.getException() == null && !exchange.isRollbackOnly();
        if (exchange.getException() != null) {
            consumer.getExceptionHandler().handleException("Error processing a messaging event", exchange,
                    exchange.getException());
        }
        consumer.releaseExchange(exchange, false);
        done.complete(ok);
    }
}
