package dev.storeemulator.client.admin;

import java.util.List;

/** Counts journalled requests against a {@link CountMatcher} and explains a failure with the near misses. */
final class Verifier {
    static final int NEAR_MISSES = 10;

    private final AdminJournal journal;

    Verifier(AdminJournal journal) {
        this.journal = journal;
    }

    void verify(CountMatcher expected, RequestPattern pattern) {
        long matched = journal.count(pattern);
        if (expected.matches(matched)) {
            return;
        }
        String store = pattern.filter("store");
        RequestPattern near = (store == null ? RequestPattern.any() : RequestPattern.store(store)).limit(NEAR_MISSES);
        List<JournalEntry> recent = journal.find(near);
        String nl = System.lineSeparator();
        StringBuilder m = new StringBuilder("Expected ")
                .append(expected)
                .append(" request(s) matching [")
                .append(pattern)
                .append("] but ")
                .append(matched)
                .append(" matched.");
        String where = store == null ? "" : " to " + store;
        if (recent.isEmpty()) {
            m.append(nl).append("The journal holds no requests").append(where).append('.');
        } else {
            m.append(nl)
                    .append("The ")
                    .append(recent.size())
                    .append(" most recent requests")
                    .append(where)
                    .append(", newest first:");
            recent.forEach(e -> m.append(nl).append("  ").append(e.summary()));
        }
        throw new VerificationException(m.toString(), matched);
    }
}
