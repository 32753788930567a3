package nl.vhkgateway.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import nl.vhkgateway.testsupport.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcSubmissionNumberAllocatorIT {

    private DataSource dataSource;
    private JdbcSubmissionNumberAllocator allocator;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestDatabase.fresh("submission_numbers");
        allocator = new JdbcSubmissionNumberAllocator(dataSource);
    }

    @Test
    void numbersStartAtOnePerYearAndCountUp() {
        assertEquals("VHT-2026-0001", allocator.next(2026).format());
        assertEquals("VHT-2026-0002", allocator.next(2026).format());
        assertEquals("VHT-2027-0001", allocator.next(2027).format());
        assertEquals("VHT-2026-0003", allocator.next(2026).format());
    }

    @Test
    void parallelAllocationsNeverRepeatANumberAndLeaveNoGaps() throws Exception {
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<SubmissionNumber> allocated = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<Void> work = () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    // two years interleaved: each year's row is contended on its own
                    allocated.add(allocator.next(i % 2 == 0 ? 2026 : 2027));
                }
                return null;
            };
            futures.add(pool.submit(work));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        for (int year : List.of(2026, 2027)) {
            List<Integer> sequences = allocated.stream().filter(n -> n.year() == year)
                    .map(SubmissionNumber::sequence).toList();
            Set<Integer> distinct = new TreeSet<>(sequences);
            assertEquals(sequences.size(), distinct.size(), "a number was handed out twice in " + year);
            assertEquals(IntStream.rangeClosed(1, threads * perThread / 2).boxed().collect(Collectors.toSet()),
                    distinct, "numbers of " + year + " are 1..n without gaps");
        }
    }

    @Test
    void aRolledBackAllocationInTheCallersTransactionReturnsTheNumber() throws Exception {
        allocator.next(2026);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertEquals(2, allocator.next(connection, 2026).sequence());
            connection.rollback();
        }
        assertEquals(2, allocator.next(2026).sequence());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertEquals(3, allocator.next(connection, 2026).sequence());
            connection.commit();
        }
        assertEquals(4, allocator.next(2026).sequence());
    }

    @Test
    void anImpossibleYearIsRefusedBeforeTouchingTheDatabase() {
        assertThrows(IllegalArgumentException.class, () -> allocator.next(1999));
        assertEquals(1, allocator.next(2026).sequence());
    }
}
