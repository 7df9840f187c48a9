package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a sandbox is started. Immutable; each setter returns a copy.
 */
public final class SandboxConfig implements Cloneable {

    private int port;
    private int httpsPort;
    private int threads = 32;
    private int maxRecorded = 100_000;
    private long seed = 42L;
    private Map<String, String> awsCredentials = Map.of(MessagingSandbox.AWS_ACCESS_KEY_ID,
            MessagingSandbox.AWS_SECRET_ACCESS_KEY);
    private Duration repeatabilityWindow = Duration.ofMinutes(5);
    private Duration eventDelay = Duration.ofMillis(50);
    private AwsEventEnvelope awsEventEnvelope = AwsEventEnvelope.SNS;
    private int maxReceiveCount = 5;

    private SandboxConfig() {
    }

    /**
     * Any free ports, 32 threads, 100,000 recorded entries, the default AWS test key pair, ACS's 5-minute
     * repeatability window, delivery events 50 ms after a send in SNS envelopes, and queue messages moved to the
     * dead-letter queue after 5 receives.
     */
    public static SandboxConfig defaults() {
        return new SandboxConfig();
    }

    /** The HTTP port to listen on, on 127.0.0.1; 0 for any free port. */
    public SandboxConfig port(int port) {
        SandboxConfig copy = copy();
        copy.port = port;
        return copy;
    }

    /** The HTTPS port to listen on, on 127.0.0.1 (the ACS APIs need TLS); 0 for any free port. */
    public SandboxConfig httpsPort(int httpsPort) {
        SandboxConfig copy = copy();
        copy.httpsPort = httpsPort;
        return copy;
    }

    /** The number of threads answering requests; each SQS long poll that waits holds one. */
    public SandboxConfig threads(int threads) {
        SandboxConfig copy = copy();
        copy.threads = threads;
        return copy;
    }

    /** How many messages, requests and dead-lettered events are kept; older ones are dropped. */
    public SandboxConfig maxRecorded(int maxRecorded) {
        SandboxConfig copy = copy();
        copy.maxRecorded = maxRecorded;
        return copy;
    }

    /** The seed of the random source of {@link FaultInjector#randomly}. */
    public SandboxConfig seed(long seed) {
        SandboxConfig copy = copy();
        copy.seed = seed;
        return copy;
    }

    /** One more accepted AWS key pair. */
    public SandboxConfig awsCredentials(String accessKeyId, String secretAccessKey) {
        Map<String, String> more = new LinkedHashMap<>(awsCredentials);
        more.put(accessKeyId, secretAccessKey);
        SandboxConfig copy = copy();
        copy.awsCredentials = Map.copyOf(more);
        return copy;
    }

    /**
     * How long ACS repeatability requests are tracked, from their {@code repeatabilityFirstSent}: a repeat within it
     * is answered from the original, a request first sent before it is refused with 412.
     */
    public SandboxConfig repeatabilityWindow(Duration repeatabilityWindow) {
        if (repeatabilityWindow.isNegative() || repeatabilityWindow.isZero()) {
            throw new IllegalArgumentException("The repeatability window must be positive: " + repeatabilityWindow);
        }
        SandboxConfig copy = copy();
        copy.repeatabilityWindow = repeatabilityWindow;
        return copy;
    }

    /**
     * How long after a send each delivery event follows (an AWS intermediate event after one delay, the final one
     * after two); zero emits them at once.
     */
    public SandboxConfig eventDelay(Duration eventDelay) {
        if (eventDelay.isNegative()) {
            throw new IllegalArgumentException("The event delay must not be negative: " + eventDelay);
        }
        SandboxConfig copy = copy();
        copy.eventDelay = eventDelay;
        return copy;
    }

    /** How AWS delivery events are wrapped in the events queue. */
    public SandboxConfig awsEventEnvelope(AwsEventEnvelope awsEventEnvelope) {
        SandboxConfig copy = copy();
        copy.awsEventEnvelope = Objects.requireNonNull(awsEventEnvelope, "awsEventEnvelope");
        return copy;
    }

    /** The redrive policy of every queue: after this many receives a message moves to {@code <queue>-dlq}. */
    public SandboxConfig maxReceiveCount(int maxReceiveCount) {
        if (maxReceiveCount < 1) {
            throw new IllegalArgumentException("maxReceiveCount must be at least 1: " + maxReceiveCount);
        }
        SandboxConfig copy = copy();
        copy.maxReceiveCount = maxReceiveCount;
        return copy;
    }

    public int port() {
        return port;
    }

    public int httpsPort() {
        return httpsPort;
    }

    public int threads() {
        return threads;
    }

    public int maxRecorded() {
        return maxRecorded;
    }

    public long seed() {
        return seed;
    }

    public Duration repeatabilityWindow() {
        return repeatabilityWindow;
    }

    /** Accepted AWS access key ids and their secret keys. */
    public Map<String, String> awsCredentials() {
        return awsCredentials;
    }

    public Duration eventDelay() {
        return eventDelay;
    }

    public AwsEventEnvelope awsEventEnvelope() {
        return awsEventEnvelope;
    }

    public int maxReceiveCount() {
        return maxReceiveCount;
    }

    private SandboxConfig copy() {
        try {
            return (SandboxConfig) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", httpsPort=" + httpsPort + ", threads=" + threads + ", maxRecorded="
               + maxRecorded + ", seed=" + seed + ", awsKeys=" + awsCredentials.keySet() + ", repeatabilityWindow="
               + repeatabilityWindow + ", eventDelay=" + eventDelay + ", awsEventEnvelope=" + awsEventEnvelope
               + ", maxReceiveCount=" + maxReceiveCount + "]";
    }
}
