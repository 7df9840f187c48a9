package io.camelmessaging.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of a separate JVM that runs one of the bench's programs on this program's class path, with the
 * bench's logging settings: {@code exec:java} runs the bench inside Maven's JVM, whose heap, threads and class loaders
 * would weigh on what is measured.
 */
final class ForkedJvm {

    private static final String FORKED = "bench.forked";

    private ForkedJvm() {
    }

    /** Whether this JVM is the one {@link #runBench} started. */
    static boolean isForked() {
        return Boolean.getBoolean(FORKED);
    }

    /**
     * Runs a bench program in a JVM of its own with a fixed heap of {@code bench.heap} (default {@code 2g},
     * {@code -Xms} equal to {@code -Xmx}, pre-touched) and this JVM's {@code bench.*} properties; returns its exit code.
     */
    static int runBench(Class<?> mainClass) throws IOException, InterruptedException {
        String heap = System.getProperty("bench.heap", "2g");
        List<String> options = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+AlwaysPreTouch",
                "-D" + FORKED + "=true"));
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .sorted().forEach(name -> options.add("-D" + name + "=" + System.getProperty(name)));
        return new ProcessBuilder(command(options, mainClass)).inheritIO().start().waitFor();
    }

    /**
     * {@code java <jvmOptions> -Dlog4j2.configurationFile=... -cp <this class path> <mainClass> <arguments>}.
     */
    static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dlog4j2.configurationFile="
                    + Path.of("camel-messaging-bench/log4j2.properties").toAbsolutePath());
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return command;
    }

    /** This program's class path: exec:java runs it in a class loader of its own. */
    private static String classPath() {
        if (ForkedJvm.class.getClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }
}
