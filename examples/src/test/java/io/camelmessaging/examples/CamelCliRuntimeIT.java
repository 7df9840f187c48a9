package io.camelmessaging.examples;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.main.KameletMain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camel CLI's runtime runs a route file with the component as a dependency: {@link KameletMain} (what
 * {@code camel run} starts) in a JVM of its own, with only Camel's jars and the packaged component jar on its class
 * path (no sandbox, no test classes), runs {@code examples/kamelets/sms-route.yaml}, which sends through
 * {@code kamelet:messaging-sms-sink} to a sandbox this test started. Dependency downloads are off: everything the
 * route needs must already be on the class path.
 */
class CamelCliRuntimeIT {

    @Test
    void kameletMainRunsTheRouteFileAgainstTheSandbox() throws Exception {
        try (MessagingSandbox sandbox = MessagingSandbox.start(0)) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", runtimeClassPath(),
                    "-Dcamel.main.routesIncludePattern=file:" + new File("kamelets/sms-route.yaml").getAbsolutePath(),
                    "-Dcamel.main.durationMaxMessages=1", "-Dorg.apache.logging.log4j.level=INFO", "-Dsms.from=+12065550100", "-Dsms.to=+12065550150"));
            sandbox.componentProperties().forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.addAll(List.of(KameletMain.class.getName(), "-download", "false"));
            Path log = Files.createDirectories(Path.of("target", "cli-logs")).resolve("kamelet-main.log");

            Process main = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertThat(main.waitFor(120, TimeUnit.SECONDS)).as("KameletMain stopped after one message").isTrue();
            } finally {
                main.destroyForcibly();
            }

            assertThat(sandbox.messages()).as(Files.readString(log)).singleElement().satisfies(message -> {
                assertThat(message.from()).isEqualTo("+12065550100");
                assertThat(message.to()).isEqualTo("+12065550150");
                assertThat(message.body()).isEqualTo("Hello from the messaging-sms-sink Kamelet");
            });
            assertThat(Files.readString(log)).contains("Sent message " + sandbox.messages().get(0).messageId()
                                                       + " through aws");
        }
    }

    /** This test's class path less the sandbox and the test classes; the component must be there as its jar. */
    private static String runtimeClassPath() {
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("camel-messaging-sandbox") && !entry.endsWith("test-classes"))
                .toList();
        assertThat(entries).as("the packaged component jar")
                .anyMatch(entry -> entry.matches(".*camel-messaging-\\d[^" + File.separator + "]*\\.jar"));
        return String.join(File.pathSeparator, entries);
    }
}
