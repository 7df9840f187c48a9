package io.camelmessaging.component.provider;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;

/**
 * One operation of one provider: validates a message against the provider's constraints, builds the provider's
 * requests, sends them asynchronously and maps the answers to per-recipient outcomes. Futures complete normally
 * with failed outcomes for provider errors; they complete exceptionally only for unexpected failures.
 */
public interface ProviderOperation {

    /** Names of the endpoint options this operation cannot send; setting one makes route start fail. */
    Set<String> unsupportedOptions();

    /**
     * Completes a message with what this operation needs from the exchange, e.g. media content; problems are added to
     * {@code violations}. Runs before {@link #validate}, before any network call.
     */
    default OutboundMessage prepare(OutboundMessage message, Exchange exchange, Violations violations) {
        return message;
    }

    /** Adds every constraint of the provider that the message breaks. */
    void validate(OutboundMessage message, Violations violations);

    /** Sends the message to the given recipients, one outcome per recipient in the same order. */
    CompletableFuture<List<RecipientOutcome>> send(OutboundMessage message, List<String> recipients);

    /** The SDK request type accepted with {@code pojoRequest=true}. */
    Class<?> pojoRequestType();

    /** Sends a request the user built as it is. */
    CompletableFuture<ProviderResponse> sendPojo(Object request);
}
