package dev.storeemulator.emulator.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.Main;
import dev.storeemulator.emulator.StoreEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --print-ca} and the CA kept in the state directory: the same CA across runs, so trust survives restarts. */
class TlsCommandLineTest {
    @TempDir
    Path dir;

    int run(ByteArrayOutputStream out, String... args) {
        PrintStream was = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new Main()).execute(args);
        } finally {
            System.setOut(was);
        }
    }

    @Test
    void printCaNeedsAStateDirOrACaOfYourOwn() {
        assertThat(run(new ByteArrayOutputStream(), "--print-ca")).isEqualTo(2);
    }

    @Test
    void theCaPrintedIsTheOneTheEmulatorServesFromTheSameStateDir() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "--print-ca", "--state-dir", dir.toString())).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.exists(dir.resolve("tls/ca-key.pem"))).isTrue();
        for (int run = 0; run < 2; run++) {
            try (StoreEmulator e = StoreEmulator.builder()
                    .stateDir(dir)
                    .httpsPort(0)
                    .requestLog(false)
                    .build()
                    .start()) {
                assertThat(e.caCertificatePem()).as("run %d", run).isEqualTo(printed);
            }
        }
    }

    @Test
    void aCaOfYourOwnSignsTheCertificate() {
        CertificateAuthority mine = CertificateAuthority.create(java.time.Instant.now());
        Path cert = dir.resolve("my-ca.pem");
        Path key = dir.resolve("my-ca-key.pem");
        try {
            Files.writeString(cert, mine.certificatePem());
            Files.writeString(key, mine.privateKeyPem());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (StoreEmulator e = StoreEmulator.builder()
                .httpsPort(0)
                .tlsCa(cert, key)
                .requestLog(false)
                .build()
                .start()) {
            assertThat(e.caCertificatePem()).isEqualTo(mine.certificatePem());
        }
    }
}
