package dev.storeemulator.emulator.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One notification on its way, and every attempt made to deliver it. Guarded by {@link Deliveries}' lock. */
final class Delivery {
    enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    final String id;
    final Instant createdAt;
    final Outgoing message;
    final List<DeliveryView.Attempt> attempts = new ArrayList<>();
    final List<String> faults = new ArrayList<>();
    final String duplicateOf;
    byte[] sentBody;
    Status status = Status.PENDING;
    Instant nextAttemptAt;
    int retriesUsed;
    boolean inFlight;
    boolean held;

    Delivery(String id, Instant createdAt, Outgoing message, String duplicateOf) {
        this.id = id;
        this.createdAt = createdAt;
        this.message = message;
        this.duplicateOf = duplicateOf;
        this.sentBody = message.body();
        this.nextAttemptAt = createdAt;
    }

    boolean dueAt(Instant now) {
        return status == Status.PENDING && !held && !inFlight && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** After an attempt that did not deliver: the next wait of the schedule, or failed once it is used up. */
    void failedAttempt(Instant now) {
        if (retriesUsed < message.retries().size()) {
            nextAttemptAt = now.plus(message.retries().get(retriesUsed++));
        } else {
            status = Status.FAILED;
            nextAttemptAt = null;
        }
    }

    DeliveryView view(boolean withBody) {
        return DeliveryView.of(this, withBody);
    }
}
