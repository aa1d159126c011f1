package dev.storeemulator.emulator.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scripted outcome of a subscription's next charge attempts (renewals and the retries of a failed one), as a
 * store sandbox's test instruments give it: {@code approve} or {@code decline}, each optionally repeated ({@code
 * "decline 2"}), in order; the last outcome repeats for ever. No script approves every charge.
 */
public final class RenewalOutcomes {
    /** Every charge approved: what a subscription without a script does. */
    public static final RenewalOutcomes APPROVE = new RenewalOutcomes(List.of(), true);

    /** Every charge declined, from now on. */
    public static final RenewalOutcomes DECLINE = new RenewalOutcomes(List.of(), false);

    private static final int MAX_STEPS = 1000;

    /** The outcomes before the last, in order ({@code true} = approve). */
    private final List<Boolean> steps;

    private final boolean last;

    private RenewalOutcomes(List<Boolean> steps, boolean last) {
        int end = steps.size();
        while (end > 0 && steps.get(end - 1) == last) {
            end--;
        }
        this.steps = List.copyOf(steps.subList(0, end));
        this.last = last;
    }

    /** Parses {@code ["decline 2", "approve"]}; throws IllegalArgumentException on anything else. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RenewalOutcomes parse(List<String> items) {
        if (items == null || items.isEmpty()) {
            return APPROVE;
        }
        List<Boolean> all = new ArrayList<>();
        for (String item : items) {
            String[] words = (item == null ? "" : item.trim().toLowerCase(Locale.ROOT)).split("\\s+");
            boolean approve = switch (words[0]) {
                case "approve" -> true;
                case "decline" -> false;
                default ->
                    throw new IllegalArgumentException(
                            "'" + item + "' is not a renewal outcome: use approve, decline, or e.g. 'decline 2'");
            };
            int times = 1;
            if (words.length == 2 && words[1].matches("[1-9][0-9]{0,2}")) {
                times = Integer.parseInt(words[1]);
            } else if (words.length != 1) {
                throw new IllegalArgumentException("'" + item + "' is not a renewal outcome: use e.g. 'decline 2'");
            }
            for (int i = 0; i < times; i++) {
                all.add(approve);
            }
            if (all.size() > MAX_STEPS) {
                throw new IllegalArgumentException("a renewal script has at most " + MAX_STEPS + " outcomes");
            }
        }
        boolean last = all.remove(all.size() - 1);
        return new RenewalOutcomes(all, last);
    }

    /** Whether the {@code i}-th next charge (0 = the next one) is approved. */
    public boolean approves(long i) {
        return i < steps.size() ? steps.get((int) i) : last;
    }

    /** How many charges from the next fail before one is approved; -1 when none ever is. */
    public long declinesBeforeApproval() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i)) {
                return i;
            }
        }
        return last ? steps.size() : -1;
    }

    /** The script once the next {@code n} charges have been made. */
    public RenewalOutcomes after(long n) {
        if (n <= 0) {
            return this;
        }
        return n >= steps.size()
                ? new RenewalOutcomes(List.of(), last)
                : new RenewalOutcomes(steps.subList((int) n, steps.size()), last);
    }

    /** This script after {@code n} declined charges: what a failing charge's retries read, its attempts so far kept. */
    public RenewalOutcomes afterDeclines(long n) {
        List<Boolean> all = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            all.add(false);
        }
        all.addAll(steps);
        return new RenewalOutcomes(all, last);
    }

    /** Whether every charge from now on is approved. */
    public boolean approvesAll() {
        return steps.isEmpty() && last;
    }

    /** The script as fixtures write it, runs folded ({@code ["decline 2", "approve"]}); empty for {@link #APPROVE}. */
    @JsonValue
    public List<String> toList() {
        if (approvesAll()) {
            return List.of();
        }
        List<Boolean> all = new ArrayList<>(steps);
        all.add(last);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int j = i;
            while (j < all.size() && all.get(j).equals(all.get(i))) {
                j++;
            }
            String word = all.get(i) ? "approve" : "decline";
            out.add(j - i == 1 ? word : word + " " + (j - i));
            i = j;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenewalOutcomes r && r.steps.equals(steps) && r.last == last;
    }

    @Override
    public int hashCode() {
        return steps.hashCode() * 31 + Boolean.hashCode(last);
    }

    @Override
    public String toString() {
        return toList().toString();
    }
}
