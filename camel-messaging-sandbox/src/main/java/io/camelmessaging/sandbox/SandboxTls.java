package io.camelmessaging.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The HTTPS listener's key and self-signed certificate (CN=localhost, SAN localhost and 127.0.0.1, valid one day).
 * The JDK has no public X.509 API, so the JDK's {@code keytool} generates them once per JVM into a temporary key store
 * under a random password (handed over in its environment), deleted as soon as it is loaded into memory.
 */
final class SandboxTls {

    private static final String ALIAS = "sandbox";
    private static final String PASSWORD_VARIABLE = "SANDBOX_TLS_STORE_PASSWORD";
    private static SandboxTls shared;

    final SSLContext context;
    final X509Certificate certificate;

    private SandboxTls(SSLContext context, X509Certificate certificate) {
        this.context = context;
        this.certificate = certificate;
    }

    /** The key and certificate of every sandbox in this JVM, generated on the first call. */
    static synchronized SandboxTls shared() throws IOException {
        if (shared == null) {
            shared = generate(Path.of(System.getProperty("java.home"), "bin", "keytool"));
        }
        return shared;
    }

    /** Generates a new key and certificate with the given {@code keytool}. */
    static SandboxTls generate(Path keytool) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path dir = Files.createTempDirectory("sandbox-tls");
        Path store = dir.resolve("sandbox.p12");
        try {
            runKeytool(keytool, store, password);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, password.toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            return new SandboxTls(tls, (X509Certificate) keyStore.getCertificate(ALIAS));
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot load the sandbox's generated TLS key", e);
        } finally {
            Files.deleteIfExists(store);
            Files.delete(dir);
        }
    }

    private static void runKeytool(Path keytool, Path store, String password) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(keytool.toString(), "-genkeypair", "-noprompt", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass:env", PASSWORD_VARIABLE, "-keypass:env", PASSWORD_VARIABLE)
                .redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("The sandbox generates its TLS certificate with the JDK's keytool, but cannot run "
                                  + keytool + " (run the sandbox on a JDK or JRE that has bin/keytool)", e);
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(keytool + " could not generate the sandbox's TLS certificate: " + output);
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while generating the sandbox's TLS certificate");
        }
    }
}
