package dev.storeemulator.emulator.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** A rule in force: its own random sequence (from its seed), what it has matched and fired, and its quota counts. */
final class ActiveRule {
    final FaultRule rule;
    final String id;
    final int order;
    private final Pattern path;
    private final Instant addedAt;
    private final QuotaCounter quota;
    private SplittableRandom random;
    private long matched;
    private long fired;

    ActiveRule(FaultRule rule, String id, int order, Instant addedAt) {
        this.rule = rule.withId(id);
        this.id = id;
        this.order = order;
        this.path = rule.match().compiledPath();
        this.addedAt = addedAt;
        this.quota = rule.quota() == null ? null : new QuotaCounter(rule.quota());
        this.random = new SplittableRandom(rule.seed() == null ? System.nanoTime() : rule.seed());
    }

    /** What this rule does to {@code call} at {@code now}: null if it does not fire. */
    synchronized Firing consider(FaultMatch.Call call, String credential, Instant now) {
        if (!rule.match().matches(call, path)) {
            return null;
        }
        matched++;
        if (rule.ttl() != null && !now.isBefore(addedAt.plus(rule.ttl()))) {
            return null;
        }
        if (rule.times() != null && fired >= rule.times()) {
            return null;
        }
        long retryAfter = 0;
        if (quota != null) {
            retryAfter = quota.take(call, credential, now);
            if (retryAfter < 0) {
                return null;
            }
        } else if (rule.probability() != null && random.nextDouble() >= rule.probability()) {
            return null;
        }
        fired++;
        Duration delay = rule.delay() == null ? Duration.ZERO : rule.delay().sample(random);
        return new Firing(this, delay, retryAfter);
    }

    /** Back to the start of its random sequence, with no counts (a reset). */
    synchronized void restart() {
        random = new SplittableRandom(rule.seed() == null ? System.nanoTime() : rule.seed());
        matched = 0;
        fired = 0;
        if (quota != null) {
            quota.clear();
        }
    }

    synchronized FaultStatus status() {
        return new FaultStatus(rule, matched, fired, addedAt.toString());
    }

    /** A rule firing on one call: after how long, and for a quota, the seconds until its window ends. */
    record Firing(ActiveRule rule, Duration delay, long retryAfterSeconds) {}
}
