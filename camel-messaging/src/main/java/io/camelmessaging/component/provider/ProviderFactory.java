package io.camelmessaging.component.provider;

import java.net.URI;

import io.camelmessaging.component.MessagingOperation;

/**
 * Creates the operations of one provider for one endpoint, and owns the clients it creates for them (never a client
 * the user supplied). One implementation per provider, chosen by {@link io.camelmessaging.component.MessagingProvider}.
 */
public interface ProviderFactory extends AutoCloseable {

    /**
     * The operation, with its clients and credentials.
     *
     * @throws IllegalArgumentException when credentials are missing or contradictory, or the provider does not offer
     *                                  the operation
     */
    ProviderOperation<?> create(MessagingOperation operation);

    /** Where {@link #create created} operations send, for the health check; null when a user's client decides. */
    URI endpoint(MessagingOperation operation);

    /** Throws when the credentials of the clients this factory created cannot be resolved ahead of a request. */
    default void checkCredentials() {
    }

    /** Closes the clients this factory created. */
    @Override
    default void close() {
    }
}
