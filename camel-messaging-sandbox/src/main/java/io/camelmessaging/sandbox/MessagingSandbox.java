package io.camelmessaging.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import javax.net.ssl.SSLContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local, wire-level emulator of the messaging APIs that the real SDK clients talk to through their endpoint
 * override. It verifies request signatures, validates requests like the service, records every accepted message,
 * injects faults, and shows an outbox page at {@code /sandbox/}. Emulated: AWS End User Messaging SMS
 * (SendTextMessage, SendMediaMessage), Amazon Pinpoint (SendMessages) and Amazon SQS over HTTP, and Azure
 * Communication Services SMS and MMS over HTTPS.
 */
public final class MessagingSandbox implements AutoCloseable {

    /** The AWS access key id the sandbox accepts by default (any region). */
    public static final String AWS_ACCESS_KEY_ID = "AKIDSANDBOXEXAMPLE";
    /** The AWS secret access key of {@link #AWS_ACCESS_KEY_ID}. */
    public static final String AWS_SECRET_ACCESS_KEY = "sandbox/secret/KEY+EXAMPLE";
    /** The access key (base64) of the emulated Azure Communication Services resource. */
    public static final String ACS_ACCESS_KEY = "c2FuZGJveC1hY3MtYWNjZXNzLWtleS1mb3ItdGVzdHMtb25seQ==";
    /** The bearer token the emulated ACS resource accepts, for token credentials. */
    public static final String ACS_BEARER_TOKEN = "sandbox-acs-token";

    private static final Logger LOG = LoggerFactory.getLogger(MessagingSandbox.class);

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each answer waits for the client's
        // delayed ACK (about 40 ms). Read once, when the JDK's server configuration is first loaded.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final HttpsServer httpsServer;
    private final ExecutorService executor;
    private final SandboxState state;
    private final List<SandboxApi> apis;

    private MessagingSandbox(SandboxConfig config) throws IOException {
        SSLContext tls = SandboxTls.shared().context;
        Clock clock = Clock.systemUTC();
        this.state = new SandboxState(config, clock, this::baseUri);
        this.apis = List.of(new EventPages(state.events), new SandboxPages(state),
                new SqsApi(state, config.awsCredentials(), clock),
                new AwsSmsVoiceApi(state, config.awsCredentials(), clock),
                new PinpointApi(state, config.awsCredentials(), clock),
                new AcsSendApi(AcsSendApi.SMS, state, ACS_ACCESS_KEY, ACS_BEARER_TOKEN, clock),
                new AcsSendApi(AcsSendApi.MMS, state, ACS_ACCESS_KEY, ACS_BEARER_TOKEN, clock));
        this.executor = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "messaging-sandbox");
            t.setDaemon(true);
            return t;
        });
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.server = HttpServer.create(new InetSocketAddress(loopback, config.port()), 1024);
        this.httpsServer = HttpsServer.create(new InetSocketAddress(loopback, config.httpsPort()), 1024);
        httpsServer.setHttpsConfigurator(new HttpsConfigurator(tls));
        for (HttpServer listener : List.of(server, httpsServer)) {
            listener.setExecutor(executor);
            listener.createContext("/", this::dispatch);
            listener.start();
        }
    }

    /**
     * The self-signed TLS certificate of every sandbox in this JVM (generated on first use, valid one day), for clients
     * that should trust exactly it.
     */
    public static X509Certificate tlsCertificate() {
        try {
            return SandboxTls.shared().certificate;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot generate the sandbox's TLS certificate", e);
        }
    }

    /** Starts a sandbox on 127.0.0.1 and the given port (0 for any free port) with the default test credentials. */
    public static MessagingSandbox start(int port) {
        return start(SandboxConfig.defaults().port(port));
    }

    /** Starts a sandbox with the given configuration. */
    public static MessagingSandbox start(SandboxConfig config) {
        try {
            MessagingSandbox sandbox = new MessagingSandbox(config);
            LOG.info("Messaging sandbox listening on {} ({})", sandbox.baseUri(), config);
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the messaging sandbox on port " + config.port(), e);
        }
    }

    /** The HTTP port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint override for the AWS SDK clients. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** {@code https://127.0.0.1:<httpsPort>}: the endpoint of the emulated ACS resource (self-signed certificate). */
    public URI httpsBaseUri() {
        return URI.create("https://127.0.0.1:" + httpsServer.getAddress().getPort());
    }

    /** The connection string of the emulated ACS resource. */
    public String acsConnectionString() {
        return "endpoint=" + httpsBaseUri() + "/;accesskey=" + ACS_ACCESS_KEY;
    }

    /**
     * The component options that point the component at this sandbox with its test credentials: AWS over HTTP, and the
     * ACS resource over HTTPS with its self-signed certificate trusted. Keys are option names, e.g.
     * {@code uriEndpointOverride}.
     */
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("region", "us-east-1");
        options.put("accessKey", AWS_ACCESS_KEY_ID);
        options.put("secretKey", AWS_SECRET_ACCESS_KEY);
        options.put("overrideEndpoint", "true");
        options.put("uriEndpointOverride", baseUri().toString());
        options.put("connectionString", acsConnectionString());
        options.put("trustAllCertificates", "true");
        return options;
    }

    /**
     * {@link #componentOptions()} as Camel Main and Spring Boot properties: {@code camel.component.messaging.} and the
     * option name in dash case, e.g. {@code camel.component.messaging.uri-endpoint-override}.
     */
    public Map<String, String> componentProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        componentOptions().forEach((name, value) -> properties.put(
                "camel.component.messaging." + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT), value));
        return properties;
    }

    /** The accepted messages, in arrival order. */
    public List<RecordedMessage> messages() {
        return state.messages.snapshot();
    }

    /** Every API request that reached the sandbox, accepted or refused, in arrival order. */
    public List<RecordedRequest> requests() {
        return state.requests.snapshot();
    }

    /**
     * Forgets messages, requests, faults, outcomes, subscriptions and dead letters, drops the events not emitted yet,
     * and empties the queues.
     */
    public void clear() {
        state.clear();
    }

    /** The emulated SQS queues, to fill and inspect. */
    public SqsQueues sqs() {
        return state.queues;
    }

    /** The URL of the queue {@value SqsQueues#EVENTS_QUEUE} that AWS delivery events and two-way messages go to. */
    public String eventsQueueUrl() {
        return state.queues.url(SqsQueues.EVENTS_QUEUE);
    }

    /** Delivery outcomes, inbound messages, Event Grid subscriptions and dead letters, and event faults. */
    public SandboxEvents events() {
        return state.events;
    }

    /** The faults to inject. */
    public FaultInjector faults() {
        return state.faults;
    }

    @Override
    public void close() {
        server.stop(0);
        httpsServer.stop(0);
        executor.shutdownNow();
        state.close();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = new HttpCall(exchange);
            for (SandboxApi api : apis) {
                if (api.handles(call)) {
                    api.handle(call);
                    return;
                }
            }
            call.answer(404, "application/json", "{\"message\":\"No emulated API at " + call.method() + " "
                                                 + OutboxPage.escape(call.pathAndQuery()) + "\"}", Map.of());
        } catch (RuntimeException e) {
            LOG.error("Sandbox failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            throw e;
        }
    }
}
