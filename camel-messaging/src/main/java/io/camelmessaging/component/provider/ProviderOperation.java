package io.camelmessaging.component.provider;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * One operation of one provider: resolves its own options, validates a request against the provider's constraints,
 * builds the provider's requests, sends them asynchronously and maps the answers to per-recipient outcomes. Futures
 * complete normally with failed outcomes for provider errors; they complete exceptionally only for unexpected failures.
 * The options an operation supports are listed in {@link SupportedOptions}.
 *
 * @param <O> the record of this operation's options
 */
public interface ProviderOperation<O> {

    /**
     * The request of an exchange: the message (whose recipients the operation may replace, e.g. Pinpoint endpoints)
     * with this operation's options and what else it needs from the exchange, e.g. media content. Problems are added
     * to the resolver's violations; runs before any network call.
     */
    SendRequest<O> resolve(OutboundMessage message, OptionResolver options);

    /** Adds every constraint of the provider that the request breaks. */
    void validate(SendRequest<O> request, Violations violations);

    /** Sends the request to the given recipients, one outcome per recipient in the same order. */
    CompletableFuture<List<RecipientOutcome>> send(SendRequest<O> request, List<String> recipients);

    /**
     * Sends the request the user built ({@code pojoRequest=true}), read from the body.
     *
     * @throws InvalidPayloadException when the body is not a request of this operation
     */
    CompletableFuture<ProviderResponse> sendPojo(Exchange exchange) throws InvalidPayloadException;

    /** The body if it is an instance of {@code type}, never converted. */
    static <T> T pojoBody(Exchange exchange, Class<T> type) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        if (!type.isInstance(body)) {
            throw new InvalidPayloadException(exchange, type);
        }
        return type.cast(body);
    }
}
