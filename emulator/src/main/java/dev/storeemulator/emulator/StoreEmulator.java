package dev.storeemulator.emulator;

import dev.storeemulator.emulator.admin.AdminModule;
import dev.storeemulator.emulator.admin.ControlPlane;
import dev.storeemulator.emulator.admin.EditableStore;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.faults.FaultInjector;
import dev.storeemulator.emulator.faults.Faults;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.emulator.journal.Journal;
import dev.storeemulator.emulator.notify.Deliveries;
import dev.storeemulator.emulator.notify.HttpSender;
import dev.storeemulator.emulator.persist.ChangeLog;
import dev.storeemulator.emulator.persist.Persistence;
import dev.storeemulator.emulator.persist.SavedState;
import dev.storeemulator.emulator.persist.Snapshots;
import dev.storeemulator.emulator.persist.StateFile;
import dev.storeemulator.emulator.server.EmulatorApp;
import dev.storeemulator.emulator.server.HttpsPort;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.emulator.tls.EmulatorTls;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The store emulator, in process: build it with fixtures and a clock, start it (port 0 picks a free
 * port), read its base URL, stop it.
 *
 * <pre>{@code
 * try (StoreEmulator emulator = StoreEmulator.builder().build().start()) {
 *     String baseUrl = emulator.baseUrl(); // e.g. http://127.0.0.1:53124
 *     emulator.clock().advance(Duration.ofHours(2));
 * }
 * }</pre>
 */
public final class StoreEmulator implements AutoCloseable {
    private final String host;
    private final int requestedPort;
    private final VirtualClock clock;
    private final Path fixturesFile;
    private volatile Fixtures fixtures;
    volatile ControlPlane.ReloadStatus lastReload;
    private final List<RunningStore<?>> stores;
    private final Journal journal;
    private final Faults faults;
    private final FaultInjector faultInjector;
    private final Deliveries deliveries;
    private final ClockWatch clockWatch;
    /** The HTTPS material, made on another thread while the stores load (about 0.6 s cold); null without HTTPS. */
    private final java.util.concurrent.CompletableFuture<EmulatorTls> tls;

    private final Javalin app;
    private final Persistence persistence;
    private volatile boolean started;

    StoreEmulator(StoreEmulatorBuilder b) {
        this.tls = b.httpsPort < 0 ? null : java.util.concurrent.CompletableFuture.supplyAsync(() -> tls(b));
        this.host = b.host;
        this.requestedPort = b.port;
        this.clock = b.clock != null ? b.clock : VirtualClock.system();
        this.fixturesFile = b.fixturesFile;
        Fixtures configured = b.fixtures != null ? b.fixtures : Fixtures.demoWorld();
        StateFile stateFile = b.stateDir == null ? null : new StateFile(b.stateDir);
        ChangeLog changeLog = stateFile == null ? null : new ChangeLog(b.stateDir);
        Optional<SavedState> saved =
                stateFile == null ? Optional.empty() : SavedState.read(stateFile, changeLog, configured);
        saved.ifPresent(state -> state.clock().applyTo(clock));
        this.fixtures = saved.map(SavedState::baseline).orElse(configured);
        Fixtures world = saved.map(SavedState::world).orElse(fixtures);
        this.faults = new Faults(clock);
        this.deliveries = new Deliveries(clock, faults, b.notificationCapacity, new HttpSender());
        this.stores = StoreRegistry.stores().stream()
                .<RunningStore<?>>map(kind -> RunningStore.start(kind, world, clock, deliveries))
                .toList();
        List<LiveStore<?>> live =
                stores.stream().<LiveStore<?>>map(RunningStore::store).toList();
        List<StoreModule> modules = List.copyOf(live);
        List<EditableStore> editable = List.copyOf(live);
        live.forEach(store -> clock.onMove(store::clockMoved));
        this.clockWatch = new ClockWatch(clock, live, java.time.Duration.ofSeconds(1));
        this.journal = new Journal(b.journalCapacity, clock);
        faults.load(world.faults());
        this.faultInjector = new FaultInjector(faults);
        AdminModule admin = new AdminModule(
                modules,
                editable,
                clock,
                new EmulatorControl(this),
                b.adminToken,
                journal,
                faults,
                deliveries,
                () -> this.tls == null ? null : material().caPem(),
                dev.storeemulator.emulator.admin.AdminAccess.boundTo(
                        b.host, concat(b.tlsHosts, b.allowedHosts), b.adminAllowedOrigins));
        this.persistence = stateFile == null
                ? null
                : new Persistence(
                        stateFile,
                        changeLog,
                        new Snapshots(
                                editable, faults, clock, () -> fixtures, configured.source(), deliveries::pending),
                        saved.map(SavedState::nextSeq).orElse(0L));
        saved.ifPresent(state -> deliveries.restore(state.notifications()));
        List<StoreModule> served = new java.util.ArrayList<>(modules);
        served.add(admin);
        this.app = EmulatorApp.create(
                served,
                journal,
                faultInjector,
                this::saveAfter,
                b.idleTimeout,
                b.requestLog,
                tls == null ? null : new HttpsPort(this::material, b.httpsPort));
        saveState();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A builder: defaults are the demo world, a system-time clock, 127.0.0.1, port 0, a 10,000-call journal. */
    public static StoreEmulatorBuilder builder() {
        return new StoreEmulatorBuilder();
    }

    /** Starts serving; returns this for chaining. */
    public synchronized StoreEmulator start() {
        if (!started) {
            app.start(host, requestedPort);
            clockWatch.start();
            started = true;
        }
        return this;
    }

    /** Stops serving. Idempotent. */
    public synchronized void stop() {
        if (started) {
            faultInjector.releaseHeld();
            clockWatch.close();
            app.stop();
            started = false;
        }
        saveState();
    }

    /** With a state directory, saves what a call of {@code route} changed: in the change log, or whole. */
    private void saveAfter(dev.storeemulator.emulator.core.StoreRoute route) {
        if (persistence != null) {
            persistence.saveAfter(route.store(), route.operation());
        }
    }

    /**
     * With a state directory, writes the whole state to {@code DIR/state.json} now (the emulator does so
     * itself after every changing call and at stop; call this after changing it through this Java API).
     */
    public void saveState() {
        if (persistence != null) {
            persistence.save();
        }
    }

    /** How many times the state file has been written (0 without a state directory). */
    public long stateWrites() {
        return persistence == null ? 0 : persistence.writes();
    }

    /** Stops serving and stops delivering notifications for good. */
    @Override
    public void close() {
        stop();
        clockWatch.close();
        deliveries.close();
    }

    /** The port actually bound (useful after starting on port 0). */
    public int port() {
        if (!started) {
            throw new IllegalStateException("the emulator is not started");
        }
        return app.port();
    }

    private static EmulatorTls tls(StoreEmulatorBuilder b) {
        List<String> names = new java.util.ArrayList<>(StoreRegistry.realHosts());
        names.addAll(b.tlsHosts);
        // The CA's validity is real time: TLS clients judge certificates by their own clock, not the emulator's.
        return EmulatorTls.create(names, b.tlsCaCert, b.tlsCaKey, b.stateDir, java.time.Instant.now());
    }

    /** The HTTPS port actually bound; -1 when the emulator serves no HTTPS ({@link StoreEmulatorBuilder#httpsPort}). */
    public int httpsPort() {
        if (!started) {
            throw new IllegalStateException("the emulator is not started");
        }
        return tls == null ? -1 : EmulatorApp.httpsPort(app);
    }

    /** {@code https://localhost:port}; throws when the emulator serves no HTTPS. */
    public String httpsBaseUrl() {
        requireTls();
        return "https://localhost:" + httpsPort();
    }

    /** The CA certificate (PEM) that signs the HTTPS certificate; throws when the emulator serves no HTTPS. */
    public String caCertificatePem() {
        return requireTls().caPem();
    }

    /** An {@link javax.net.ssl.SSLContext} trusting the emulator's CA only, for a client of its HTTPS port. */
    public javax.net.ssl.SSLContext sslContext() {
        return requireTls().sslContext();
    }

    /** A trust store (PKCS#12, no password) holding the emulator's CA, for clients configured by key store. */
    public java.security.KeyStore trustStore() {
        return requireTls().trustStore();
    }

    /** Every name the HTTPS certificate covers. */
    public List<String> tlsNames() {
        return requireTls().names();
    }

    private EmulatorTls requireTls() {
        if (tls == null) {
            throw new IllegalStateException("the emulator serves no HTTPS: build it with httpsPort(0) or a port");
        }
        return material();
    }

    /** The HTTPS material, once made; its failure (an unreadable CA file, say) is thrown as it was. */
    private EmulatorTls material() {
        try {
            return tls.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** {@code http://host:port}, with no trailing slash: every store's real paths live under it. */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + port();
    }

    /** The emulator's clock: move it to make tokens and subscriptions expire. */
    public VirtualClock clock() {
        return clock;
    }

    /** The fixtures the emulator serves (and resets to): as built, or as last reloaded. */
    public Fixtures fixtures() {
        return fixtures;
    }

    /** Every store's live side, in the registry's order ({@link StoreRegistry}). */
    public List<LiveStore<?>> stores() {
        return stores.stream().<LiveStore<?>>map(RunningStore::store).toList();
    }

    /**
     * A store's live side, to seed or inspect its purchases, subscriptions and tokens, e.g.
     * {@code emulator.store(CafebazaarModule.class)}.
     */
    public <S extends LiveStore<?>> S store(Class<S> type) {
        for (RunningStore<?> r : stores) {
            if (type.isInstance(r.store())) {
                return type.cast(r.store());
            }
        }
        throw new IllegalArgumentException("no store of type " + type.getName() + " is registered");
    }

    /**
     * Puts everything back as it was at start: the clock as it was made (running, or frozen at its first
     * instant), then every store from the loaded fixtures, relative times taken from that clock; an
     * empty journal.
     */
    public synchronized void reset() {
        reset(null);
    }

    /**
     * Like {@link #reset()}, but the clock is then set by {@code setClock} before the fixtures load, so
     * their relative times count from it (e.g. {@code c -> c.set(start)} on a frozen clock).
     */
    public synchronized void reset(java.util.function.Consumer<VirtualClock> setClock) {
        clock.restore();
        if (setClock != null) {
            setClock.accept(clock);
        }
        Fixtures f = fixtures;
        stores.forEach(r -> r.load(f));
        faultInjector.releaseHeld();
        faults.load(f.faults());
        journal.clear();
        deliveries.clear();
        saveState();
    }

    /** The fault rules in force: add, remove or list them (the admin API's {@code /__admin/faults}). */
    public Faults faults() {
        return faults;
    }

    /** The notifications the stores send, delivered and pending (the admin API's {@code /__admin/notifications}). */
    public Deliveries notifications() {
        return deliveries;
    }

    /** The request journal: every call outside {@code /__admin}, to query, count or clear. */
    public Journal journal() {
        return journal;
    }

    /**
     * Replaces the world with {@code newFixtures}, which also become the reset point. Issued OAuth and
     * access tokens live on, so a backend's session survives an edit of the fixtures file.
     */
    public synchronized void reload(Fixtures newFixtures) {
        fixtures = Objects.requireNonNull(newFixtures);
        stores.forEach(r -> r.reload(newFixtures));
        faults.load(newFixtures.faults());
        saveState();
    }

    /**
     * Reads the fixtures file again (the one given to {@link StoreEmulatorBuilder#fixtures(Path)}). If it is invalid,
     * the world stays as it was, the problem is kept for {@code /__admin/health}, and this throws.
     */
    public synchronized void reloadFixturesFile() {
        if (fixturesFile == null) {
            throw new IllegalStateException("the emulator was not started from a fixtures file");
        }
        try {
            reload(Fixtures.load(fixturesFile));
            lastReload = new ControlPlane.ReloadStatus(true, Instant.now(), fixturesFile.toString(), List.of());
        } catch (FixtureException e) {
            lastReload = new ControlPlane.ReloadStatus(false, Instant.now(), fixturesFile.toString(), e.problems());
            throw e;
        }
    }

    /** The file fixtures were loaded from, if any (what {@code --watch} and reload read). */
    public Optional<Path> fixturesFile() {
        return Optional.ofNullable(fixturesFile);
    }
}
