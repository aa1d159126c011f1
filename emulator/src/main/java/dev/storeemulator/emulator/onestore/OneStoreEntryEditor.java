package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.admin.EntryEditor;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.FixtureProblem;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates, replaces and deletes one ONE store purchase or recurring series of one environment in place, and tells
 * the app's PNS URL what the change did, as a whole-section edit would (a new purchase is COMPLETED, a new series
 * PURCHASED…). A purchaseId names one purchase or series in its environment, a purchase token one purchase.
 */
final class OneStoreEntryEditor implements EntryEditor {
    private final LiveState<OneStoreState> state;
    private final Clock clock;
    private final OneStorePns pns;
    private final OneStoreState.Environment environment;
    private final boolean recurring;

    OneStoreEntryEditor(
            LiveState<OneStoreState> state,
            Clock clock,
            OneStorePns pns,
            OneStoreState.Environment environment,
            boolean recurring) {
        this.state = state;
        this.clock = clock;
        this.pns = pns;
        this.environment = environment;
        this.recurring = recurring;
    }

    @Override
    public Object context() {
        return state.get().context();
    }

    @Override
    public long size() {
        return world(state.get()).count(recurring);
    }

    @Override
    public long position(String key) {
        return world(state.get()).position(key, recurring);
    }

    private OneStoreWorld world(OneStoreState s) {
        return s.world(environment);
    }

    @Override
    public void apply(String replaced, Fixtures checked) {
        Instant now = clock.instant();
        OneStoreWorld one =
                checked == null ? null : world(OneStoreState.load(checked.section(OneStoreFixtures.class), now));
        if (recurring) {
            RecurringPurchase added =
                    one == null ? null : one.storedRecurring().iterator().next();
            RecurringPurchase[] before = new RecurringPurchase[1];
            OneStoreState s = state.alone(live -> {
                OneStoreWorld w = world(live);
                if (added != null) {
                    refuseTaken(w, added.purchaseId(), null, replaced);
                }
                // One step for the entry's own key, so that no store call in between finds it missing.
                before[0] = added == null ? null : w.putRecurring(added);
                if (replaced != null && (added == null || !replaced.equals(added.purchaseId()))) {
                    before[0] = w.removeRecurring(replaced);
                }
                return live;
            });
            if (added != null && OneStorePns.anyReceiver(s)) {
                RecurringPurchase was =
                        before[0] == null || !before[0].packageName().equals(added.packageName())
                                ? null
                                : before[0].renewedBy(now);
                pns.recurring(s, environment, was, added.renewedBy(now), now);
            }
        } else {
            OneStorePurchase added = one == null ? null : one.purchases().get(0);
            OneStorePurchase[] before = new OneStorePurchase[1];
            OneStoreState s = state.alone(live -> {
                OneStoreWorld w = world(live);
                if (added != null) {
                    refuseTaken(w, added.purchaseId(), added.purchaseToken(), replaced);
                }
                before[0] = added == null ? null : w.putPurchase(added);
                if (replaced != null && (added == null || !replaced.equals(added.purchaseId()))) {
                    before[0] = w.removePurchase(replaced);
                }
                return live;
            });
            if (added != null && OneStorePns.anyReceiver(s)) {
                OneStorePurchase was =
                        before[0] == null || !before[0].packageName().equals(added.packageName()) ? null : before[0];
                pns.purchase(s, environment, was, now, added, now);
            }
        }
    }

    /** The purchaseId (and purchase token) of the new entry, if another entry of the environment has it. */
    private void refuseTaken(OneStoreWorld w, String purchaseId, String purchaseToken, String replaced) {
        String entry = "onestore." + environment.name().toLowerCase(java.util.Locale.ROOT) + "."
                + (recurring ? "recurring" : "purchases") + "[0]";
        List<FixtureProblem> problems = new ArrayList<>();
        if (w.idTaken(purchaseId, replaced)) {
            problems.add(new FixtureProblem(
                    entry + ".purchaseId",
                    "duplicate purchaseId '" + purchaseId + "' (another purchase or recurring series has it)"));
        }
        if (purchaseToken != null && w.tokenTaken(purchaseToken, replaced)) {
            problems.add(new FixtureProblem(
                    entry + ".purchaseToken",
                    "duplicate purchase token '" + purchaseToken + "' (another purchase has it)"));
        }
        if (!problems.isEmpty()) {
            throw new FixtureException("the onestore admin change", problems);
        }
    }
}
