package dev.storeemulator.emulator.journal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The wire details of the newest calls, by journal id: a small ring beside the journal's (bounded memory), of
 * captures shaped into {@link CallDetails} only when read.
 */
final class JournalDetails {
    private record Slot(long id, WireCapture capture) {}

    private final AtomicReferenceArray<Slot> slots;

    JournalDetails(int capacity) {
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    void put(long id, WireCapture capture) {
        if (slots.length() > 0) {
            slots.set((int) (id % slots.length()), new Slot(id, capture));
        }
    }

    Optional<CallDetails> get(long id) {
        if (slots.length() == 0) {
            return Optional.empty();
        }
        Slot s = slots.get((int) (id % slots.length()));
        return s != null && s.id() == id ? Optional.of(s.capture().details()) : Optional.empty();
    }

    void clear() {
        for (int i = 0; i < slots.length(); i++) {
            slots.set(i, null);
        }
    }
}
