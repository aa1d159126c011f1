package dev.storeemulator.emulator;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.emulator.journal.Journal;
import java.nio.file.Path;
import java.util.Objects;

/** Configures a {@link StoreEmulator}. Defaults: demo world, system-time clock, 127.0.0.1, port 0, a 10,000-call journal. */
public final class StoreEmulatorBuilder {
    Fixtures fixtures;
    Path fixturesFile;
    String adminToken;
    VirtualClock clock;
    String host = "127.0.0.1";
    int port = 0;
    int journalCapacity = Journal.DEFAULT_CAPACITY;
    int notificationCapacity = DEFAULT_NOTIFICATION_CAPACITY;

    /** How many notification deliveries the history keeps by default. */
    public static final int DEFAULT_NOTIFICATION_CAPACITY = 1000;

    Path stateDir;
    int httpsPort = -1;
    java.util.List<String> tlsHosts = java.util.List.of();
    java.util.List<String> allowedHosts = java.util.List.of();
    java.util.List<String> adminAllowedOrigins = java.util.List.of();
    Path tlsCaCert;
    Path tlsCaKey;
    java.time.Duration idleTimeout = dev.storeemulator.emulator.core.RequestLimits.IDLE_TIMEOUT;
    boolean requestLog = true;

    StoreEmulatorBuilder() {}

    public StoreEmulatorBuilder fixtures(Fixtures value) {
        this.fixtures = Objects.requireNonNull(value);
        this.fixturesFile = null;
        return this;
    }

    /** Loads a YAML or JSON fixtures file; throws {@link dev.storeemulator.emulator.fixtures.FixtureException}. */
    public StoreEmulatorBuilder fixtures(Path file) {
        fixtures(Fixtures.load(file));
        this.fixturesFile = file;
        return this;
    }

    /** Requires this token on every admin call but health (header {@code X-Store-Emulator-Admin-Token}). */
    public StoreEmulatorBuilder adminToken(String value) {
        this.adminToken = value == null || value.isEmpty() ? null : value;
        return this;
    }

    public StoreEmulatorBuilder clock(VirtualClock value) {
        this.clock = Objects.requireNonNull(value);
        return this;
    }

    public StoreEmulatorBuilder host(String value) {
        this.host = Objects.requireNonNull(value);
        return this;
    }

    public StoreEmulatorBuilder port(int value) {
        this.port = value;
        return this;
    }

    /** How long a silent connection stays open (default 30 s): a slow or stuck client is cut off after it. */
    public StoreEmulatorBuilder idleTimeout(java.time.Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
        this.idleTimeout = value;
        return this;
    }

    /** Whether every call gets a line in the log (logger {@code store-emulator.requests}, INFO); default on. */
    public StoreEmulatorBuilder requestLog(boolean value) {
        this.requestLog = value;
        return this;
    }

    /** How many calls the request journal keeps (default {@value Journal#DEFAULT_CAPACITY}); 0 disables it. */
    public StoreEmulatorBuilder journalCapacity(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("the journal capacity cannot be negative: " + value);
        }
        this.journalCapacity = value;
        return this;
    }

    /**
     * How many notification deliveries {@code /__admin/notifications} keeps (default
     * {@value #DEFAULT_NOTIFICATION_CAPACITY}); past it the oldest is forgotten, pending or not.
     */
    public StoreEmulatorBuilder notificationCapacity(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("the notification capacity must be 1 or more: " + value);
        }
        this.notificationCapacity = value;
        return this;
    }

    /**
     * Keeps the world (purchases, subscriptions, issued tokens, clock, fault rules) in {@code DIR/state.json}
     * across restarts: loaded at build if present (it wins over the fixtures, which stay the reset point),
     * rewritten atomically after every change before the call is answered. Null: in memory only.
     */
    public StoreEmulatorBuilder stateDir(Path dir) {
        this.stateDir = dir;
        return this;
    }

    /**
     * Serves HTTPS too, on {@code port} (0 for any free one; -1, the default, for none): the same routes under a
     * certificate that names every real store host, {@code localhost}, {@code 127.0.0.1} and {@code ::1}, signed by
     * the emulator's CA ({@link StoreEmulator#caCertificatePem()}, {@link StoreEmulator#sslContext()}).
     */
    public StoreEmulatorBuilder httpsPort(int value) {
        if (value < -1 || value > 65535) {
            throw new IllegalArgumentException("httpsPort must be -1 (none), 0 (any) or a port, not " + value);
        }
        this.httpsPort = value;
        return this;
    }

    /**
     * More names the admin API answers under while bound to loopback (besides localhost, IP literals, single-label
     * names, the real store hosts and the {@link #tlsHosts}): any other {@code Host} is refused, as a DNS-rebinding
     * page would send it.
     */
    public StoreEmulatorBuilder allowedHosts(java.util.List<String> names) {
        this.allowedHosts = java.util.List.copyOf(names);
        return this;
    }

    /**
     * Web origins ({@code scheme://host[:port]}) whose pages may call the admin API besides the emulator's own, with
     * CORS answers; every other page is refused.
     *
     * @throws IllegalArgumentException for something that is not an origin
     */
    public StoreEmulatorBuilder adminAllowedOrigins(java.util.List<String> origins) {
        origins.forEach(dev.storeemulator.emulator.admin.AdminAccess::requireOrigin);
        this.adminAllowedOrigins = java.util.List.copyOf(origins);
        return this;
    }

    /** More names (DNS names or IP literals) for the HTTPS certificate, e.g. the name of a Docker service. */
    public StoreEmulatorBuilder tlsHosts(java.util.List<String> names) {
        this.tlsHosts = java.util.List.copyOf(names);
        return this;
    }

    /**
     * The CA to sign the HTTPS certificate with (PEM files: a certificate and its unencrypted private key), instead of
     * the one the emulator makes (kept in {@code <stateDir>/tls/} with a state directory, else new each run).
     */
    public StoreEmulatorBuilder tlsCa(Path certificate, Path privateKey) {
        this.tlsCaCert = certificate;
        this.tlsCaKey = privateKey;
        return this;
    }

    public StoreEmulator build() {
        return new StoreEmulator(this);
    }
}
