package dev.storeemulator.emulator;

import dev.storeemulator.emulator.fixtures.FixtureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --watch}: reloads the fixtures file when its content changes. Polls (so it also works on
 * bind mounts and network file systems where change events never arrive), waits for a file to stop
 * changing before reading it, and reloads only when the bytes differ. An invalid edit keeps the previous
 * world; the problem goes to the log and to {@code /__admin/health}.
 */
public final class FixtureWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("store-emulator.watch");

    private final StoreEmulator emulator;
    private final Path file;
    private final ScheduledExecutorService poller;
    private byte[] loadedDigest;
    private String lastSeen;

    private FixtureWatcher(StoreEmulator emulator, Path file, ScheduledExecutorService poller) {
        this.emulator = emulator;
        this.file = file;
        this.poller = poller;
        this.loadedDigest = digest(read());
        this.lastSeen = stamp();
    }

    /** Starts polling {@code emulator}'s fixtures file every {@code every}. */
    public static FixtureWatcher start(StoreEmulator emulator, Duration every) {
        Path file = emulator.fixturesFile()
                .orElseThrow(() -> new IllegalStateException("--watch needs --fixtures: there is no file to watch"));
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-emulator-fixture-watch");
            t.setDaemon(true);
            return t;
        });
        FixtureWatcher watcher = new FixtureWatcher(emulator, file, poller);
        poller.scheduleWithFixedDelay(watcher::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for changes", file);
        return watcher;
    }

    /** One poll: reload if the file stopped changing since the previous poll and its bytes are new. */
    synchronized void poll() {
        String stamp = stamp();
        boolean settled = stamp.equals(lastSeen);
        lastSeen = stamp;
        if (settled) {
            checkNow();
        }
    }

    /** Reloads now if the file's bytes differ from the last ones loaded (or tried). */
    public synchronized boolean checkNow() {
        byte[] content = read();
        byte[] d = digest(content);
        if (content == null || Arrays.equals(d, loadedDigest)) {
            return false;
        }
        loadedDigest = d;
        try {
            emulator.reloadFixturesFile();
            LOG.info("Reloaded fixtures from {}", file);
        } catch (FixtureException e) {
            LOG.warn("Kept the previous world: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Kept the previous world: cannot reload {}: {}", file, e.toString());
        }
        return true;
    }

    private String stamp() {
        try {
            return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "missing";
        }
    }

    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] digest(byte[] content) {
        if (content == null) {
            return new byte[0];
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
