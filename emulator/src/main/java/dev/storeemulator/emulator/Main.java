package dev.storeemulator.emulator;

import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.tls.EmulatorTls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar store-emulator.jar [--port 7070] [--host 127.0.0.1] [--fixtures FILE]}. */
@Command(
        name = "store-emulator",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Emulates the Cafebazaar, ONE store and Catappult server APIs on one port.",
        showDefaultValues = true)
public final class Main implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("store-emulator");

    @Option(
            names = "--port",
            defaultValue = "${env:STORE_EMULATOR_PORT:-7070}",
            description = "Port to listen on (env STORE_EMULATOR_PORT); 0 picks a free one.")
    int port;

    @Option(
            names = "--host",
            defaultValue = "${env:STORE_EMULATOR_HOST:-127.0.0.1}",
            description = "Address to bind (env STORE_EMULATOR_HOST).")
    String host;

    @Option(
            names = "--fixtures",
            defaultValue = "${env:STORE_EMULATOR_FIXTURES}",
            description = "YAML or JSON fixtures file (env STORE_EMULATOR_FIXTURES); default: the bundled demo world.")
    Path fixtures;

    @Option(
            names = "--journal-size",
            defaultValue = "${env:STORE_EMULATOR_JOURNAL_SIZE:-10000}",
            description = "Calls kept in the request journal (env STORE_EMULATOR_JOURNAL_SIZE); 0 disables it.")
    int journalSize;

    @Option(
            names = "--watch",
            defaultValue = "${env:STORE_EMULATOR_WATCH:-false}",
            description = "Reload the fixtures file when it changes (env STORE_EMULATOR_WATCH); an invalid edit keeps "
                    + "the previous world and is reported in the log and on /__admin/health.")
    boolean watch;

    @Option(
            names = "--admin-token",
            defaultValue = "${env:STORE_EMULATOR_ADMIN_TOKEN}",
            description = "Require this token on every /__admin call but health, in the X-Store-Emulator-Admin-Token "
                    + "header or as Authorization: Bearer (env STORE_EMULATOR_ADMIN_TOKEN).")
    String adminToken;

    @Option(
            names = "--state-dir",
            defaultValue = "${env:STORE_EMULATOR_STATE_DIR}",
            description = "Keep the world (purchases, subscriptions, tokens, clock, faults) in DIR/state.json across "
                    + "restarts (env STORE_EMULATOR_STATE_DIR); a saved state wins over --fixtures, which stays the "
                    + "reset point. Default: in memory only.")
    Path stateDir;

    @Option(
            names = "--request-log",
            negatable = true,
            defaultValue = "${env:STORE_EMULATOR_REQUEST_LOG:-true}",
            fallbackValue = "true",
            description =
                    "Log one line per call: store, operation, method, path, status, latency (env "
                            + "STORE_EMULATOR_REQUEST_LOG; default on). --no-request-log for load tests; the journal is kept either way.")
    boolean requestLog;

    @Option(
            names = "--https-port",
            defaultValue = "${env:STORE_EMULATOR_HTTPS_PORT:--1}",
            description = "Also serve HTTPS on this port (env STORE_EMULATOR_HTTPS_PORT; 0 picks a free one, -1 none): "
                    + "the same routes, under a certificate naming every real store host, localhost, 127.0.0.1 and "
                    + "::1, signed by the emulator's CA (GET /__admin/tls/ca.pem, or --print-ca).")
    int httpsPort;

    @Option(
            names = "--tls-host",
            split = ",",
            defaultValue = "${env:STORE_EMULATOR_TLS_HOSTS}",
            description = "More names for the HTTPS certificate, e.g. a Docker service name (repeatable or "
                    + "comma-separated; env STORE_EMULATOR_TLS_HOSTS).")
    List<String> tlsHosts;

    @Option(
            names = "--allowed-host",
            split = ",",
            defaultValue = "${env:STORE_EMULATOR_ALLOWED_HOSTS}",
            description =
                    "More names the admin API answers under while bound to loopback, besides localhost, IP "
                            + "addresses, single-label names and the real store hosts (repeatable or comma-separated; env "
                            + "STORE_EMULATOR_ALLOWED_HOSTS): any other Host is refused, as a DNS-rebinding page would send it.")
    List<String> allowedHosts;

    @Option(
            names = "--admin-allowed-origin",
            split = ",",
            defaultValue = "${env:STORE_EMULATOR_ADMIN_ALLOWED_ORIGINS}",
            description = "A web origin (scheme://host[:port]) whose pages may call the admin API, with CORS answers "
                    + "(repeatable or comma-separated; env STORE_EMULATOR_ADMIN_ALLOWED_ORIGINS). Default: only the "
                    + "emulator's own pages (/__admin/ui/) and clients that send no Origin.")
    List<String> adminAllowedOrigins;

    @Option(
            names = "--tls-ca-cert",
            defaultValue = "${env:STORE_EMULATOR_TLS_CA_CERT}",
            description = "PEM certificate of the CA to sign the HTTPS certificate with (with --tls-ca-key; env "
                    + "STORE_EMULATOR_TLS_CA_CERT). Default: a CA the emulator makes, kept in --state-dir/tls/ when "
                    + "there is a state directory, else new each run.")
    Path tlsCaCert;

    @Option(
            names = "--tls-ca-key",
            defaultValue = "${env:STORE_EMULATOR_TLS_CA_KEY}",
            description = "Its unencrypted PEM private key (env STORE_EMULATOR_TLS_CA_KEY).")
    Path tlsCaKey;

    @Option(
            names = "--print-ca",
            description = "Print the CA certificate (PEM) that HTTPS uses with these options, then exit; needs "
                    + "--state-dir (it is made there if missing) or --tls-ca-cert.")
    boolean printCa;

    @Option(
            names = "--warm-up",
            hidden = true,
            description = "Serve one request of each kind on a free port, then exit (records the CDS archive).")
    boolean warmUp;

    /**
     * Jetty asks the JVM, through the platform MBean server, how wide an object reference is, unless this property
     * says it; starting JMX for that one answer cost ~0.1 s of start-up. 16 references of 4 bytes fill a 64-byte
     * cache line (compressed references, i.e. any heap under 32 GiB); the value only tunes Jetty's padding.
     */
    static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    public static void main(String[] args) {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
        DemoWorldAhead.startUnless(args, System.getenv("STORE_EMULATOR_FIXTURES"));
        int exit = new CommandLine(new Main()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (warmUp) {
            WarmUp.run();
            return 0;
        }
        if (printCa) {
            if (stateDir == null && tlsCaCert == null) {
                System.err.println(
                        "--print-ca needs --state-dir or --tls-ca-cert: without them each run makes a new CA;"
                                + " fetch GET /__admin/tls/ca.pem from the running emulator instead.");
                return 2;
            }
            try {
                System.out.print(EmulatorTls.caPem(tlsCaCert, tlsCaKey, stateDir));
                return 0;
            } catch (RuntimeException e) {
                System.err.println("Cannot read the CA: " + rootMessage(e));
                return 2;
            }
        }
        if (journalSize < 0) {
            System.err.println("--journal-size cannot be negative: " + journalSize);
            return 2;
        }
        if (watch && fixtures == null) {
            System.err.println("--watch needs --fixtures: the bundled demo world is not a file to watch.");
            return 2;
        }
        StoreEmulatorBuilder builder = StoreEmulator.builder()
                .host(host)
                .port(port)
                .journalCapacity(journalSize)
                .adminToken(adminToken)
                .stateDir(stateDir)
                .requestLog(requestLog)
                .allowedHosts(allowedHosts == null ? List.of() : allowedHosts);
        try {
            builder.adminAllowedOrigins(adminAllowedOrigins == null ? List.of() : adminAllowedOrigins);
        } catch (IllegalArgumentException e) {
            System.err.println("--admin-allowed-origin: " + e.getMessage());
            return 2;
        }
        if (httpsPort >= 0) {
            builder.httpsPort(httpsPort).tlsHosts(tlsHosts == null ? List.of() : tlsHosts);
            if (tlsCaCert != null || tlsCaKey != null) {
                if (tlsCaCert == null || tlsCaKey == null) {
                    System.err.println("--tls-ca-cert and --tls-ca-key go together.");
                    return 2;
                }
                builder.tlsCa(tlsCaCert, tlsCaKey);
            }
        } else if (httpsPort < -1) {
            System.err.println("--https-port must be a port, 0 for any, or -1 for none: " + httpsPort);
            return 2;
        }
        try {
            if (fixtures == null) {
                builder.fixtures(DemoWorldAhead.get());
            } else {
                builder.fixtures(fixtures);
            }
        } catch (FixtureException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        StoreEmulator emulator;
        try {
            emulator = builder.build();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("Cannot use --state-dir " + stateDir + ": " + e.getMessage());
            return 2;
        }
        try {
            emulator.start();
        } catch (RuntimeException e) {
            System.err.println("Cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return 3;
        }
        FixtureWatcher watcher = watch ? FixtureWatcher.start(emulator, Duration.ofMillis(500)) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (watcher != null) {
                                watcher.close();
                            }
                            emulator.stop();
                            stopped.countDown();
                        },
                        "store-emulator-shutdown"));
        long startedMillis = ProcessHandle.current()
                .info()
                .startInstant()
                .map(t -> System.currentTimeMillis() - t.toEpochMilli())
                .orElse(-1L);
        LOG.info(
                "Store emulator listening on http://{}:{} with {}{} (started in {} ms)",
                host,
                emulator.port(),
                emulator.fixtures().source(),
                stateDir == null ? "" : ", state in " + stateDir.toAbsolutePath(),
                startedMillis);
        if (httpsPort >= 0) {
            LOG.info(
                    "HTTPS on port {} for {} (trust the CA: GET /__admin/tls/ca.pem)",
                    emulator.httpsPort(),
                    String.join(", ", emulator.tlsNames()));
        }
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"store-emulator " + (v == null ? "development build" : v)};
        }
    }
}
