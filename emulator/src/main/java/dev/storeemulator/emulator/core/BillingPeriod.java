package dev.storeemulator.emulator.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How long a subscription runs between billings: a calendar period ({@code P1M}, {@code P1Y}, {@code P7D},
 * counted in UTC) or a compressed test period ({@code PT5M}), as StoreKit testing offers.
 */
public final class BillingPeriod {
    public static final BillingPeriod MONTHLY = parse("P1M");

    private final String text;
    private final Period period;
    private final Duration duration;

    private BillingPeriod(String text, Period period, Duration duration) {
        this.text = text;
        this.period = period;
        this.duration = duration;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BillingPeriod parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.startsWith("PT")) {
                Duration d = Duration.parse(t);
                if (d.isNegative() || d.compareTo(Duration.ofSeconds(1)) < 0) {
                    throw new IllegalArgumentException("a billing period must be at least PT1S: '" + text + "'");
                }
                return new BillingPeriod(t, null, d);
            }
            Period p = Period.parse(t);
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("a billing period must be positive: '" + text + "'");
            }
            return new BillingPeriod(t, p, null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a billing period: use P1M, P1Y, P7D or PT5M");
        }
    }

    /**
     * The period's usual length, for comparing speeds: a duration as it is; a calendar period with 365-day years
     * and 30-day months.
     */
    public Duration nominalLength() {
        if (duration != null) {
            return duration;
        }
        return Duration.ofDays(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
    }

    /** The end of the period that starts at {@code start}. */
    public Instant after(Instant start) {
        return period != null ? start.atZone(ZoneOffset.UTC).plus(period).toInstant() : start.plus(duration);
    }

    /**
     * What a renewing subscription whose current period ends at {@code validUntil} has become by now:
     * {@code count} billings, the start of each of the latest (at most {@link #MAX_LISTED}, oldest first),
     * and the new end of the current period.
     */
    public record Renewals(long count, java.util.List<Instant> starts, Instant validUntil) {
        public Instant lastStart() {
            return starts.isEmpty() ? null : starts.get(starts.size() - 1);
        }
    }

    /** How many of the latest billing starts {@link #renewalsBy} lists. */
    public static final int MAX_LISTED = 100;

    /**
     * The renewals due by {@code now}: none while {@code validUntil} is after now; else one per period
     * boundary passed, ending in a period that contains now. Compressed periods count arithmetically, so
     * a year of PT1S periods costs no more than one.
     */
    public Renewals renewalsBy(Instant validUntil, Instant now) {
        if (validUntil.isAfter(now)) {
            return new Renewals(0, java.util.List.of(), validUntil);
        }
        java.util.ArrayDeque<Instant> starts = new java.util.ArrayDeque<>();
        if (duration != null) {
            long count = Duration.between(validUntil, now).dividedBy(duration) + 1;
            for (long k = Math.max(0, count - MAX_LISTED); k < count; k++) {
                starts.add(validUntil.plus(duration.multipliedBy(k)));
            }
            return new Renewals(
                    count, java.util.List.copyOf(starts), starts.getLast().plus(duration));
        }
        long count = 0;
        Instant end = validUntil;
        while (!end.isAfter(now)) {
            starts.add(end);
            if (starts.size() > MAX_LISTED) {
                starts.removeFirst();
            }
            end = after(end);
            count++;
        }
        return new Renewals(count, java.util.List.copyOf(starts), end);
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BillingPeriod other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
