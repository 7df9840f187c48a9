package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox until the process ends: {@code java -jar camel-messaging-sandbox-<version>-exec.jar [flags]}.
 * Flags: {@code --port N} (HTTP, default 8088), {@code --https-port N} (default any free port),
 * {@code --aws-access-key-id ID --aws-secret-access-key KEY} (one more accepted AWS key pair),
 * {@code --repeatability-window SECONDS} (ACS, default 300), {@code --help}.
 */
public final class SandboxMain {

    private static final String USAGE = """
            Usage: java -jar camel-messaging-sandbox-<version>-exec.jar [flags]
              --port N                        HTTP port (AWS APIs, outbox page), default 8088; 0 = any free port
              --https-port N                  HTTPS port (ACS), default any free port
              --aws-access-key-id ID          with --aws-secret-access-key: one more accepted AWS key pair
              --aws-secret-access-key KEY
              --repeatability-window SECONDS  how long ACS remembers repeatability request ids, default 300
              --help                          this text""";

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.println(USAGE);
            return;
        }
        MessagingSandbox sandbox = MessagingSandbox.start(config);
        System.out.println("Messaging sandbox: " + sandbox.baseUri());
        System.out.println("Outbox page:       " + sandbox.baseUri() + "/sandbox/");
        System.out.println("ACS endpoint:      " + sandbox.httpsBaseUri() + " (self-signed certificate)");
        System.out.println("Events queue:      " + sandbox.eventsQueueUrl());
        System.out.println("Component properties that point camel-messaging at it:");
        sandbox.componentProperties().forEach((name, value) -> System.out.println("  " + name + "=" + value));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        new CountDownLatch(1).await();
    }

    /** The configuration the flags ask for, or null for {@code --help}. */
    static SandboxConfig parse(String... args) {
        SandboxConfig config = SandboxConfig.defaults().port(8088);
        String accessKeyId = null;
        String secretAccessKey = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if ("--help".equals(flag)) {
                return null;
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("Unknown flag or missing value: " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> config = config.port(number(flag, value));
                case "--https-port" -> config = config.httpsPort(number(flag, value));
                case "--aws-access-key-id" -> accessKeyId = value;
                case "--aws-secret-access-key" -> secretAccessKey = value;
                case "--repeatability-window" -> config = config.repeatabilityWindow(
                        Duration.ofSeconds(number(flag, value)));
                default -> throw new IllegalArgumentException("Unknown flag: " + flag);
            }
        }
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new IllegalArgumentException("--aws-access-key-id and --aws-secret-access-key go together");
        }
        return accessKeyId == null ? config : config.awsCredentials(accessKeyId, secretAccessKey);
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " takes a number, not " + value);
        }
    }
}
