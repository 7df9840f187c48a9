package io.camelmessaging.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingEndpoint;
import io.camelmessaging.component.provider.aws.AwsClientFactory;
import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;

/**
 * The three sides of the End User Messaging SMS comparison, each sending the same {@code SendTextMessage} (sender,
 * recipient, a one-part GSM-7 text) to the sandbox: {@code ours}, the async producer of
 * {@code messaging:sendTextMessage}; {@code direct}, the same endpoint behind a {@code direct:} route, driven through
 * the route's async producer; and {@code raw}, the {@link PinpointSmsVoiceV2AsyncClient} called by hand.
 * <p>
 * The raw client ({@code bench.rawClient}): {@code factory} (default) is built by the component's own
 * {@link AwsClientFactory} from the endpoint's configuration, on event loops of its own sized as the component sizes
 * its shared ones ({@code SdkEventLoopGroup.builder().build()}), so both clients have the same credentials, endpoint
 * override, Netty settings and retry strategy and only the per-message work differs; {@code sdk} is built as a user
 * would by hand, with the SDK's defaults for retries and the HTTP client.
 */
final class AwsSenders implements AutoCloseable {

    private static final String ROUTE = "direct:bench";

    private final CamelContext camel;
    private final AsyncProducer ours;
    private final AsyncProducer direct;
    private final SdkEventLoopGroup rawEventLoops;
    private final PinpointSmsVoiceV2AsyncClient raw;

    AwsSenders(MessagingSandbox sandbox, String rawClient) throws Exception {
        String uri = "messaging:sendTextMessage?region=us-east-1&accessKey=" + MessagingSandbox.AWS_ACCESS_KEY_ID
                     + "&secretKey=RAW(" + MessagingSandbox.AWS_SECRET_ACCESS_KEY + ")&overrideEndpoint=true"
                     + "&uriEndpointOverride=" + sandbox.baseUri() + "&originationIdentity=RAW(" + BenchInputs.FROM
                     + ")";
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ROUTE).to(uri);
            }
        });
        camel.start();
        MessagingEndpoint endpoint = camel.getEndpoint(uri, MessagingEndpoint.class);
        ours = endpoint.createAsyncProducer();
        ours.start();
        direct = camel.getEndpoint(ROUTE).createAsyncProducer();
        direct.start();
        switch (rawClient) {
            case "factory" -> {
                rawEventLoops = SdkEventLoopGroup.builder().build();
                raw = AwsClientFactory.smsVoiceClient(endpoint.getConfiguration(), rawEventLoops);
            }
            case "sdk" -> {
                rawEventLoops = null;
                raw = PinpointSmsVoiceV2AsyncClient.builder()
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY)))
                        .endpointOverride(sandbox.baseUri())
                        .httpClient(NettyNioAsyncHttpClient.builder().build())
                        .build();
            }
            default -> {
                camel.close();
                throw new IllegalArgumentException("bench.rawClient is factory or sdk, not " + rawClient);
            }
        }
    }

    /** {@code ours}, {@code direct} and {@code raw}, the baseline last. */
    List<Sender> senders() {
        return List.of(viaProducer("ours", ours), viaProducer("direct", direct), Sender.of("raw", done -> raw
                .sendTextMessage(SendTextMessageRequest.builder().destinationPhoneNumber(BenchInputs.TO)
                        .originationIdentity(BenchInputs.FROM).messageBody(BenchInputs.GSM7).build())
                .whenComplete((response, failure) -> done.accept(failure))));
    }

    private static Sender viaProducer(String name, AsyncProducer producer) {
        return Sender.of(name, done -> {
            Exchange exchange = producer.getEndpoint().createExchange();
            exchange.getMessage().setBody(BenchInputs.GSM7);
            exchange.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, BenchInputs.TO);
            producer.process(exchange, doneSync -> done.accept(exchange.getException()));
        });
    }

    /** The CamelContext of {@code ours} and {@code direct}. */
    CamelContext camel() {
        return camel;
    }

    @Override
    public void close() throws Exception {
        direct.stop();
        ours.stop();
        camel.close();
        raw.close();
        if (rawEventLoops != null) {
            rawEventLoops.eventLoopGroup().shutdownGracefully(2, 15, TimeUnit.SECONDS).await(20, TimeUnit.SECONDS);
        }
    }
}
