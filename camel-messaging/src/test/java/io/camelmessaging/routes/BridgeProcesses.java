package io.camelmessaging.routes;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelmessaging.examples.BridgeApplication;
import io.camelmessaging.sandbox.MessagingSandbox;

/**
 * Bridge JVMs for tests: {@link BridgeApplication} started with properties files in a working directory of its own,
 * its output kept in {@code target/bridge-logs}, and every one still running killed on {@link #close()}.
 */
final class BridgeProcesses implements AutoCloseable {

    private final Path work;
    private final List<Process> started = new ArrayList<>();

    BridgeProcesses(Path work) {
        this.work = work;
    }

    /** Writes a properties file into the working directory. */
    Path properties(String name, Map<String, String> properties) throws IOException {
        List<String> lines = new ArrayList<>();
        properties.forEach((key, value) -> lines.add(key + " = " + value.replace("\\", "\\\\")));
        return Files.write(work.resolve(name), lines);
    }

    /** Starts a bridge JVM in the working directory with these environment variables and properties files. */
    Process start(Map<String, String> environment, Path... propertiesFiles) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), BridgeApplication.class.getName()));
        for (Path file : propertiesFiles) {
            command.add(file.toAbsolutePath().toString());
        }
        Path logs = Files.createDirectories(Path.of("target", "bridge-logs"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve(work.getFileName() + "-bridge-" + started.size() + ".log").toFile());
        builder.environment().putAll(environment);
        Process bridge = builder.start();
        started.add(bridge);
        return bridge;
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }

    /** The component's properties for the sandbox: its endpoint, test credentials and certificate. */
    static Map<String, String> sandboxProperties(MessagingSandbox sandbox) {
        return Map.of("camel.component.messaging.region", "us-east-1",
                "camel.component.messaging.access-key", MessagingSandbox.AWS_ACCESS_KEY_ID,
                "camel.component.messaging.secret-key", MessagingSandbox.AWS_SECRET_ACCESS_KEY,
                "camel.component.messaging.override-endpoint", "true",
                "camel.component.messaging.uri-endpoint-override", sandbox.baseUri().toString(),
                "camel.component.messaging.connection-string", sandbox.acsConnectionString(),
                "camel.component.messaging.trust-all-certificates", "true");
    }

    /** The absolute file: URI of a route of {@code routes/}. */
    static String route(String name) {
        return "file:" + new File("../routes/" + name).getAbsolutePath();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
