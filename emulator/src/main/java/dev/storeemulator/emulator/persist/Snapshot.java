package dev.storeemulator.emulator.persist;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.notify.SavedDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What {@code state.json} holds: the live world as a fixtures document with absolute times (issued tokens
 * and fault rules included), the clock's setting, and the reset point with the source it came from.
 * The world is written straight from the stores' export records (no tree in between); read, it is a tree.
 *
 * @param startedFrom the fixtures source the emulator was started with when this was saved
 * @param changesFrom the first record of the change log ({@link ChangeLog}) this snapshot does not cover;
 *                    null (a file saved before the log existed): none
 */
public record Snapshot(
        @JsonProperty("format") int format,
        @JsonProperty("savedAt") String savedAt,
        @JsonProperty("clock") Clock clock,
        @JsonProperty("startedFrom") String startedFrom,
        @JsonProperty("baseline") Baseline baseline,
        @JsonProperty("world") Object world,
        @JsonProperty("notifications") List<SavedDelivery> notifications,
        @JsonProperty("changesFrom") Long changesFrom) {

    public static final int FORMAT = 1;

    /** The clock: frozen at {@code now}, or running {@code offset} (ISO-8601) ahead of real time. */
    public record Clock(
            @JsonProperty("frozen") boolean frozen,
            @JsonProperty("now") String now,
            @JsonProperty("offset") String offset) {
        static Clock of(VirtualClock clock) {
            return new Clock(
                    clock.isFrozen(), clock.instant().toString(), clock.offset().toString());
        }

        /** Puts {@code clock} back as saved. */
        public void applyTo(VirtualClock clock) {
            clock.restoreTo(Duration.parse(offset), frozen ? Instant.parse(now) : null);
        }
    }

    /** The reset point: a fixtures document (relative times kept relative) and where it came from. */
    public record Baseline(
            @JsonProperty("source") String source,
            @JsonProperty("fixtures") JsonNode fixtures) {}

    public static Snapshot of(
            VirtualClock clock,
            String startedFrom,
            Baseline baseline,
            Object world,
            List<SavedDelivery> notifications) {
        return new Snapshot(
                FORMAT, Instant.now().toString(), Clock.of(clock), startedFrom, baseline, world, notifications, null);
    }

    /** This snapshot, covering the change log's records before {@code seq}. */
    public Snapshot coveringUpTo(long seq) {
        return new Snapshot(format, savedAt, clock, startedFrom, baseline, world, notifications, seq);
    }

    public byte[] toBytes() {
        return JsonMappers.export().writeValueAsBytes(this);
    }

    /** Reads a saved state; throws {@link IllegalStateException} naming {@code where} if it is not one. */
    public static Snapshot parse(byte[] content, String where) {
        Snapshot s;
        try {
            s = JsonMappers.json().readValue(content, Snapshot.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(where + " is not a saved emulator state: " + e.getOriginalMessage(), e);
        }
        if (s.format != FORMAT || s.clock == null || s.world == null || s.baseline == null) {
            throw new IllegalStateException(where + " is not a saved emulator state of format " + FORMAT
                    + "; move it away to start from the fixtures.");
        }
        return new Snapshot(
                s.format,
                s.savedAt,
                s.clock,
                s.startedFrom,
                s.baseline,
                JsonMappers.json().valueToTree(s.world),
                s.notifications == null ? List.of() : s.notifications,
                s.changesFrom == null ? 0L : s.changesFrom);
    }

    /** The world as a fixtures tree (what {@link #parse} gives). */
    public JsonNode worldTree() {
        return world instanceof JsonNode tree ? tree : JsonMappers.export().valueToTree(world);
    }
}
