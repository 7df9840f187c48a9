package io.camelmessaging.karaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A runtime dependency of the component, as {@code dependency:list} with absolute file names writes it:
 * {@code group:artifact:jar[:classifier]:version:scope:/path/to/file.jar}, sometimes followed by
 * {@code -- module name}.
 *
 * @param classifier the classifier, e.g. {@code linux-x86_64}, or null
 */
record Dependency(String groupId, String artifactId, String classifier, String version, Path file) {

    /** {@code group/artifact/version[/jar/classifier]}, as in {@code mvn:} URLs. */
    String coordinates() {
        return groupId + "/" + artifactId + "/" + version + (classifier == null ? "" : "/jar/" + classifier);
    }

    boolean isCamel() {
        return groupId.equals("org.apache.camel");
    }

    /** Whether Karaf provides it: Camel's jars through Camel's features, slf4j through Karaf's pax-logging. */
    boolean providedByKaraf() {
        return isCamel() || (groupId.equals("org.slf4j") && artifactId.equals("slf4j-api"));
    }

    /**
     * Whether it is one of Netty's native libraries: a jar built for one platform (a classifier such as
     * {@code linux-x86_64}) or the BoringSSL fragments. The feature installs none: both SDKs then use the JDK's TLS and
     * NIO transport, as they do wherever the native library cannot load, on every platform alike.
     */
    boolean isNettyNative() {
        return groupId.equals("io.netty")
               && (classifier != null || artifactId.equals("netty-tcnative-boringssl-static"));
    }

    /** The dependencies listed in a {@code dependency:list} output file. */
    static List<Dependency> read(Path listFile) throws IOException {
        return Files.readAllLines(listFile).stream().map(String::trim)
                .map(line -> line.contains(" -- ") ? line.substring(0, line.indexOf(" -- ")) : line)
                .filter(line -> line.split(":").length >= 6).map(Dependency::parse).toList();
    }

    private static Dependency parse(String entry) {
        String[] parts = entry.split(":");
        return parts.length == 6
                ? new Dependency(parts[0], parts[1], null, parts[3], Path.of(parts[5]))
                : new Dependency(parts[0], parts[1], parts[3], parts[4], Path.of(parts[6]));
    }
}
