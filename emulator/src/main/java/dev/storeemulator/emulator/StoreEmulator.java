package dev.storeemulator.emulator;

import dev.storeemulator.emulator.admin.AdminException;
import dev.storeemulator.emulator.admin.AdminModule;
import dev.storeemulator.emulator.admin.ControlPlane;
import dev.storeemulator.emulator.admin.EditableStore;
import dev.storeemulator.emulator.server.EmulatorApp;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.emulator.faults.FaultInjector;
import dev.storeemulator.emulator.faults.Faults;
import dev.storeemulator.emulator.journal.Journal;
import dev.storeemulator.emulator.persist.Persistence;
import dev.storeemulator.emulator.persist.SavedState;
import dev.storeemulator.emulator.persist.Snapshots;
import dev.storeemulator.emulator.persist.StateFile;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.emulator.spi.StoreKind;
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
    private volatile ControlPlane.ReloadStatus lastReload;
    private final List<Running<?>> stores;
    private final Journal journal;
    private final Faults faults;
    private final FaultInjector faultInjector;
    private final Javalin app;
    private final Persistence persistence;
    private volatile boolean started;

    private StoreEmulator(Builder b) {
        this.host = b.host;
        this.requestedPort = b.port;
        this.clock = b.clock != null ? b.clock : VirtualClock.system();
        this.fixturesFile = b.fixturesFile;
        Fixtures configured = b.fixtures != null ? b.fixtures : Fixtures.demoWorld();
        StateFile stateFile = b.stateDir == null ? null : new StateFile(b.stateDir);
        Optional<SavedState> saved = stateFile == null ? Optional.empty() : SavedState.read(stateFile, configured);
        saved.ifPresent(state -> state.clock().applyTo(clock));
        this.fixtures = saved.map(SavedState::baseline).orElse(configured);
        Fixtures world = saved.map(SavedState::world).orElse(fixtures);
        this.stores = StoreRegistry.stores().stream().<Running<?>>map(kind -> Running.start(kind, world, clock))
                .toList();
        List<LiveStore<?>> live = stores.stream().<LiveStore<?>>map(Running::store).toList();
        List<StoreModule> modules = List.copyOf(live);
        List<EditableStore> editable = List.copyOf(live);
        live.forEach(store -> clock.onMove(store::clockMoved));
        this.journal = new Journal(b.journalCapacity, clock);
        this.faults = new Faults(clock);
        faults.load(world.faults());
        this.faultInjector = new FaultInjector(faults);
        AdminModule admin = new AdminModule(modules, editable, clock, new Control(), b.adminToken, journal, faults);
        this.persistence = stateFile == null ? null : new Persistence(stateFile, new Snapshots(
                editable, faults, clock, () -> fixtures, configured.source()));
        List<StoreModule> served = new java.util.ArrayList<>(modules);
        served.add(admin);
        this.app = EmulatorApp.create(served, journal, faultInjector,
                this::saveState, b.idleTimeout, b.requestLog);
        saveState();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns this for chaining. */
    public synchronized StoreEmulator start() {
        if (!started) {
            app.start(host, requestedPort);
            started = true;
        }
        return this;
    }

    /** Stops serving. Idempotent. */
    public synchronized void stop() {
        if (started) {
            faultInjector.releaseHeld();
            app.stop();
            started = false;
        }
        saveState();
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

    @Override
    public void close() {
        stop();
    }

    /** The port actually bound (useful after starting on port 0). */
    public int port() {
        if (!started) {
            throw new IllegalStateException("the emulator is not started");
        }
        return app.port();
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
        return stores.stream().<LiveStore<?>>map(Running::store).toList();
    }

    /**
     * A store's live side, to seed or inspect its purchases, subscriptions and tokens, e.g.
     * {@code emulator.store(CafebazaarModule.class)}.
     */
    public <S extends LiveStore<?>> S store(Class<S> type) {
        for (Running<?> r : stores) {
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
        saveState();
    }

    /** The fault rules in force: add, remove or list them (the admin API's {@code /__admin/faults}). */
    public Faults faults() {
        return faults;
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
     * Reads the fixtures file again (the one given to {@link Builder#fixtures(Path)}). If it is invalid,
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

    /** The control plane's view of this emulator. */
    private final class Control implements ControlPlane {
        @Override
        public String fixturesSource() {
            return fixtures.source();
        }

        @Override
        public void reset(java.util.function.Consumer<VirtualClock> setClock) {
            StoreEmulator.this.reset(setClock);
        }

        @Override
        public void reload() {
            if (fixturesFile == null) {
                throw AdminException.conflict("This emulator was not started from a fixtures file, so there is "
                        + "nothing to reload; PUT /__admin/fixtures loads a document.");
            }
            try {
                reloadFixturesFile();
            } catch (FixtureException e) {
                throw AdminException.invalid(e);
            }
        }

        @Override
        public void load(String document) {
            try {
                StoreEmulator.this.reload(Fixtures.parse(document, "PUT /__admin/fixtures"));
            } catch (FixtureException e) {
                throw AdminException.invalid(e);
            }
        }

        @Override
        public ReloadStatus lastReload() {
            return lastReload;
        }
    }

    /** A registered store and its live side: loads each from its own section of a fixtures document. */
    private record Running<F extends dev.storeemulator.emulator.fixtures.FixtureSection.Value>(
            StoreKind<F> kind, LiveStore<F> store) {
        static <F extends dev.storeemulator.emulator.fixtures.FixtureSection.Value> Running<F> start(
                StoreKind<F> kind, Fixtures world, VirtualClock clock) {
            return new Running<>(kind, kind.create(world.section(kind), clock));
        }

        void load(Fixtures f) {
            store.load(f.section(kind));
        }

        void reload(Fixtures f) {
            store.reload(f.section(kind));
        }
    }

    /** Configures a {@link StoreEmulator}. Defaults: demo world, system-time clock, 127.0.0.1, port 0, a 10,000-call journal. */
    public static final class Builder {
        private Fixtures fixtures;
        private Path fixturesFile;
        private String adminToken;
        private VirtualClock clock;
        private String host = "127.0.0.1";
        private int port = 0;
        private int journalCapacity = Journal.DEFAULT_CAPACITY;
        private Path stateDir;
        private java.time.Duration idleTimeout = dev.storeemulator.emulator.core.RequestLimits.IDLE_TIMEOUT;
        private boolean requestLog = true;

        private Builder() {}

        public Builder fixtures(Fixtures value) {
            this.fixtures = Objects.requireNonNull(value);
            this.fixturesFile = null;
            return this;
        }

        /** Loads a YAML or JSON fixtures file; throws {@link dev.storeemulator.emulator.fixtures.FixtureException}. */
        public Builder fixtures(Path file) {
            fixtures(Fixtures.load(file));
            this.fixturesFile = file;
            return this;
        }

        /** Requires this token on every admin call but health (header {@code X-Store-Emulator-Admin-Token}). */
        public Builder adminToken(String value) {
            this.adminToken = value == null || value.isEmpty() ? null : value;
            return this;
        }

        public Builder clock(VirtualClock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        public Builder host(String value) {
            this.host = Objects.requireNonNull(value);
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** How long a silent connection stays open (default 30 s): a slow or stuck client is cut off after it. */
        public Builder idleTimeout(java.time.Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the idle timeout must be positive");
            }
            this.idleTimeout = value;
            return this;
        }

        /** Whether every call gets a line in the log (logger {@code store-emulator.requests}, INFO); default on. */
        public Builder requestLog(boolean value) {
            this.requestLog = value;
            return this;
        }

        /** How many calls the request journal keeps (default {@value Journal#DEFAULT_CAPACITY}); 0 disables it. */
        public Builder journalCapacity(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("the journal capacity cannot be negative: " + value);
            }
            this.journalCapacity = value;
            return this;
        }

        /**
         * Keeps the world (purchases, subscriptions, issued tokens, clock, fault rules) in {@code DIR/state.json}
         * across restarts: loaded at build if present (it wins over the fixtures, which stay the reset point),
         * rewritten atomically after every change before the call is answered. Null: in memory only.
         */
        public Builder stateDir(Path dir) {
            this.stateDir = dir;
            return this;
        }

        public StoreEmulator build() {
            return new StoreEmulator(this);
        }
    }
}
