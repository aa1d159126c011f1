package dev.storeemulator.emulator.faults;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault rules in force, in the order they are tried. Changing them is rare and copies the list;
 * trying them is lock-free until a rule matches (each rule counts under its own lock).
 */
public final class Faults {
    private static final Comparator<ActiveRule> ORDER = Comparator.comparingInt(
                    (ActiveRule r) -> r.rule.priorityOrDefault())
            .thenComparingInt(r -> r.order);

    private final Clock clock;
    private final AtomicInteger added = new AtomicInteger();
    private volatile List<ActiveRule> rules = List.of();

    public Faults(Clock clock) {
        this.clock = clock;
    }

    /** Replaces every rule (fixtures at start, reset, reload). Ids not given become f1, f2…; throws on duplicates. */
    public synchronized void load(List<FaultRule> newRules) {
        List<ActiveRule> active = new ArrayList<>();
        for (FaultRule r : newRules) {
            String id = r.id() != null ? r.id() : nextId(active);
            if (active.stream().anyMatch(a -> a.id.equals(id))) {
                throw new IllegalArgumentException("duplicate fault id '" + id + "'");
            }
            active.add(new ActiveRule(r, id, added.incrementAndGet(), clock.instant()));
        }
        active.sort(ORDER);
        rules = List.copyOf(active);
    }

    /** Adds a rule; its id is the one given, or the next free {@code f<n>}. Empty if the id is taken. */
    public synchronized Optional<FaultStatus> add(FaultRule rule) {
        String id = rule.id() != null ? rule.id() : nextId(rules);
        if (rules.stream().anyMatch(a -> a.id.equals(id))) {
            return Optional.empty();
        }
        ActiveRule active = new ActiveRule(rule, id, added.incrementAndGet(), clock.instant());
        List<ActiveRule> next = new ArrayList<>(rules);
        next.add(active);
        next.sort(ORDER);
        rules = List.copyOf(next);
        return Optional.of(active.status());
    }

    public synchronized boolean remove(String id) {
        List<ActiveRule> next = new ArrayList<>(rules);
        boolean removed = next.removeIf(r -> r.id.equals(id));
        rules = List.copyOf(next);
        return removed;
    }

    /** Removes every rule; answers how many there were. */
    public synchronized int clear() {
        int n = rules.size();
        rules = List.of();
        return n;
    }

    public List<FaultStatus> list() {
        return rules.stream().map(ActiveRule::status).toList();
    }

    /** The rules in force, in order, each under its id: what {@link #load} takes back (a saved state). */
    public List<FaultRule> rules() {
        return rules.stream().map(r -> r.rule.withId(r.id)).toList();
    }

    public Optional<FaultStatus> get(String id) {
        return rules.stream().filter(r -> r.id.equals(id)).findFirst().map(ActiveRule::status);
    }

    /** Whether any rule is in force (the fast path skips everything else when none is). */
    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The first rule, in order, that fires for {@code call}; null if none does. */
    ActiveRule.Firing decide(FaultMatch.Call call, String credential) {
        for (ActiveRule rule : rules) {
            if (rule.rule.forDeliveries()) {
                continue;
            }
            ActiveRule.Firing firing = rule.consider(call, credential, clock.instant());
            if (firing != null) {
                return firing;
            }
        }
        return null;
    }

    /**
     * The first delivery rule, in order, that fires for a notification a store sends; empty if none does. Counted
     * like a call's: matched, fired, probability, times and ttl.
     */
    public Optional<DeliveryFault> decideDelivery(
            String store, String event, String packageName, String token, String url) {
        FaultMatch.Call call = new FaultMatch.Call(store, null, "POST", url, packageName, null, token, event);
        for (ActiveRule rule : rules) {
            if (!rule.rule.forDeliveries()) {
                continue;
            }
            ActiveRule.Firing firing = rule.consider(call, null, clock.instant());
            if (firing != null) {
                return Optional.of(new DeliveryFault(rule.id, rule.rule.delivery(), firing.delay()));
            }
        }
        return Optional.empty();
    }

    /**
     * A delivery rule firing on one notification.
     *
     * @param rule   the rule's id
     * @param effect {@code drop}, {@code duplicate}, {@code hold}, {@code wrongSignature}, {@code truncated}, or
     *               null when the rule only delays
     * @param delay  how far to put the delivery off on the emulator's clock (zero for none)
     */
    public record DeliveryFault(String rule, String effect, java.time.Duration delay) {}

    /** Puts the rules' random sequences and counts back to their start. */
    public void restart() {
        rules.forEach(ActiveRule::restart);
    }

    private static String nextId(List<ActiveRule> existing) {
        int n = existing.size() + 1;
        while (true) {
            String id = "f" + n;
            if (existing.stream().noneMatch(a -> a.id.equals(id))) {
                return id;
            }
            n++;
        }
    }
}
