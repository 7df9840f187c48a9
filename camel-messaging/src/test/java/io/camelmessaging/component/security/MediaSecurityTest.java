package io.camelmessaging.component.security;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import io.camelmessaging.component.CapturedLogs;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingPartialFailureException;
import io.camelmessaging.component.MessagingValidationException;
import io.camelmessaging.component.MessagingValidationException.Violation;
import io.camelmessaging.component.SandboxTestSupport;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Attacks through values that arrive in a message, against the component used directly: media URLs and attachments
 * must not read local files or properties, nor grow memory, and fan-out is bounded. Each answer is a validation error
 * naming field and rule, raised before any request, and neither it nor any log line shows a secret or local content.
 */
class MediaSecurityTest extends SandboxTestSupport {

    private static final String SECRET = "TOP-SECRET-CONTENT-4711";
    private static final String SECRET_PROPERTY = "media.security.secret";
    private static final String SECRET_PROPERTY_VALUE = "PROPERTY-SECRET-0815";
    private static final String NOT_READABLE = "must name a regular file under mediaBaseDir that can be read";
    private static final String MMS = "messaging:sendMediaMessage?provider=azure&originationIdentity=RAW(+18005550100)";

    @TempDir
    static Path work;
    private static Path base;
    private static Path secret;
    private static byte[] png;
    private CapturedLogs logs;

    @BeforeAll
    static void lay() throws Exception {
        base = Files.createDirectory(work.resolve("media"));
        secret = Files.writeString(Files.createDirectory(work.resolve("private")).resolve("db-password.txt"), SECRET);
        png = Files.readAllBytes(Path.of("src/test/resources/media/sample.png"));
        Files.write(base.resolve("ok.png"), png);
        Files.write(base.resolve("png-named.txt"), png);
        Files.createSymbolicLink(base.resolve("link-out.txt"), secret);
        Files.createSymbolicLink(base.resolve("link-dir"), secret.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(base.resolve("huge.png").toFile(), "rw")) {
            sparse.setLength(2L << 30);
        }
        System.setProperty(SECRET_PROPERTY, SECRET_PROPERTY_VALUE);
    }

    @BeforeEach
    void captureLogs() {
        logs = CapturedLogs.install(Level.DEBUG);
    }

    @AfterEach
    void nothingSecretWasLogged() {
        logs.close();
        assertThat(logs.linesContaining(SECRET)).isEmpty();
        assertThat(logs.linesContaining(SECRET_PROPERTY_VALUE)).isEmpty();
    }

    private static String allowingFiles() {
        return MMS + "&allowedMediaSchemes=file&mediaBaseDir=" + base;
    }

    private Exchange sendMedia(String uri, Object mediaUrls) {
        return send(uri, "x", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101",
                MessagingConstants.MEDIA_URLS, mediaUrls);
    }

    private static List<Violation> violations(Exchange exchange) {
        MessagingValidationException error = exchange.getException(MessagingValidationException.class);
        assertThat(error).as("a validation error").isNotNull();
        assertThat(error.getMessage()).doesNotContain(SECRET).doesNotContain(SECRET_PROPERTY_VALUE);
        return error.getViolations();
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:/etc/passwd", "classpath:media/sample.png", "classpath:log4j2-test.properties",
                             "file:src/test/resources/media/sample.png", "http://169.254.169.254/latest/meta-data",
                             "jar:file:/x.jar!/a.png", "ref:secretBean" })
    void byDefaultAMediaUrlFromAMessageReadsNothingLocal(String url) {
        List<Violation> violations = violations(sendMedia(MMS, url));

        assertThat(violations).extracting(Violation::field, Violation::value, Violation::rule).contains(tuple(
                "MediaUrls", url, "a media URL from a message may use only the schemes of allowedMediaSchemes [s3]"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aFileUnderTheBaseDirectoryIsSentWithTheTypeOfItsBytes() {
        Exchange exchange = sendMedia(allowingFiles(), "file:ok.png");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().request().get("attachments").get(0).get("contentType").asText())
                .isEqualTo("image/png");
    }

    @Test
    void everyPathOutsideTheBaseDirectoryGetsTheSameAnswerSoTheDiskCannotBeMapped() {
        List<String> attacks = List.of("file:" + secret, "file:../private/db-password.txt",
                "file:%2e%2e/private/db-password.txt", "file:..%2fprivate%2fdb-password.txt", "file:link-out.txt",
                "file:link-dir/db-password.txt", "file:missing.png", "file:/dev/zero", "file:/proc/self/environ",
                "file:.", "file:///" + secret, "file:ok.png/../../private/db-password.txt", "file:\u0000ok.png");

        for (String url : attacks) {
            assertThat(violations(sendMedia(allowingFiles(), url))).as(url)
                    .containsExactly(new Violation("MediaUrls", url, NOT_READABLE));
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void placeholdersAndExpressionsInAMediaUrlAreNeverResolved() {
        List<String> attacks = List.of("file:{{sys:" + SECRET_PROPERTY + "}}", "file:${sys:" + SECRET_PROPERTY + "}",
                "file:{{env:HOME}}", "file:{{bean:secretBean}}", "{{sys:" + SECRET_PROPERTY + "}}",
                "classpath:{{bean:secretBean.toString}}");

        for (String url : attacks) {
            Exchange exchange = sendMedia(allowingFiles(), url);
            assertThat(violations(exchange)).as(url).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("MediaUrls");
                assertThat(v.value()).isEqualTo(url);
            });
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aSparseTwoGigabyteFileIsRefusedBeforeItIsRead() {
        assertThat(violations(sendMedia(allowingFiles(), "file:huge.png")))
                .containsExactly(new Violation("MediaUrls", "file:huge.png", "must be at most maxMediaSize=1048576 bytes"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void theRouteAuthorsMediaAreReadWithinTheLimitToo() {
        Exchange endless = send(MMS + "&mediaUrl=file:/dev/zero&maxMediaSize=1000", "x",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");

        assertThat(violations(endless))
                .containsExactly(new Violation("attachments", "file:/dev/zero", "must be at most maxMediaSize=1000 bytes"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aNameOrDeclaredTypeThatContradictsTheBytesIsRefused() {
        Exchange pngNamedTxt = sendMedia(allowingFiles(), "file:png-named.txt");
        Exchange attachedPngNamedTxt = sendAttachment("photo.txt", "application/octet-stream", png, "");
        Exchange textDeclaredPng = sendAttachment("photo", "image/png", SECRET.getBytes(StandardCharsets.UTF_8), "");

        assertThat(violations(pngNamedTxt)).containsExactly(new Violation("attachments", "file:png-named.txt",
                "content is image/png but its name says text/plain"));
        assertThat(violations(attachedPngNamedTxt)).containsExactly(new Violation("attachments", "photo.txt",
                "content is image/png but its name says text/plain"));
        assertThat(violations(textDeclaredPng)).containsExactly(new Violation("attachments", "photo",
                "content is text/plain but it is declared as image/png"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void anAttachmentLargerThanTheLimitIsRefused() {
        Exchange exchange = sendAttachment("big.png", "image/png", new byte[2000], "&maxMediaSize=1000");

        assertThat(violations(exchange))
                .containsExactly(new Violation("attachments", "big.png", "must be at most maxMediaSize=1000 bytes"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void moreRecipientsThanMaxRecipientsAreRefusedBeforeSending() {
        List<String> recipients = IntStream.range(0, 10_001).mapToObj(i -> "+1206" + (5_000_000 + i)).toList();

        Exchange azure = send("messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)", "x",
                MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);
        Exchange aws = send("messaging:sendTextMessage?maxRecipients=5", "x",
                MessagingConstants.DESTINATION_PHONE_NUMBER, recipients.subList(0, 6));

        assertThat(violations(azure)).containsExactly(new Violation("DestinationPhoneNumber", "10001 recipients",
                "must be at most maxRecipients=1000 per message"));
        assertThat(violations(aws)).containsExactly(new Violation("DestinationPhoneNumber", "6 recipients",
                "must be at most maxRecipients=5 per message"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aMessageTheRateLimitCannotTakeWithinItsMaximumWaitIsRefusedAtOnce() {
        List<String> recipients = IntStream.range(0, 1000).mapToObj(i -> "+1206" + (5_000_000 + i)).toList();

        Exchange exchange = send("messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550199)"
                                 + "&maxRecipientsPerMinute=100&rateLimitMaxWait=60000", "x",
                MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);

        MessagingPartialFailureException error = exchange.getException(MessagingPartialFailureException.class);
        assertThat(error.getRetryAfter()).isBetween(java.time.Duration.ofMinutes(9), java.time.Duration.ofMinutes(10));
        assertThat(error.getResults()).allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("RateLimitExceeded"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void awsMediaFromAMessageMayBeS3ButNotLocal() {
        String uri = "messaging:sendMediaMessage?originationIdentity=RAW(+12065550100)";
        Exchange s3 = sendMedia(uri, "s3://bucket-1/photo.jpg");
        Exchange local = sendMedia(uri, "file:" + secret);

        assertThat(s3.getException()).isNull();
        assertThat(violations(local)).extracting(Violation::field).contains("MediaUrls");
        assertThat(sandbox.messages()).singleElement()
                .satisfies(m -> assertThat(m.mediaUrls()).containsExactly("s3://bucket-1/photo.jpg"));
    }

    @Test
    void optionsThatWouldOpenTheMachineFailRouteStart() {
        assertRouteStartFails(MMS + "&allowedMediaSchemes=file,classpath&mediaBaseDir=" + base,
                "may list only s3 and file");
        assertRouteStartFails(MMS + "&allowedMediaSchemes=file", "set mediaBaseDir");
        assertRouteStartFails(MMS + "&allowedMediaSchemes=file&mediaBaseDir=" + base.resolve("none"),
                "must be an existing directory");
    }

    private Exchange sendAttachment(String name, String contentType, byte[] content, String options) {
        return template.send(MMS + options, exchange -> {
            exchange.getMessage().setBody("x");
            exchange.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");
            exchange.getMessage(AttachmentMessage.class).addAttachment(name, new DataHandler(new Bytes(contentType,
                    content)));
        });
    }

    /** An attachment's content. */
    private record Bytes(String getContentType, byte[] content) implements DataSource {
        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public OutputStream getOutputStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getName() {
            return "attachment";
        }
    }
}
