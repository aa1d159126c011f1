package dev.storeemulator.emulator.persist;

import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where a start with a state directory begins. A saved world wins over the configured fixtures; the
 * reset point stays the configured fixtures, unless the state was saved by an emulator started from the
 * same source whose reset point a client had since replaced ({@code PUT /__admin/fixtures}).
 *
 * @param world    the world to serve now: the snapshot with the change log's later records replayed over it
 * @param baseline the reset point
 * @param clock    the clock as saved
 * @param notifications the deliveries that were pending
 * @param nextSeq  the sequence number for the change log's next record
 */
public record SavedState(
        Fixtures world,
        Fixtures baseline,
        Snapshot.Clock clock,
        java.util.List<dev.storeemulator.emulator.notify.SavedDelivery> notifications,
        long nextSeq) {

    /** The saved state in {@code file}, if there is one; throws {@link IllegalStateException} if it cannot be loaded. */
    public static Optional<SavedState> read(StateFile file, Fixtures configured) {
        return read(file, new ChangeLog(file.path().getParent()), configured);
    }

    /**
     * The saved state in {@code file} and {@code log}, if there is one; throws {@link IllegalStateException} if it
     * cannot be loaded.
     */
    public static Optional<SavedState> read(StateFile file, ChangeLog log, Fixtures configured) {
        String where = file.path().toString();
        return file.read().map(bytes -> {
            Snapshot s = Snapshot.parse(bytes, where);
            Replay replay = Replay.of(s, log.read(s.changesFrom()));
            try {
                Fixtures world = Fixtures.parseTree(replay.world(), where);
                Fixtures baseline = configured;
                boolean sameStart = Objects.equals(s.startedFrom(), configured.source());
                if (sameStart
                        && !Objects.equals(s.baseline().source(), configured.source())
                        && s.baseline().fixtures() != null) {
                    baseline = Fixtures.parseTree(
                                    s.baseline().fixtures(), s.baseline().source())
                            .withSource(s.baseline().source());
                }
                return new SavedState(world, baseline, replay.clock(), replay.notifications(), replay.nextSeq());
            } catch (FixtureException e) {
                throw new IllegalStateException(where + " holds a world that does not load: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The world saved in {@code dir} as a fixtures tree, the change log replayed (what a restart would serve);
     * safe while the emulator runs: read again when a snapshot replaced {@code state.json} meanwhile.
     */
    public static Optional<JsonNode> worldIn(java.nio.file.Path dir) {
        StateFile file = new StateFile(dir);
        ChangeLog log = new ChangeLog(dir);
        while (true) {
            Optional<byte[]> before = file.peek();
            if (before.isEmpty()) {
                return Optional.empty();
            }
            Snapshot s = Snapshot.parse(before.get(), file.path().toString());
            List<JsonNode> records = log.read(s.changesFrom());
            if (java.util.Arrays.equals(before.get(), file.peek().orElse(null))) {
                return Optional.of(Replay.of(s, records).world());
            }
        }
    }

    /** The notifications as JSON trees, bound to their records. */
    static List<dev.storeemulator.emulator.notify.SavedDelivery> deliveries(JsonNode tree) {
        return JsonMappers.json()
                .readerForListOf(dev.storeemulator.emulator.notify.SavedDelivery.class)
                .readValue(tree);
    }
}
