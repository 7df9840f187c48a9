package io.camelmessaging.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox's outbox page as a person sees it: rendered by headless Chromium while a route keeps sending texts
 * (AWS) and MMS with a picture (Azure). The screenshot is left in {@code target/outbox.png}. {@code .ci/run} installs Debian's chromium; where it is
 * missing (a developer machine) the test is skipped.
 */
class OutboxPageBrowserIT extends SandboxTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:outbox?delay=500&period=300&includeMetadata=true").routeId("sender")
                        .process(e -> e.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER,
                                String.format("+1206555%04d", e.getProperty(Exchange.TIMER_COUNTER, Long.class))))
                        .choice()
                        .when(e -> e.getProperty(Exchange.TIMER_COUNTER, Long.class) % 2 == 1)
                        .setBody(simple("Seen in a browser ${exchangeProperty.CamelTimerCounter}"))
                        .to("messaging:sendTextMessage?originationIdentity=RAW(+12065550100)")
                        .otherwise()
                        .setBody(simple("A picture ${exchangeProperty.CamelTimerCounter}"))
                        .to("messaging:sendMediaMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                            + "&mediaUrl=file:../examples/data/parcel.png");
            }
        };
    }

    @Test
    void textsAndMmsImagesAppearInTheBrowserWhileARouteSends() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs it)");
        await().atMost(20, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 2);

        String dom = chromium("--dump-dom");
        Path screenshot = Path.of("target/outbox.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium("--screenshot=" + screenshot, "--window-size=1200,900");
        context.getRouteController().stopRoute("sender");

        assertThat(sandbox.messages().size()).as("the route went on sending while the page was open")
                .isGreaterThan(2);
        assertThat(dom).containsPattern("Sandbox outbox: \\d+ message\\(s\\)").contains("Seen in a browser ",
                "A picture ", sandbox.messages().get(0).to(), sandbox.messages().get(1).to());
        assertThat(dom).containsPattern("<img alt=\"MMS image\"[^>]*src=\"data:image/png;base64,iVBORw0KGgo");
        assertThat(Files.size(screenshot)).isGreaterThan(5_000);
        assertThat(Files.readAllBytes(screenshot)).startsWith((byte) 0x89, (byte) 0x50, (byte) 0x4E, (byte) 0x47);
    }

    private static String chromium(String... action) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(sandbox.baseUri() + "/sandbox/");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
