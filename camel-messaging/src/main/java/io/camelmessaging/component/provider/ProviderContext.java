package io.camelmessaging.component.provider;

import java.util.function.Supplier;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.media.MediaPolicy;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

/**
 * What a {@link ProviderFactory} builds an endpoint's operation from.
 *
 * @param configuration the endpoint's options
 * @param eventLoops    the component's shared Netty event loops for AWS clients, created on first use
 * @param mediaPolicy   what media URLs that arrive in a message may reach
 */
public record ProviderContext(MessagingConfiguration configuration, Supplier<SdkEventLoopGroup> eventLoops,
                              MediaPolicy mediaPolicy) {
}
