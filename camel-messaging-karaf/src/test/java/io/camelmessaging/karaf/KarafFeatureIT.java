package io.camelmessaging.karaf;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * A real Karaf: installs the generated feature {@code camel-messaging} (Camel from the test-only stand-in, see
 * {@link KarafTestRepository}), prints every bundle's state, requires every non-fragment bundle Active, then finds the
 * {@code messaging} component through Camel in the container and sends a text message to the sandbox running in the
 * test JVM, which must have recorded it ({@link SandboxSend}). The test method runs inside Karaf; a failure prints the
 * tail of Karaf's log. No Camel type appears in this class: the container loads it before the feature installs Camel.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafFeatureIT {

    private static final String COMPONENT_BUNDLE = "io.camelmessaging.camel-messaging";
    private static final String FROM = "+12065550100";
    private static final String TO = "+12065550123";
    private static final String TEXT = "Hello from Karaf";

    @Rule
    public final TestWatcher karafLogOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            printKarafLogTail();
        }
    };

    @Inject
    private BundleContext bundleContext;

    @Inject
    private FeaturesService featuresService;

    @Configuration
    public Option[] configuration() throws Exception {
        return KarafItOptions.options();
    }

    @Test
    public void theFeatureInstallsAndTheComponentSendsToTheSandbox() throws Exception {
        String version = System.getProperty(KarafItOptions.PROJECT_VERSION);
        featuresService.addRepository(URI.create("mvn:io.camelmessaging/camel-messaging-karaf/" + version
                                                 + "/xml/features"));
        featuresService.installFeature("camel-messaging");

        List<Bundle> notActive = Arrays.stream(bundleContext.getBundles()).peek(b -> System.out.printf(
                        "karaf bundle %-70s %-22s %s%n", b.getSymbolicName(), b.getVersion(), state(b)))
                .filter(b -> !isFragment(b) && b.getState() != Bundle.ACTIVE).toList();
        assertEquals("bundles not Active: " + notActive, List.of(), notActive);
        Bundle component = Arrays.stream(bundleContext.getBundles())
                .filter(b -> COMPONENT_BUNDLE.equals(b.getSymbolicName())).findFirst().orElse(null);
        assertNotNull("no bundle " + COMPONENT_BUNDLE, component);

        String messageId = SandboxSend.sendTextMessage(component, sandboxOptions(), FROM, TO, TEXT);
        System.out.println("karaf send: message " + messageId + " recorded by the sandbox");
    }

    private static Properties sandboxOptions() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = new FileInputStream(Path.of(System.getProperty("karaf.etc"),
                KarafItOptions.SANDBOX_CONFIG).toFile())) {
            properties.load(in);
        }
        assertTrue("no sandbox options", properties.containsKey(SandboxSend.BASE_URI));
        return properties;
    }

    private static boolean isFragment(Bundle bundle) {
        return (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.RESOLVED -> isFragment(bundle) ? "Resolved (fragment)" : "Resolved";
            case Bundle.INSTALLED -> "Installed";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            default -> "Uninstalled";
        };
    }

    private static void printKarafLogTail() {
        Path log = Path.of(System.getProperty("karaf.log", "data/log"), "karaf.log");
        try {
            List<String> lines = Files.readAllLines(log);
            System.out.println("---- last 200 lines of " + log.toAbsolutePath());
            lines.subList(Math.max(0, lines.size() - 200), lines.size()).forEach(System.out::println);
        } catch (Exception e) {
            System.out.println("cannot read " + log + ": " + e);
        }
    }
}
