package io.camelmessaging.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTPS listener's certificate: generated for localhost in this JVM, short-lived, shared by every sandbox, and
 * trusted on its own by a client that verifies host names.
 */
class SandboxTlsTest {

    @Test
    void theCertificateIsGeneratedShortLivedAndNotBundled() throws Exception {
        X509Certificate certificate = MessagingSandbox.tlsCertificate();

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(certificate.getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        certificate.checkValidity();
        assertThat(Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()))
                .isLessThanOrEqualTo(Duration.ofDays(1));
        assertThat(MessagingSandbox.class.getResource("sandbox-tls.p12")).isNull();
    }

    @Test
    void twoSandboxesServeTheSameGeneratedCertificate() throws Exception {
        try (MessagingSandbox first = MessagingSandbox.start(0); MessagingSandbox second = MessagingSandbox.start(0)) {
            assertThat(peerCertificate(first)).isEqualTo(MessagingSandbox.tlsCertificate());
            assertThat(peerCertificate(second)).isEqualTo(MessagingSandbox.tlsCertificate());
        }
    }

    @Test
    void withoutKeytoolTheErrorNamesIt(@TempDir Path dir) {
        Path keytool = dir.resolve("keytool");

        assertThatThrownBy(() -> SandboxTls.generate(keytool)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot run " + keytool);
    }

    /** The certificate the HTTPS listener presents to a client that trusts only the generated one. */
    private static Certificate peerCertificate(MessagingSandbox sandbox) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("sandbox", MessagingSandbox.tlsCertificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.httpsBaseUri() + "/sandbox/messages")).build();
        HttpResponse<String> response = HttpClient.newBuilder().sslContext(tls).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        return response.sslSession().orElseThrow().getPeerCertificates()[0];
    }
}
