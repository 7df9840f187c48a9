package io.camelmessaging.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The executable jar as a user runs it: {@code java -jar ...-exec.jar --port N} serves the APIs and the outbox. */
class ExecutableJarIT {

    private static final Path JAR = Path.of(System.getProperty("sandboxExecJar", "target/sandbox-exec.jar"));

    @Test
    void itServesTheOutboxOnTheGivenPort() throws Exception {
        Process process = java("--port", "0");
        try {
            URI base = URI.create(banner(process).substring("Messaging sandbox: ".length()));
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> messages = client.send(HttpRequest.newBuilder(base.resolve("/sandbox/messages"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("/sandbox/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(messages.statusCode()).isEqualTo(200);
            assertThat(messages.body()).isEqualTo("[]");
            assertThat(page.body()).contains("Sandbox outbox: 0 message(s)");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anUnknownFlagExitsWithTheUsage() throws Exception {
        Process process = java("--prot", "8088");

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Unknown flag: --prot").contains("Usage: java -jar");
    }

    private static Process java(String... flags) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(flags));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The first line the jar prints on standard output: {@code Messaging sandbox: http://127.0.0.1:<port>}. */
    private static String banner(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("Messaging sandbox: ")) {
                return line;
            }
        }
        throw new AssertionError("The sandbox ended before printing its address");
    }
}
