package io.camelmessaging.component.provider.azure;

import java.util.List;

import com.azure.core.http.HttpPipelineBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelmessaging.bench.BenchCamel;
import io.camelmessaging.bench.BenchInputs;
import io.camelmessaging.bench.MicroBenchmark;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingOperation;
import io.camelmessaging.component.MessagingProvider;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.provider.azure.model.AcsSmsRequest;
import io.camelmessaging.component.request.MessageRequestFactory;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.CamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * An ACS SMS to one recipient with delivery reports and a tag: building our JSON model (with the recipient's
 * repeatability id and first-sent time), serialising it with Jackson, and the whole send through an azure-core
 * pipeline whose HTTP client answers a 202 at once, the answer parsed and mapped to outcomes.
 */
public class AcsSmsBenchmark extends MicroBenchmark {

    /** The 202 ACS answers for {@link BenchInputs#TO}. */
    public static final String ACCEPTED = "{\"value\":[{\"to\":\"" + BenchInputs.TO + "\",\"messageId\":"
                                          + "\"bench-message-id\",\"httpStatusCode\":202,\"repeatabilityResult\":"
                                          + "\"accepted\",\"successful\":true}]}";

    private CamelContext camel;
    private AzureSendTextMessage operation;
    private SendRequest<AzureSmsOptions> request;
    private List<String> recipients;
    private AcsSmsRequest body;

    @Setup
    public void setUp() {
        camel = BenchCamel.start();
        MessagingConfiguration config = new MessagingConfiguration();
        config.setProvider(MessagingProvider.azure);
        config.setOriginationIdentity(BenchInputs.FROM);
        config.setEnableDeliveryReport(true);
        config.setTag("bench");
        operation = new AzureSendTextMessage(new AcsConnection("https://bench.communication.azure.com",
                new HttpPipelineBuilder().httpClient(new StubAcsHttpClient(ACCEPTED)).build()));
        OptionResolver options = new OptionResolver(BenchInputs.textExchange(camel), config, new Violations());
        request = operation.resolve(new MessageRequestFactory(MessagingOperation.sendTextMessage, config)
                .create(options), options);
        recipients = request.message().recipients();
        body = requestBody();
    }

    @TearDown
    public void tearDown() {
        camel.stop();
    }

    /** Our JSON model of the request, with a name-based UUID and an RFC 1123 time per recipient. */
    @Benchmark
    public AcsSmsRequest requestBody() {
        return AzureSendTextMessage.requestBody(request, recipients);
    }

    @Benchmark
    public byte[] json() throws JsonProcessingException {
        return AcsRestClient.JSON.writeValueAsBytes(body);
    }

    /** The request body, its JSON, the pipeline, the 202's JSON parsed and mapped to one outcome per recipient. */
    @Benchmark
    public List<RecipientOutcome> send() {
        return operation.send(request, recipients).join();
    }
}
