package io.camelmessaging.karaf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

/**
 * The Pax Exam configuration of {@link KarafFeatureIT}, built in the test JVM (never loaded in the container): starts
 * the sandbox, writes the test-only repository ({@link KarafTestRepository}), and boots Karaf from the distribution
 * the build fetched, unpacked under target/karaf-it/ and kept there, resolving {@code mvn:} URLs offline from that
 * repository, Karaf's own system folder and the local Maven repository. The sandbox's component options reach the
 * container as the configuration file {@code etc/io.camelmessaging.sandbox.cfg}, not as system properties, so that
 * its test credentials are not printed with Karaf's command line.
 */
final class KarafItOptions {

    static final String SANDBOX_CONFIG = "io.camelmessaging.sandbox.cfg";
    static final String PROJECT_VERSION = "camel-messaging.version";

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String PAX_URL_CONFIG = "etc/org.ops4j.pax.url.mvn.cfg";

    private KarafItOptions() {
    }

    static Option[] options() throws Exception {
        MessagingSandbox sandbox = MessagingSandbox.start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        Path repository = TARGET.resolve("karaf-it-repository");
        String version = System.getProperty("project.version");
        KarafTestRepository.write(repository, TARGET.resolve("runtime-dependencies.txt"),
                TARGET.resolve("feature/features.xml"), version);

        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl(new File(System.getProperty("karaf.distribution"))
                                .toURI().toString())
                        .karafVersion(System.getProperty("karaf.version")).name("Apache Karaf")
                        .unpackDirectory(TARGET.resolve("karaf-it").toFile()).useDeployFolder(false),
                keepRuntimeFolder(),
                logLevel(LogLevelOption.LogLevel.INFO),
                configureConsole().ignoreLocalConsole(),
                configureConsole().ignoreRemoteShell(),
                editConfigurationFilePut(PAX_URL_CONFIG, "org.ops4j.pax.url.mvn.offline", "true"),
                editConfigurationFilePut(PAX_URL_CONFIG, "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.localRepository")),
                editConfigurationFilePut(PAX_URL_CONFIG, "org.ops4j.pax.url.mvn.defaultRepositories",
                        "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                        + repository.toUri() + "@id=karaf-it.repository@snapshots"),
                editConfigurationFilePut(PAX_URL_CONFIG, "org.ops4j.pax.url.mvn.repositories", ""),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                systemProperty(PROJECT_VERSION).value(version)));
        sandbox.componentOptions().forEach((name, value) ->
                options.add(editConfigurationFilePut("etc/" + SANDBOX_CONFIG, name, value)));
        options.add(editConfigurationFilePut("etc/" + SANDBOX_CONFIG, SandboxSend.BASE_URI,
                sandbox.baseUri().toString()));
        return options.toArray(Option[]::new);
    }

    private static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
