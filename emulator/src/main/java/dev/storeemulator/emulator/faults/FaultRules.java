package dev.storeemulator.emulator.faults;

import dev.storeemulator.emulator.fixtures.FixtureProblems;
import java.util.List;
import java.util.Set;

/** Checks fault rules as fixtures and the admin API receive them: each rule's own rules, and unique ids. */
public final class FaultRules {
    private FaultRules() {}

    /** Adds a problem per broken rule, at {@code at[i]…}. */
    public static void validate(List<FaultRule> rules, String at, FixtureProblems problems) {
        Set<String> ids = FixtureProblems.newSeenSet();
        for (int i = 0; i < rules.size(); i++) {
            String where = at + "[" + i + "]";
            FaultRule rule = rules.get(i);
            problems.unique(ids, rule.id(), where + ".id", "fault id");
            rule.problems(where).forEach(p -> problems.add(p[0], p[1]));
        }
    }
}
