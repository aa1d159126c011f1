package dev.storeemulator.emulator.journal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The known tokens of one of a store's indexes, kept for near-miss hints in two orders: by their start and by
 * their end. The closest known token to an unknown one is looked for among its neighbours in both orders only
 * ({@link #NEIGHBOURS} on each side of each), so a miss costs the same in a world of ten tokens or of a million:
 * a typo near the end leaves the start in common (a neighbour by the start), one near the start leaves the end
 * in common. While an index holds at most {@link #NEIGHBOURS} tokens every one is examined, so the hint is
 * exactly {@link NearMiss#closest} over all of them. Thread-safe (lookups share a read lock; adding or removing
 * a token, rare once a world is loaded, takes the write lock); the owner adds and removes tokens as its world
 * changes. Red-black trees rather than skip lists: stepping back to a predecessor is then constant time, not
 * a new search.
 */
public final class NearMissIndex {
    /** Neighbours examined on each side of the unknown token, in each order. */
    public static final int NEIGHBOURS = 16;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeSet<String> byStart = new TreeSet<>();
    private final TreeSet<String> byEnd = new TreeSet<>(NearMissIndex::compareFromEnd);

    /** Adds a known token (null and empty ones are ignored). */
    public void add(String token) {
        if (token != null && !token.isEmpty()) {
            lock.writeLock().lock();
            try {
                byStart.add(token);
                byEnd.add(token);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /** Forgets a token. */
    public void remove(String token) {
        if (token != null && !token.isEmpty()) {
            lock.writeLock().lock();
            try {
                byStart.remove(token);
                byEnd.remove(token);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /** Whether {@code token} is known. */
    public boolean contains(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        lock.readLock().lock();
        try {
            return byStart.contains(token);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The closest known token to {@code wanted} as {@link NearMiss#closest} defines it, among the neighbours of
     * {@code wanted} in both orders; empty when {@code wanted} is known, null, empty or too long, or when no
     * neighbour is close enough.
     */
    public Optional<String> closest(String wanted) {
        if (wanted == null || wanted.isEmpty() || wanted.length() > NearMiss.MAX_LENGTH) {
            return Optional.empty();
        }
        return NearMiss.closest(wanted, candidates(wanted)); // a known wanted is its own first candidate: empty
    }

    /** The tokens examined for {@code wanted}: at most {@code 4 * NEIGHBOURS}, the nearest in either order first. */
    List<String> candidates(String wanted) {
        List<String> candidates = new ArrayList<>(4 * NEIGHBOURS);
        lock.readLock().lock();
        try {
            List<Iterator<String>> sides = List.of(
                    byStart.headSet(wanted, false).descendingIterator(),
                    byStart.tailSet(wanted, true).iterator(),
                    byEnd.headSet(wanted, false).descendingIterator(),
                    byEnd.tailSet(wanted, true).iterator());
            for (int i = 0; i < NEIGHBOURS; i++) { // nearest first: a close one found early narrows the rest's work
                for (Iterator<String> side : sides) {
                    if (side.hasNext()) {
                        candidates.add(side.next());
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return candidates;
    }

    /**
     * The known tokens that sort after {@code after} (from the first when null), in order, that {@code keep} accepts:
     * at most {@code max}. The index is also its owner's keys in order, which the control plane pages through.
     */
    public List<String> after(String after, int max, java.util.function.Predicate<String> keep) {
        List<String> page = new ArrayList<>(Math.min(max, 1024));
        lock.readLock().lock();
        try {
            for (String token : after == null ? byStart : byStart.tailSet(after, false)) {
                if (page.size() >= max) {
                    break;
                }
                if (keep.test(token)) {
                    page.add(token);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return page;
    }

    /** Orders by the last character, then the one before, and so on; a suffix comes before the longer strings. */
    static int compareFromEnd(String a, String b) {
        int i = a.length() - 1;
        int j = b.length() - 1;
        for (; i >= 0 && j >= 0; i--, j--) {
            int c = Character.compare(a.charAt(i), b.charAt(j));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
