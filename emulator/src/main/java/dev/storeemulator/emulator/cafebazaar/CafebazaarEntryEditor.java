package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.admin.EntryEditor;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.FixtureProblem;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates, replaces and deletes one Cafebazaar purchase or subscription series in place. A purchase token names one
 * purchase or one series' billing in the whole world, as the fixtures check.
 */
final class CafebazaarEntryEditor implements EntryEditor {
    private final LiveState<CafebazaarState> state;
    private final Clock clock;
    private final boolean subscriptions;

    CafebazaarEntryEditor(LiveState<CafebazaarState> state, Clock clock, boolean subscriptions) {
        this.state = state;
        this.clock = clock;
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
        CafebazaarState one = checked == null
                ? null
                : CafebazaarState.load(checked.section(CafebazaarFixtures.class), clock.instant());
        state.alone(s -> {
            if (subscriptions) {
                Subscription added = one == null
                        ? null
                        : one.storedSubscriptions().iterator().next();
                if (added != null) {
                    refuseTaken(s, added.tokens(), replaced);
                }
                // The new series first, in one step for its own key, so that no store call in between finds a
                // token of it missing; then the replaced one, if it was named by another of its tokens.
                if (added != null) {
                    s.putSubscription(added);
                }
                if (replaced != null && (added == null || !replaced.equals(added.linkedToken()))) {
                    s.removeSubscription(replaced);
                }
            } else {
                Purchase added = one == null ? null : one.purchases().iterator().next();
                if (added != null) {
                    refuseTaken(s, List.of(added.token()), replaced);
                }
                if (added != null) {
                    s.putPurchase(added);
                }
                if (replaced != null && (added == null || !replaced.equals(added.token()))) {
                    s.removePurchase(replaced);
                }
            }
            return null;
        });
    }

    /** The tokens of the new entry (its token first, then its renewal tokens) that another entry has. */
    private void refuseTaken(CafebazaarState s, List<String> tokens, String replaced) {
        String list = "cafebazaar." + (subscriptions ? "subscriptions" : "purchases") + "[0]";
        List<FixtureProblem> problems = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (s.tokenTaken(tokens.get(i), replaced)) {
                problems.add(new FixtureProblem(
                        list + (i == 0 ? ".token" : ".renewalTokens[" + (i - 1) + "]"),
                        "duplicate purchase token '" + tokens.get(i) + "' (another purchase or subscription has it)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FixtureException("the cafebazaar admin change", problems);
        }
    }
}
