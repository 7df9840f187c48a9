package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a sandbox is started. Immutable; each setter returns a copy.
 */
public final class SandboxConfig {

    private final int port;
    private final int httpsPort;
    private final int threads;
    private final int maxRecorded;
    private final long seed;
    private final Map<String, String> awsCredentials;
    private final Duration repeatabilityWindow;

    private SandboxConfig(int port, int httpsPort, int threads, int maxRecorded, long seed,
                          Map<String, String> awsCredentials, Duration repeatabilityWindow) {
        this.port = port;
        this.httpsPort = httpsPort;
        this.threads = threads;
        this.maxRecorded = maxRecorded;
        this.seed = seed;
        this.awsCredentials = Map.copyOf(awsCredentials);
        this.repeatabilityWindow = repeatabilityWindow;
    }

    /**
     * Any free ports, 32 threads, 100,000 recorded entries, the default AWS test key pair, and ACS's 5-minute
     * repeatability window.
     */
    public static SandboxConfig defaults() {
        return new SandboxConfig(0, 0, 32, 100_000, 42L,
                Map.of(MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY),
                Duration.ofMinutes(5));
    }

    /** The HTTP port to listen on, on 127.0.0.1; 0 for any free port. */
    public SandboxConfig port(int port) {
        return new SandboxConfig(port, httpsPort, threads, maxRecorded, seed, awsCredentials, repeatabilityWindow);
    }

    /** The HTTPS port to listen on, on 127.0.0.1 (the ACS APIs need TLS); 0 for any free port. */
    public SandboxConfig httpsPort(int httpsPort) {
        return new SandboxConfig(port, httpsPort, threads, maxRecorded, seed, awsCredentials, repeatabilityWindow);
    }

    /** The number of threads answering requests. */
    public SandboxConfig threads(int threads) {
        return new SandboxConfig(port, httpsPort, threads, maxRecorded, seed, awsCredentials, repeatabilityWindow);
    }

    /** How many messages and requests are kept; older ones are dropped. */
    public SandboxConfig maxRecorded(int maxRecorded) {
        return new SandboxConfig(port, httpsPort, threads, maxRecorded, seed, awsCredentials, repeatabilityWindow);
    }

    /** The seed of the random source of {@link FaultInjector#randomly}. */
    public SandboxConfig seed(long seed) {
        return new SandboxConfig(port, httpsPort, threads, maxRecorded, seed, awsCredentials, repeatabilityWindow);
    }

    /** One more accepted AWS key pair. */
    public SandboxConfig awsCredentials(String accessKeyId, String secretAccessKey) {
        Map<String, String> more = new LinkedHashMap<>(awsCredentials);
        more.put(accessKeyId, secretAccessKey);
        return new SandboxConfig(port, httpsPort, threads, maxRecorded, seed, more, repeatabilityWindow);
    }

    /**
     * How long ACS repeatability requests are tracked, from their {@code repeatabilityFirstSent}: a repeat within it
     * is answered from the original, a request first sent before it is refused with 412.
     */
    public SandboxConfig repeatabilityWindow(Duration repeatabilityWindow) {
        if (repeatabilityWindow.isNegative() || repeatabilityWindow.isZero()) {
            throw new IllegalArgumentException("The repeatability window must be positive: " + repeatabilityWindow);
        }
        return new SandboxConfig(port, httpsPort, threads, maxRecorded, seed, awsCredentials, repeatabilityWindow);
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

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", httpsPort=" + httpsPort + ", threads=" + threads + ", maxRecorded="
               + maxRecorded + ", seed=" + seed + ", awsKeys=" + awsCredentials.keySet() + ", repeatabilityWindow=" + repeatabilityWindow + "]";
    }
}
