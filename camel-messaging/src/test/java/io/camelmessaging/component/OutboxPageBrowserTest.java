package io.camelmessaging.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox's outbox page as a person sees it: rendered by headless Chromium after a text and an Azure MMS were
 * sent. The screenshot is left in {@code target/outbox.png}. {@code .ci/run} installs Debian's chromium; where it is
 * missing (a developer machine) the test is skipped.
 */
class OutboxPageBrowserTest extends SandboxTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void textsAndMmsImagesAppearInTheBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs it)");
        Exchange text = send("messaging:sendTextMessage?originationIdentity=RAW(+12065550100)", "Seen in a browser",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
        Exchange mms = send("messaging:sendMediaMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                            + "&mediaUrl=file:../examples/data/parcel.png", "A picture",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124");
        assertThat(text.getException()).isNull();
        assertThat(mms.getException()).isNull();

        String dom = chromium("--dump-dom");
        Path screenshot = Path.of("target/outbox.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium("--screenshot=" + screenshot, "--window-size=1200,900");

        assertThat(dom).contains("Sandbox outbox: 2 message(s), 2 recipient(s)", "Seen in a browser", "A picture",
                "+12065550123", "+12065550124");
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
