package dev.storeemulator.emulator.core;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A store's live state and the one rule for changing it. Reads take the current state with no lock.
 * Store calls that change entries ({@link #change}) run together, each atomic on its own entry; the
 * control plane's rebuilds ({@link #replace}) run alone, so no change made by a store call is lost
 * when an admin edit swaps the whole state.
 */
public final class LiveState<S> {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile S current;

    public LiveState(S initial) {
        this.current = Objects.requireNonNull(initial);
    }

    /** The state as it is now; fine for reads. */
    public S get() {
        return current;
    }

    /** Runs a store call that changes entries of the current state. */
    public <T> T change(Function<S, T> change) {
        lock.readLock().lock();
        try {
            return change.apply(current);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a store call that changes entries and answers nothing. */
    public void run(java.util.function.Consumer<S> change) {
        change(s -> {
            change.accept(s);
            return null;
        });
    }

    /**
     * Runs a change of the current state alone: no other {@code alone}, {@link #replace} or {@link #change} runs
     * meanwhile (an admin edit of one entry, whose check that its keys are free must hold until it is put). Store
     * calls that read the state without {@link #change} still run; each entry's own change is atomic for them.
     */
    public <T> T alone(Function<S, T> change) {
        lock.writeLock().lock();
        try {
            return change.apply(current);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Swaps in the state {@code rebuild} makes from the current one, with no store call in between. */
    public S replace(UnaryOperator<S> rebuild) {
        lock.writeLock().lock();
        try {
            S next = Objects.requireNonNull(rebuild.apply(current));
            current = next;
            return next;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
