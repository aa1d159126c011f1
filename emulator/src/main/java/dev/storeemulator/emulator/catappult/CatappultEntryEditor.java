package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.admin.EntryEditor;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.FixtureProblem;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Creates, replaces and deletes one Catappult purchase or subscription in place, and tells the app's notification URL
 * what the change did, as a whole-section edit would. A purchase token names one purchase or subscription.
 */
final class CatappultEntryEditor implements EntryEditor {
    private final LiveState<CatappultState> state;
    private final Clock clock;
    private final CatappultRtdn rtdn;
    private final boolean subscriptions;

    CatappultEntryEditor(LiveState<CatappultState> state, Clock clock, CatappultRtdn rtdn, boolean subscriptions) {
        this.state = state;
        this.clock = clock;
        this.rtdn = rtdn;
        this.subscriptions = subscriptions;
    }

    @Override
    public Object context() {
        return state.get().context();
    }

    @Override
    public long size() {
        return state.get().count(subscriptions);
    }

    @Override
    public long position(String key) {
        return state.get().position(key, subscriptions);
    }

    @Override
    public void apply(String replaced, Fixtures checked) {
        Instant now = clock.instant();
        CatappultState one =
                checked == null ? null : CatappultState.load(checked.section(CatappultFixtures.class), now);
        if (subscriptions) {
            Subscription added =
                    one == null ? null : one.storedSubscriptions().iterator().next();
            Subscription[] before = new Subscription[1];
            CatappultState s = state.alone(live -> {
                if (added != null) {
                    refuseTaken(live, added.token(), replaced);
                }
                // One step for the entry's own key, so that no store call in between finds it missing.
                before[0] = added == null ? null : live.putSubscription(added);
                if (replaced != null && (added == null || !replaced.equals(added.token()))) {
                    before[0] = live.removeSubscription(replaced);
                }
                return live;
            });
            if (added != null && CatappultRtdn.anyReceiver(s)) {
                Subscription was =
                        before[0] == null || !before[0].token().equals(added.token()) ? null : before[0].renewedBy(now);
                rtdn.subscription(s, was, added.renewedBy(now), now);
            }
        } else {
            Purchase added = one == null ? null : one.purchases().iterator().next();
            Purchase[] before = new Purchase[1];
            CatappultState s = state.alone(live -> {
                if (added != null) {
                    refuseTaken(live, added.token(), replaced);
                }
                before[0] = added == null ? null : live.putPurchase(added);
                if (replaced != null && (added == null || !replaced.equals(added.token()))) {
                    before[0] = live.removePurchase(replaced);
                }
                return live;
            });
            if (added != null && CatappultRtdn.anyReceiver(s)) {
                Purchase was = before[0] == null || !before[0].token().equals(added.token()) ? null : before[0];
                rtdn.purchase(s, was, now, added, now);
            }
        }
    }

    private void refuseTaken(CatappultState live, String token, String replaced) {
        if (live.tokenTaken(token, replaced)) {
            throw new FixtureException(
                    "the catappult admin change",
                    List.of(new FixtureProblem(
                            "catappult." + (subscriptions ? "subscriptions" : "purchases") + "[0].token",
                            "duplicate purchase token '" + token + "' (another purchase or subscription has it)")));
        }
    }
}
