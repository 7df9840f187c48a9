package io.camelmessaging.component.provider.azure;

import java.net.URI;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.provider.ProviderContext;
import io.camelmessaging.component.provider.ProviderFactory;
import io.camelmessaging.component.provider.ProviderOperation;

/**
 * The Azure Communication Services operations, SMS and MMS, on a connection built from the Azure options only; texts
 * use the autowired {@code smsClient} instead when one is set. The connection holds nothing to close, and its
 * credentials are checked when it is built, at route start.
 */
public final class AzureProviderFactory implements ProviderFactory {

    private final ProviderContext context;
    private AcsConnection connection;

    public AzureProviderFactory(ProviderContext context) {
        this.context = context;
    }

    @Override
    public ProviderOperation<?> create(MessagingOperation operation) {
        MessagingConfiguration config = context.configuration();
        return switch (operation) {
            case sendTextMessage -> config.getSmsClient() != null
                    ? new AzureSendTextMessage(config.getSmsClient()) : new AzureSendTextMessage(connection());
            case sendMediaMessage -> new AzureSendMediaMessage(connection(), context.mediaPolicy());
            case sendMessages -> throw new IllegalArgumentException(
                    "Operation sendMessages is not offered for provider azure: use provider aws");
            case events -> throw new IllegalArgumentException("Operation events consumes and does not send");
        };
    }

    private AcsConnection connection() {
        connection = AcsConnectionFactory.create(context.configuration());
        return connection;
    }

    /** The ACS resource; null with a user's {@code smsClient}, whose endpoint is not public. */
    @Override
    public URI endpoint(MessagingOperation operation) {
        return connection == null ? null : URI.create(connection.endpoint());
    }
}
