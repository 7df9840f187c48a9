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
