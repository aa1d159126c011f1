package dev.storeemulator.emulator.persist;

import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a start with a state directory begins. A saved world wins over the configured fixtures; the
 * reset point stays the configured fixtures, unless the state was saved by an emulator started from the
 * same source whose reset point a client had since replaced ({@code PUT /__admin/fixtures}).
 *
 * @param world    the world to serve now
 * @param baseline the reset point
 * @param clock    the clock as saved
 * @param notifications the deliveries that were pending
 */
public record SavedState(
        Fixtures world,
        Fixtures baseline,
        Snapshot.Clock clock,
        java.util.List<dev.storeemulator.emulator.notify.SavedDelivery> notifications) {

    /** The saved state in {@code file}, if there is one; throws {@link IllegalStateException} if it cannot be loaded. */
    public static Optional<SavedState> read(StateFile file, Fixtures configured) {
        String where = file.path().toString();
        return file.read().map(bytes -> {
            Snapshot s = Snapshot.parse(bytes, where);
            try {
                Fixtures world = Fixtures.parseTree(s.worldTree(), where);
                Fixtures baseline = configured;
                boolean sameStart = Objects.equals(s.startedFrom(), configured.source());
                if (sameStart
                        && !Objects.equals(s.baseline().source(), configured.source())
                        && s.baseline().fixtures() != null) {
                    baseline = Fixtures.parseTree(
                                    s.baseline().fixtures(), s.baseline().source())
                            .withSource(s.baseline().source());
                }
                return new SavedState(world, baseline, s.clock(), s.notifications());
            } catch (FixtureException e) {
                throw new IllegalStateException(where + " holds a world that does not load: " + e.getMessage(), e);
            }
        });
    }
}
