package dev.storeemulator.features.shared;

import dev.storeemulator.client.verify.Store;
import io.cucumber.java.ParameterType;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The vocabulary every store's features share: the stores, spans of time, and the yes/no facts a backend reads from answers. */
public final class ParameterTypes {

    /** "Cafebazaar", "ONE store", "Catappult". */
    @ParameterType("Cafebazaar|ONE store|Catappult")
    public Store store(String name) {
        return switch (name) {
            case "Cafebazaar" -> Store.CAFEBAZAAR;
            case "ONE store" -> Store.ONESTORE;
            default -> Store.CATAPPULT;
        };
    }

    /** "10 minutes", "1 hour", "1 more second", "30 days". */
    @ParameterType("(\\d+) (?:more )?(second|minute|hour|day)s?")
    public Duration duration(String amount, String unit) {
        return span(amount, unit);
    }

    /** "20 days from now" or "15 days ago", as an offset from the emulator's now. */
    @ParameterType("(\\d+) (second|minute|hour|day)s? (from now|ago)")
    public Duration moment(String amount, String unit, String direction) {
        Duration span = span(amount, unit);
        return direction.equals("ago") ? span.negated() : span;
    }

    @ParameterType("consumed|not consumed")
    public Boolean consumption(String text) {
        return text.equals("consumed");
    }

    @ParameterType("refunded|not refunded")
    public Boolean refund(String text) {
        return text.equals("refunded");
    }

    @ParameterType("active|not active")
    public Boolean activity(String text) {
        return text.equals("active");
    }

    @ParameterType("renews|does not renew")
    public Boolean renewal(String text) {
        return text.equals("renews");
    }

    @ParameterType("not yet acknowledged|acknowledged")
    public Boolean acknowledgement(String text) {
        return text.equals("acknowledged");
    }

    private static Duration span(String amount, String unit) {
        ChronoUnit chronoUnit = ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S");
        return Duration.of(Long.parseLong(amount), chronoUnit);
    }
}
