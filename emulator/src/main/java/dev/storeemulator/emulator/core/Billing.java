package dev.storeemulator.emulator.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A subscription's billing, store-neutral: paid until {@code paidUntil}; while {@code autoRenewing}, charged again
 * as each period ends, each charge approved or declined as {@code outcomes} say; a declined charge goes through the
 * {@code terms}' grace and hold, retried until one is approved or both have passed; {@code pausedUntil}, when after
 * {@code paidUntil}, pauses the subscription from then until that instant, when it is charged again.
 *
 * <p>Everything follows from this value and an instant ({@link #at}), with no scheduler: the stores store the value
 * as last changed and read it at the clock's now; {@link #events} lists what happened between two readings.
 */
public record Billing(
        Instant paidUntil,
        boolean autoRenewing,
        BillingPeriod period,
        RenewalOutcomes outcomes,
        Instant pausedUntil,
        BillingTerms.Effective terms) {

    /** Where a subscription stands. */
    public enum Status {
        /** Paid for now and renewing. */
        ACTIVE,
        /** Paid for now, not renewing: it lapses at the end of the period. */
        CANCELED,
        /** A charge failed; still entitled while it is retried. */
        IN_GRACE,
        /** A charge failed and grace is over; not entitled, still retried. */
        ON_HOLD,
        /** Paused: not entitled, charged again when the pause ends. */
        PAUSED,
        /** Over. */
        EXPIRED;

        public boolean entitled() {
            return this == ACTIVE || this == CANCELED || this == IN_GRACE;
        }
    }

    /** What can happen to a subscription: as time passes, or (the last two) only by a change made now. */
    public enum EventType {
        RENEWED,
        IN_GRACE,
        ON_HOLD,
        RECOVERED,
        PAUSED,
        EXPIRED,
        CANCELED,
        RESTARTED
    }

    /**
     * What a change made now amounts to, from where the subscription stood to where it stands: entering another
     * status is that status's event (active again is RESTARTED after a cancellation, RECOVERED after a failing charge,
     * else RENEWED); in the same status, an entitlement that now lasts longer is RENEWED; null when nothing changed.
     */
    public static EventType changed(Status was, Instant wasUntil, Status is, Instant isUntil) {
        if (was == is) {
            return isUntil.isAfter(wasUntil) ? EventType.RENEWED : null;
        }
        return switch (is) {
            case ACTIVE ->
                switch (was) {
                    case CANCELED -> EventType.RESTARTED;
                    case IN_GRACE, ON_HOLD -> EventType.RECOVERED;
                    default -> EventType.RENEWED;
                };
            case CANCELED -> EventType.CANCELED;
            case IN_GRACE -> EventType.IN_GRACE;
            case ON_HOLD -> EventType.ON_HOLD;
            case PAUSED -> EventType.PAUSED;
            case EXPIRED -> EventType.EXPIRED;
        };
    }

    /** One thing that happened, at its instant. */
    public record Event(EventType type, Instant at) {}

    /**
     * The billing as it stands at an instant: {@code billing} is the same subscription with what has happened folded
     * in (so reading it later gives the same answers); {@code entitledUntil} the end of what the subscriber may use
     * (the end of grace while in grace or on hold); {@code failingSince} the charge that failed (null when none is
     * failing); {@code nextCharge} when the store charges next (null when it will not); {@code paidStarts} the
     * starts of the latest periods paid since the value read (at most {@link BillingPeriod#MAX_LISTED}), {@code
     * paidCount} how many there were.
     */
    public record Standing(
            Billing billing,
            Status status,
            Instant entitledUntil,
            Instant failingSince,
            Instant nextCharge,
            long paidCount,
            List<Instant> paidStarts) {
        public Instant lastPaidStart() {
            return paidStarts.isEmpty() ? null : paidStarts.get(paidStarts.size() - 1);
        }
    }

    public Billing {
        Objects.requireNonNull(paidUntil, "paidUntil");
        period = period == null ? BillingPeriod.MONTHLY : period;
        outcomes = outcomes == null ? RenewalOutcomes.APPROVE : outcomes;
        terms = terms == null ? BillingTerms.NO_GRACE.forPeriod(period) : terms;
    }

    /** A subscription paid until {@code paidUntil} that renews every {@code period}, every charge approved. */
    public static Billing of(Instant paidUntil, boolean autoRenewing, BillingPeriod period, BillingTerms terms) {
        BillingPeriod p = period == null ? BillingPeriod.MONTHLY : period;
        return new Billing(paidUntil, autoRenewing, p, RenewalOutcomes.APPROVE, null, terms.forPeriod(p));
    }

    /** The period each charge buys: the subscription's own, or its sandbox's. */
    public BillingPeriod cycle() {
        return terms.period();
    }

    /** Where the subscription stands at {@code now}. */
    public Standing at(Instant now) {
        return walk(now, e -> {});
    }

    /** What happened after {@code then} up to {@code now}, in order (at most the latest 100 renewals of a run). */
    public List<Event> events(Instant then, Instant now) {
        List<Event> out = new ArrayList<>();
        walk(now, e -> {
            if (e.at().isAfter(then)) {
                out.add(e);
            }
        });
        return out;
    }

    private Standing walk(Instant now, Consumer<Event> sink) {
        Billing b = this;
        long paid = 0;
        ArrayDeque<Instant> starts = new ArrayDeque<>();
        while (true) {
            Instant due = b.paidUntil;
            if (due.isAfter(now)) {
                return standing(
                        b,
                        b.autoRenewing ? Status.ACTIVE : Status.CANCELED,
                        due,
                        null,
                        b.autoRenewing ? due : null,
                        paid,
                        starts);
            }
            if (!b.autoRenewing) {
                sink.accept(new Event(EventType.EXPIRED, due));
                return standing(b, Status.EXPIRED, due, null, null, paid, starts);
            }
            Instant charge = due;
            if (b.pausedUntil != null && b.pausedUntil.isAfter(due)) {
                sink.accept(new Event(EventType.PAUSED, due));
                if (b.pausedUntil.isAfter(now)) {
                    return standing(b, Status.PAUSED, due, null, b.pausedUntil, paid, starts);
                }
                charge = b.pausedUntil;
            }
            b = b.with(charge, true, b.outcomes, null);
            if (b.outcomes.approvesAll()) {
                BillingPeriod.Renewals r = b.cycle().renewalsBy(charge, now);
                r.starts().forEach(s -> sink.accept(new Event(EventType.RENEWED, s)));
                add(starts, r.starts());
                paid += r.count();
                b = b.with(r.validUntil(), true, b.outcomes, null);
                continue;
            }
            long declines = b.outcomes.declinesBeforeApproval();
            if (declines == 0) {
                sink.accept(new Event(EventType.RENEWED, charge));
                add(starts, List.of(charge));
                paid++;
                b = b.with(b.cycle().after(charge), true, b.outcomes.after(1), null);
                continue;
            }
            Instant graceEnd = charge.plus(terms.grace());
            Instant holdEnd = graceEnd.plus(terms.hold());
            Instant recovery =
                    declines < 0 ? null : charge.plus(terms.retryEvery().multipliedBy(declines));
            if (recovery != null && !recovery.isBefore(holdEnd)) {
                recovery = null;
            }
            if (!terms.grace().isZero()) {
                sink.accept(new Event(EventType.IN_GRACE, charge));
            }
            boolean holdReached = !terms.hold().isZero()
                    && !graceEnd.isAfter(now)
                    && (recovery == null || !recovery.isBefore(graceEnd));
            if (holdReached) {
                sink.accept(new Event(EventType.ON_HOLD, graceEnd));
            }
            if (recovery != null && !recovery.isAfter(now)) {
                sink.accept(new Event(EventType.RECOVERED, recovery));
                Instant start = recovery.isBefore(graceEnd) ? charge : recovery;
                add(starts, List.of(start));
                paid++;
                b = b.with(b.cycle().after(start), true, b.outcomes.after(declines + 1), null);
                continue;
            }
            if (!holdEnd.isAfter(now)) {
                sink.accept(new Event(EventType.EXPIRED, holdEnd));
                Billing ended = b.with(graceEnd, false, b.outcomes.after(attemptsBy(holdEnd, charge)), null);
                return standing(ended, Status.EXPIRED, graceEnd, null, null, paid, starts);
            }
            Instant next = charge.plus(terms.retryEvery().multipliedBy(attemptsBy(now, charge)));
            Status status = graceEnd.isAfter(now) ? Status.IN_GRACE : Status.ON_HOLD;
            return standing(b, status, graceEnd, charge, next.isBefore(holdEnd) ? next : null, paid, starts);
        }
    }

    /** How many charges have been tried from {@code charge} by {@code t}: the first, then one per retry passed. */
    private long attemptsBy(Instant t, Instant charge) {
        return Duration.between(charge, t).dividedBy(terms.retryEvery()) + 1;
    }

    private static void add(ArrayDeque<Instant> starts, List<Instant> more) {
        for (Instant s : more) {
            starts.add(s);
            if (starts.size() > BillingPeriod.MAX_LISTED) {
                starts.removeFirst();
            }
        }
    }

    private static Standing standing(
            Billing b,
            Status status,
            Instant entitledUntil,
            Instant failingSince,
            Instant next,
            long paid,
            ArrayDeque<Instant> starts) {
        return new Standing(b, status, entitledUntil, failingSince, next, paid, List.copyOf(starts));
    }

    private Billing with(Instant paidUntil, boolean autoRenewing, RenewalOutcomes outcomes, Instant pausedUntil) {
        return new Billing(paidUntil, autoRenewing, period, outcomes, pausedUntil, terms);
    }

    // ---- changes made now, each on the billing as it stands now ----

    /** Auto-renewal turned off (a cancellation) or on again; while a charge is failing, off ends the subscription at the end of grace. */
    public Billing withAutoRenewing(boolean on, Instant now) {
        Standing s = at(now);
        Billing b = s.billing();
        if (!on && s.failingSince() != null) {
            return b.with(s.entitledUntil(), false, b.outcomes, null);
        }
        return b.with(b.paidUntil, on, b.outcomes, b.pausedUntil);
    }

    /**
     * One charge approved now: a failing subscription recovers (its period kept while in grace, a new one from now
     * once on hold) and its later charges are approved; a paused one resumes; an active one is paid one more period
     * ahead; an ended one restarts now.
     */
    public Billing paidNow(Instant now) {
        Standing s = at(now);
        Billing b = s.billing();
        switch (s.status()) {
            case IN_GRACE:
                return b.with(b.cycle().after(s.failingSince()), true, RenewalOutcomes.APPROVE, null);
            case ON_HOLD:
                return b.with(b.cycle().after(now), true, RenewalOutcomes.APPROVE, null);
            case PAUSED, EXPIRED:
                return b.with(b.cycle().after(now), true, b.outcomes, null);
            default:
                return b.with(b.cycle().after(b.paidUntil), b.autoRenewing, b.outcomes, null);
        }
    }

    /** Ended now: entitled until now, not renewing. */
    public Billing expiredAt(Instant now) {
        Billing b = at(now).billing();
        return b.with(now, false, b.outcomes, null);
    }

    /** A charge fails now and every later one too (until the outcomes are changed): in grace from now. */
    public Billing failingNow(Instant now) {
        Billing b = at(now).billing();
        return b.with(now, true, RenewalOutcomes.DECLINE, null);
    }

    /** On hold now: a charge that failed as long ago as grace lasts, every later one failing too. */
    public Billing onHoldNow(Instant now) {
        Billing b = at(now).billing();
        return b.with(now.minus(terms.grace()), true, RenewalOutcomes.DECLINE, null);
    }

    /** Paused from now until {@code until}, when it is charged again. */
    public Billing pausedNow(Instant now, Instant until) {
        Billing b = at(now).billing();
        return b.with(now, true, b.outcomes, until);
    }

    /** The next charges' outcomes replaced; a failing charge's next retry reads the first of them. */
    public Billing withOutcomes(RenewalOutcomes next, Instant now) {
        Standing s = at(now);
        Billing b = s.billing();
        RenewalOutcomes o = s.failingSince() == null ? next : next.afterDeclines(attemptsBy(now, s.failingSince()));
        return b.with(b.paidUntil, b.autoRenewing, o, b.pausedUntil);
    }
}
