package io.camelmessaging.component.provider.aws;

import java.util.List;

import io.camelmessaging.bench.BenchCamel;
import io.camelmessaging.bench.BenchInputs;
import io.camelmessaging.bench.MicroBenchmark;
import io.camelmessaging.bench.StubSmsVoiceClient;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingEndpoint;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.MessageRequestFactory;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;

/**
 * The steps of an AWS {@code SendTextMessage} on the typical endpoint and exchange, each against the raw SDK doing the
 * same where there is one: resolving the message and options from headers and endpoint options, validating them,
 * building the SDK request (baseline: the SDK builder with the same values), and sending through a client that
 * answers at once, with the answer mapped to outcomes (baseline: the same call on the raw client).
 */
public class AwsSendTextMessageBenchmark extends MicroBenchmark {

    private CamelContext camel;
    private MessagingConfiguration config;
    private MessageRequestFactory requestFactory;
    private PinpointSmsVoiceV2AsyncClient client;
    private AwsSendTextMessage operation;
    private Exchange exchange;
    private SendRequest<AwsTextOptions> request;
    private List<String> recipients;

    @Setup
    public void setUp() {
        camel = BenchCamel.start();
        config = camel.getEndpoint(BenchCamel.TEXT_ENDPOINT, MessagingEndpoint.class).getConfiguration();
        requestFactory = new MessageRequestFactory(MessagingOperation.sendTextMessage, config);
        client = new StubSmsVoiceClient();
        operation = new AwsSendTextMessage(client);
        exchange = BenchInputs.textExchange(camel);
        request = resolveTyped();
        recipients = request.message().recipients();
    }

    @TearDown
    public void tearDown() {
        camel.stop();
    }

    /** Headers, endpoint options and body to the message and its AWS options, with Camel's type converters. */
    @Benchmark
    public SendRequest<?> resolve() {
        return resolveTyped();
    }

    /** Every AWS constraint on the resolved request; the result holds no violation. */
    @Benchmark
    public Violations validate() {
        Violations violations = new Violations();
        operation.validate(request, violations);
        return violations;
    }

    @Benchmark
    public SendTextMessageRequest buildRequest() {
        return operation.buildRequest(request, recipients.get(0));
    }

    /** Baseline: the request {@link #buildRequest()} builds, with the SDK's builder alone. */
    @Benchmark
    public SendTextMessageRequest sdkBuilder() {
        return BenchInputs.sdkTextRequest();
    }

    /** Builds the request, calls the client and maps the answer to one outcome per recipient. */
    @Benchmark
    public List<RecipientOutcome> send() {
        return operation.send(request, recipients).join();
    }

    /** Baseline: the same request built and sent on the raw client, and its message id read. */
    @Benchmark
    public String sdkSend() {
        return client.sendTextMessage(BenchInputs.sdkTextRequest()).join().messageId();
    }

    private SendRequest<AwsTextOptions> resolveTyped() {
        OptionResolver options = new OptionResolver(exchange, config, new Violations());
        return operation.resolve(requestFactory.create(options), options);
    }
}
