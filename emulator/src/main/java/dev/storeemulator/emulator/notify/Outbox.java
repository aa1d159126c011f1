package dev.storeemulator.emulator.notify;

/**
 * Where a store hands the notifications it sends. Handing one over never blocks and never fails the store's own
 * call: it is queued, and delivered by the emulator on its own threads.
 */
@FunctionalInterface
public interface Outbox {
    /** An outbox that sends nothing (a store built outside an emulator). */
    Outbox NONE = message -> null;

    /** Queues {@code message} for delivery and answers its delivery id (null from {@link #NONE}). */
    String send(Outgoing message);
}
