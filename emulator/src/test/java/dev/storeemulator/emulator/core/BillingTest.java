package dev.storeemulator.emulator.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.core.Billing.EventType;
import dev.storeemulator.emulator.core.Billing.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final BillingTerms GOOGLE_LIKE =
            new BillingTerms(Duration.ofDays(3), Duration.ofDays(30), Duration.ofDays(1), null);
    static final BillingPeriod WEEK = BillingPeriod.parse("P7D");

    static Billing weekly(String... outcomes) {
        return Billing.of(T0, true, WEEK, GOOGLE_LIKE)
                .withOutcomes(RenewalOutcomes.parse(List.of(outcomes)), T0.minusSeconds(1));
    }

    static Instant day(long d) {
        return T0.plus(Duration.ofDays(d));
    }

    static List<EventType> types(List<Billing.Event> events) {
        return events.stream().map(Billing.Event::type).toList();
    }

    @Test
    void approvedChargesRenewEveryPeriod() {
        Billing b = Billing.of(T0, true, WEEK, GOOGLE_LIKE);
        Billing.Standing s = b.at(day(15));
        assertThat(s.status()).isEqualTo(Status.ACTIVE);
        assertThat(s.entitledUntil()).isEqualTo(day(21));
        assertThat(s.paidStarts()).containsExactly(day(0), day(7), day(14));
        assertThat(b.events(day(1), day(15)))
                .containsExactly(
                        new Billing.Event(EventType.RENEWED, day(7)), new Billing.Event(EventType.RENEWED, day(14)));
    }

    @Test
    void aChargeThatKeepsFailingGoesThroughGraceAndHoldToExpiry() {
        Billing b = weekly("decline");
        assertThat(b.at(day(1)).status()).isEqualTo(Status.IN_GRACE);
        assertThat(b.at(day(1)).entitledUntil()).isEqualTo(day(3));
        assertThat(b.at(day(1)).status().entitled()).isTrue();
        assertThat(b.at(day(1)).nextCharge()).isEqualTo(day(2));
        assertThat(b.at(day(4)).status()).isEqualTo(Status.ON_HOLD);
        assertThat(b.at(day(4)).status().entitled()).isFalse();
        Billing.Standing end = b.at(day(40));
        assertThat(end.status()).isEqualTo(Status.EXPIRED);
        assertThat(end.entitledUntil()).isEqualTo(day(3));
        assertThat(end.billing().autoRenewing()).isFalse();
        assertThat(b.events(T0.minusSeconds(1), day(40)))
                .containsExactly(
                        new Billing.Event(EventType.IN_GRACE, day(0)),
                        new Billing.Event(EventType.ON_HOLD, day(3)),
                        new Billing.Event(EventType.EXPIRED, day(33)));
        assertThat(end.billing().at(day(400)).status()).isEqualTo(Status.EXPIRED);
        assertThat(end.billing().events(day(40), day(400))).isEmpty();
    }

    @Test
    void aRecoveryInGraceKeepsTheCycleAndOnHoldStartsANewOne() {
        Billing inGrace = weekly("decline 2", "approve");
        assertThat(types(inGrace.events(T0.minusSeconds(1), day(3))))
                .containsExactly(EventType.IN_GRACE, EventType.RECOVERED);
        assertThat(inGrace.at(day(3)).entitledUntil()).isEqualTo(day(7));
        assertThat(inGrace.at(day(8)).entitledUntil()).isEqualTo(day(14));

        Billing onHold = weekly("decline 5", "approve");
        Billing.Standing s = onHold.at(day(6));
        assertThat(s.status()).isEqualTo(Status.ACTIVE);
        assertThat(s.entitledUntil()).isEqualTo(day(12));
        assertThat(types(onHold.events(T0.minusSeconds(1), day(6))))
                .containsExactly(EventType.IN_GRACE, EventType.ON_HOLD, EventType.RECOVERED);
    }

    @Test
    void readingLaterGivesTheSameAnswersAsReadingFromTheStart() {
        Billing b = weekly("approve", "decline 4", "approve", "decline");
        for (int d = 0; d < 80; d++) {
            Billing folded = b.at(day(d)).billing();
            for (int later = d; later < 80; later += 3) {
                Billing.Standing direct = b.at(day(later));
                Billing.Standing viaFolded = folded.at(day(later));
                assertThat(viaFolded.status()).as("day %d via %d", later, d).isEqualTo(direct.status());
                assertThat(viaFolded.entitledUntil())
                        .as("day %d via %d", later, d)
                        .isEqualTo(direct.entitledUntil());
            }
        }
    }

    @Test
    void withoutGraceOrHoldADeclinedChargeEndsTheSubscriptionAtOnce() {
        Billing b = Billing.of(T0, true, WEEK, BillingTerms.NO_GRACE)
                .withOutcomes(RenewalOutcomes.parse(List.of("decline")), T0.minusSeconds(1));
        Billing.Standing s = b.at(day(1));
        assertThat(s.status()).isEqualTo(Status.EXPIRED);
        assertThat(s.entitledUntil()).isEqualTo(T0);
        assertThat(s.billing().autoRenewing()).isFalse();
        assertThat(types(b.events(T0.minusSeconds(1), day(1)))).containsExactly(EventType.EXPIRED);
    }

    @Test
    void aCancelledSubscriptionLapsesAtTheEndOfItsPeriod() {
        Billing b = Billing.of(day(7), true, WEEK, GOOGLE_LIKE).withAutoRenewing(false, day(1));
        assertThat(b.at(day(2)).status()).isEqualTo(Status.CANCELED);
        assertThat(b.at(day(8)).status()).isEqualTo(Status.EXPIRED);
        assertThat(b.events(day(2), day(8))).containsExactly(new Billing.Event(EventType.EXPIRED, day(7)));
        assertThat(b.withAutoRenewing(true, day(3)).at(day(8)).status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void cancellingWhileFailingEndsAtTheEndOfGrace() {
        Billing b = weekly("decline").withAutoRenewing(false, day(1));
        assertThat(b.at(day(2)).status()).isEqualTo(Status.CANCELED);
        assertThat(b.at(day(4)).status()).isEqualTo(Status.EXPIRED);
        assertThat(b.at(day(4)).entitledUntil()).isEqualTo(day(3));
    }

    @Test
    void forcedStatesHoldFromNow() {
        Billing b = Billing.of(day(7), true, WEEK, GOOGLE_LIKE);
        assertThat(b.failingNow(day(2)).at(day(2)).status()).isEqualTo(Status.IN_GRACE);
        assertThat(b.onHoldNow(day(2)).at(day(2)).status()).isEqualTo(Status.ON_HOLD);
        Billing paused = b.pausedNow(day(2), day(10));
        assertThat(paused.at(day(5)).status()).isEqualTo(Status.PAUSED);
        assertThat(paused.at(day(11)).status()).isEqualTo(Status.ACTIVE);
        assertThat(paused.at(day(11)).entitledUntil()).isEqualTo(day(17));
        assertThat(types(paused.events(day(2), day(11)))).contains(EventType.RENEWED);
        Billing resumed = paused.paidNow(day(5));
        assertThat(resumed.at(day(5)).status()).isEqualTo(Status.ACTIVE);
        assertThat(resumed.at(day(5)).entitledUntil()).isEqualTo(day(12));
        Billing recovered = b.failingNow(day(2)).paidNow(day(3));
        assertThat(recovered.at(day(3)).entitledUntil()).isEqualTo(day(9));
    }

    @Test
    void newOutcomesForAFailingChargeApplyToItsNextRetry() {
        Billing failing = weekly("decline");
        Billing fixed = failing.withOutcomes(RenewalOutcomes.APPROVE, day(1).plusSeconds(60));
        assertThat(fixed.at(day(1).plusSeconds(61)).status()).isEqualTo(Status.IN_GRACE);
        assertThat(fixed.at(day(2)).status()).isEqualTo(Status.ACTIVE);
        assertThat(types(fixed.events(day(1).plusSeconds(60), day(2)))).containsExactly(EventType.RECOVERED);
    }

    @Test
    void aSandboxCompressesPeriodsAndEveryOtherDurationAlike() {
        BillingTerms sandbox = GOOGLE_LIKE.inSandbox(BillingPeriod.parse("PT5M"));
        BillingTerms.Effective monthly = sandbox.forPeriod(BillingPeriod.MONTHLY);
        assertThat(monthly.period()).isEqualTo(BillingPeriod.parse("PT5M"));
        assertThat(monthly.grace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(monthly.hold()).isEqualTo(Duration.ofMinutes(5));
        assertThat(monthly.scale(Duration.ofHours(48), BillingPeriod.MONTHLY)).isEqualTo(Duration.ofSeconds(20));
        Billing b = new Billing(T0, true, BillingPeriod.MONTHLY, RenewalOutcomes.APPROVE, null, monthly);
        assertThat(b.at(T0.plus(Duration.ofMinutes(12))).paidCount()).isEqualTo(3);
    }

    @Test
    void scriptsParseAndPrintFolded() {
        assertThat(RenewalOutcomes.parse(List.of("decline 2", "approve")).toList())
                .containsExactly("decline 2", "approve");
        assertThat(RenewalOutcomes.parse(List.of("decline", "decline"))).isEqualTo(RenewalOutcomes.DECLINE);
        assertThat(RenewalOutcomes.parse(List.of()).toList()).isEmpty();
        assertThatThrownBy(() -> RenewalOutcomes.parse(List.of("maybe"))).isInstanceOf(IllegalArgumentException.class);
    }
}
