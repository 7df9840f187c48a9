package io.camelmessaging.component;

import java.util.function.Function;

import io.camelmessaging.component.provider.ProviderContext;
import io.camelmessaging.component.provider.ProviderFactory;
import io.camelmessaging.component.provider.aws.AwsProviderFactory;
import io.camelmessaging.component.provider.azure.AzureProviderFactory;

/**
 * The cloud messaging provider an endpoint sends through.
 */
public enum MessagingProvider {
    /** Amazon Web Services: End User Messaging SMS and Pinpoint. */
    aws(AwsProviderFactory::new),
    /** Azure Communication Services. */
    azure(AzureProviderFactory::new);

    private final Function<ProviderContext, ProviderFactory> factory;

    MessagingProvider(Function<ProviderContext, ProviderFactory> factory) {
        this.factory = factory;
    }

    /** A new factory of this provider's operations, for one endpoint. */
    public ProviderFactory factory(ProviderContext context) {
        return factory.apply(context);
    }
}
