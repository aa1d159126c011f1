package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JournalTest {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    static Journal.Call call(String store, int status) {
        return new Journal.Call(store, "op", "GET", "/p", null, status, 1.5, null, null, null, null, null);
    }

    static List<Long> ids(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::id).toList();
    }

    @Nested
    class RingBuffer {
        @Test
        void entriesAreNumberedFromOneAndStampedWithBothClocks() {
            Clock real = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
            Journal journal = new Journal(4, FIXED, real);
            JournalEntry first = journal.record(call("cafebazaar", 200)).orElseThrow();
            assertThat(first.id()).isEqualTo(1);
            assertThat(first.virtualTime()).isEqualTo(FIXED.instant());
            assertThat(first.realTime()).isEqualTo(real.instant());
            assertThat(journal.record(call("cafebazaar", 200)).orElseThrow().id())
                    .isEqualTo(2);
        }

        @Test
        void findReturnsNewestFirst() {
            Journal journal = new Journal(10, FIXED);
            for (int i = 0; i < 3; i++) {
                journal.record(call("s", 200));
            }
            assertThat(ids(journal.find(JournalQuery.all()))).containsExactly(3L, 2L, 1L);
        }

        @Test
        void whenFullTheOldestAreOverwrittenAndCountedAsDropped() {
            Journal journal = new Journal(3, FIXED);
            for (int i = 0; i < 5; i++) {
                journal.record(call("s", 200));
            }
            assertThat(ids(journal.find(JournalQuery.all()))).containsExactly(5L, 4L, 3L);
            assertThat(journal.recorded()).isEqualTo(5);
            assertThat(journal.dropped()).isEqualTo(2);
            assertThat(journal.count(JournalQuery.all())).isEqualTo(3);
        }

        @Test
        void theLimitIsAppliedAfterFilteringAndNeverExceedsTheCapacity() {
            Journal journal = new Journal(5, FIXED);
            for (int i = 0; i < 5; i++) {
                journal.record(call(i % 2 == 0 ? "even" : "odd", 200));
            }
            JournalQuery even = JournalQuery.parse(Map.of("store", List.of("even"), "limit", List.of("2")));
            assertThat(ids(journal.find(even))).containsExactly(5L, 3L);
            assertThat(journal.count(even)).isEqualTo(3);
            assertThat(journal.find(JournalQuery.all().withLimit(1000))).hasSize(5);
        }

        @Test
        void clearRemovesEverythingReportsHowManyAndNumberingGoesOn() {
            Journal journal = new Journal(3, FIXED);
            for (int i = 0; i < 4; i++) {
                journal.record(call("s", 200));
            }
            assertThat(journal.clear()).isEqualTo(3);
            assertThat(journal.find(JournalQuery.all())).isEmpty();
            assertThat(journal.clear()).isZero();
            journal.record(call("s", 200));
            assertThat(ids(journal.find(JournalQuery.all()))).containsExactly(5L);
            assertThat(journal.recorded()).isEqualTo(5);
            assertThat(journal.dropped()).isEqualTo(1);
        }

        @Test
        void capacityZeroRecordsNothing() {
            Journal journal = new Journal(0, FIXED);
            assertThat(journal.record(call("s", 200))).isEmpty();
            assertThat(journal.find(JournalQuery.all())).isEmpty();
            assertThat(journal.recorded()).isZero();
            assertThat(journal.clear()).isZero();
        }
    }

    @Nested
    class UnderLoad {
        @Test
        void memoryStaysBoundedWhateverIsRecorded() throws Exception {
            Journal journal = new Journal(64, FIXED);
            int threads = 8;
            int perThread = 25_000;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        journal.record(call("s", 200));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(journal.recorded()).isEqualTo(200_000);
            assertThat(journal.count(JournalQuery.all())).isEqualTo(64);
            assertThat(journal.dropped()).isEqualTo(200_000 - 64);
            assertThat(ids(journal.find(JournalQuery.all().withLimit(1000))))
                    .containsExactlyElementsOf(LongStream.rangeClosed(200_000 - 63, 200_000)
                            .boxed()
                            .sorted(Comparator.reverseOrder())
                            .toList());
        }

        @Test
        void readersAndClearsRunAlongsideWritersWithoutErrors() throws Exception {
            Journal journal = new Journal(100, FIXED);
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        journal.record(call(i % 2 == 0 ? "a" : "b", 200 + i % 300));
                    }
                }));
            }
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    List<JournalEntry> found = journal.find(JournalQuery.all().withLimit(100));
                    assertThat(found).hasSizeLessThanOrEqualTo(100);
                    assertThat(ids(found)).isSortedAccordingTo(Comparator.reverseOrder());
                    journal.count(JournalQuery.parse(Map.of("status", List.of("4xx"))));
                }
                return null;
            });
            Future<?> clearer = pool.submit(() -> {
                while (writing.get()) {
                    journal.clear();
                }
                return null;
            });
            for (Future<?> w : writers) {
                w.get(30, TimeUnit.SECONDS);
            }
            writing.set(false);
            reader.get(30, TimeUnit.SECONDS);
            clearer.get(30, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(journal.recorded()).isEqualTo(80_000);
            assertThat(journal.count(JournalQuery.all())).isLessThanOrEqualTo(100);
        }
    }
}
