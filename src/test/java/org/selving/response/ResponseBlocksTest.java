package org.selving.response;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.testing.StoredData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A closed assessment's responses read from packed blocks are exactly its stored rows, in an order
 * that owes nothing to arrival, stay right when a late response slips in after they were packed, and
 * are written once when many read them at once.
 */
@QuarkusTest
class ResponseBlocksTest {

    private static final int ITEMS = 3;

    @Inject
    ResponseStore store;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void blocksHoldEveryResponseOrderedByUnitSegmentAndAnswers() throws IOException {
        long org = createOrganization("Blocks");
        long first = createUnit(org, "First", null);
        long second = createUnit(org, "Second", null);
        long assessment = createAssessment(org, "");
        Random random = new Random(3);
        List<StoredResponse> responses = new ArrayList<>();
        // more than one block, arriving in no particular order of unit
        for (int r = 0; r < ResponseStore.BLOCK + 100; r++) {
            byte[] answers = {(byte) (1 + random.nextInt(5)), (byte) random.nextInt(6), (byte) (1 + random.nextInt(5))};
            responses.add(new StoredResponse(assessment, random.nextBoolean() ? second : first, random.nextInt(3), answers,
                    LocalDate.now(), List.of()));
        }
        QuarkusTransaction.requiringNew().run(() -> store.insert(responses));

        ResponseMatrix rows = store.scan(assessment, ITEMS);
        ResponseMatrix packed = store.scanClosed(assessment, ITEMS);
        assertEquals(2, StoredData.count(dataSource, "SELECT COUNT(*) FROM response_block WHERE assessment_id = ?",
                assessment));
        assertEquals(sortedRows(rows), rowsOf(packed));
        assertEquals(rowsOf(packed), sortedRows(packed), "ordered by unit, segment and answers");
        assertEquals(rowsOf(packed), rowsOf(store.scanClosed(assessment, ITEMS)), "read back from the blocks");

        List<String> streamed = new ArrayList<>();
        store.forEachClosed(assessment, ITEMS, java.util.Map.of(), (unit, segment, answers) -> streamed.add(row(unit, segment, answers)));
        assertEquals(rowsOf(packed), streamed);

        // a response that arrives after the blocks were written (a submission racing the closing)
        byte[] late = {5, 5, 5};
        QuarkusTransaction.requiringNew().run(() -> store.insert(List.of(new StoredResponse(assessment, first, 1, late,
                LocalDate.now(), List.of()))));
        ResponseMatrix repacked = store.scanClosed(assessment, ITEMS);
        assertEquals(rows.respondents() + 1, repacked.respondents());
        assertEquals(sortedRows(store.scan(assessment, ITEMS)), rowsOf(repacked));
        assertArrayEquals(new long[] {first}, java.util.Arrays.copyOf(repacked.unitIds(), 1));
    }

    /**
     * Reports read at the same moment by several requests, or by two instances on one database, each find
     * the blocks missing: one writes them, the others wait for it and read them, and all get the same.
     */
    @Test
    void blocksWrittenByManyAtOnceAreWrittenOnce() throws Exception {
        long org = createOrganization("Blocks at once");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "");
        Random random = new Random(5);
        List<StoredResponse> responses = new ArrayList<>();
        for (int r = 0; r < ResponseStore.BLOCK + 10; r++) {
            responses.add(new StoredResponse(assessment, team, 0, new byte[] {(byte) (1 + random.nextInt(5)), 1, 2},
                    LocalDate.now(), List.of()));
        }
        QuarkusTransaction.requiringNew().run(() -> store.insert(responses));
        List<String> expected = sortedRows(store.scan(assessment, ITEMS));

        ExecutorService readers = Executors.newFixedThreadPool(6);
        try {
            List<Future<ResponseMatrix>> reads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                reads.add(readers.submit(() -> store.scanClosed(assessment, ITEMS)));
            }
            for (Future<ResponseMatrix> read : reads) {
                assertEquals(expected, rowsOf(read.get()));
            }
        } finally {
            readers.shutdown();
        }
        assertEquals(2, StoredData.count(dataSource, "SELECT COUNT(*) FROM response_block WHERE assessment_id = ?",
                assessment));
        assertEquals(expected, rowsOf(store.scanClosed(assessment, ITEMS)));
    }

    private static String row(long unit, int segment, byte[] answers) {
        return String.format("%010d %d %s", unit, segment, java.util.Arrays.toString(answers));
    }

    private static List<String> rowsOf(ResponseMatrix matrix) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < matrix.respondents(); r++) {
            rows.add(row(matrix.unitIds()[r], matrix.segments()[r],
                    java.util.Arrays.copyOfRange(matrix.answers(), r * ITEMS, (r + 1) * ITEMS)));
        }
        return rows;
    }

    private static List<String> sortedRows(ResponseMatrix matrix) {
        List<String> rows = rowsOf(matrix);
        rows.sort(Comparator.naturalOrder());
        return rows;
    }
}
