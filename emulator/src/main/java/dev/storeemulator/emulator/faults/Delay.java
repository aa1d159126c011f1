package dev.storeemulator.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How long to wait before answering: {@code fixed}, {@code uniform} between {@code min} and {@code max},
 * or {@code logNormal} around a {@code median} with spread {@code sigma} (long tails, like real latency).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delay(
        @JsonProperty("fixed") Duration fixed,
        @JsonProperty("uniform") Uniform uniform,
        @JsonProperty("logNormal") LogNormal logNormal) {

    /** Uniformly between {@code min} and {@code max}. */
    public record Uniform(
            @JsonProperty("min") Duration min,
            @JsonProperty("max") Duration max) {}

    /** {@code median · e^(sigma · N(0,1))}. */
    public record LogNormal(
            @JsonProperty("median") Duration median,
            @JsonProperty("sigma") double sigma) {}

    /** The wait for one call, drawn from the rule's own random sequence. */
    Duration sample(SplittableRandom random) {
        if (fixed != null) {
            return fixed;
        }
        if (uniform != null) {
            long min = uniform.min().toNanos();
            long max = uniform.max().toNanos();
            return Duration.ofNanos(min == max ? min : random.nextLong(min, max + 1));
        }
        double gaussian = gaussian(random);
        return Duration.ofNanos(Math.round(logNormal.median().toNanos() * Math.exp(logNormal.sigma() * gaussian)));
    }

    /** A standard normal draw (Box–Muller), so the sequence depends only on the seed. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    List<String[]> problems(String at) {
        List<String[]> out = new ArrayList<>();
        int kinds = (fixed != null ? 1 : 0) + (uniform != null ? 1 : 0) + (logNormal != null ? 1 : 0);
        if (kinds != 1) {
            out.add(new String[] {at, "give exactly one of fixed, uniform, logNormal"});
        } else if (fixed != null && fixed.isNegative()) {
            out.add(new String[] {at + ".fixed", "must not be negative"});
        } else if (uniform != null
                && (uniform.min() == null
                        || uniform.max() == null
                        || uniform.min().isNegative()
                        || uniform.max().compareTo(uniform.min()) < 0)) {
            out.add(new String[] {at + ".uniform", "needs min and max, 0 <= min <= max"});
        } else if (logNormal != null
                && (logNormal.median() == null || logNormal.median().isNegative() || logNormal.sigma() < 0)) {
            out.add(new String[] {at + ".logNormal", "needs a median of 0 or more and a sigma of 0 or more"});
        }
        return out;
    }
}
