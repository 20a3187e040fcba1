package org.selving.response;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.AssessmentService;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stored responses, read and written with plain JDBC: ingest must be fast, and reports scan a million
 * rows into primitive arrays rather than managed entities. Every method joins the caller's
 * transaction (the pooled connection is enlisted in it) or runs on its own when there is none.
 */
@ApplicationScoped
public class ResponseStore {

    private static final String INSERT_RESPONSE = """
            INSERT INTO response (assessment_id, unit_id, segment, answers, received_on, session_id)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_COMMENT = """
            INSERT INTO response_comment (id, assessment_id, unit_id, segment, prompt_key, body, session_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    /** Rows of the responses given in live workshop sessions (which open reports leave out). */
    private static final String IN_SESSION = " AND session_id IS NOT NULL";
    private static final String OUTSIDE_SESSIONS = " AND session_id IS NULL";
    /**
     * Comment ids are drawn at random, unpredictably: ids counting up in arrival order, like the
     * responses', would line each comment up with the response it came with. (Two equal draws among a
     * million comments: about one chance in twenty million; that response is then refused, to be sent
     * again, never mixed up.) It has a price on H2, whose commits rewrite every index page they touch:
     * with a comment in every response, ingest with codes went from about 3,300 to 2,150 responses/s.
     */
    private static final SecureRandom COMMENT_IDS = new SecureRandom();

    /** Responses per packed block: about 700 KB of answers for 41 items. */
    static final int BLOCK = 16_384;
    private static final String BLOCKS = """
            SELECT responses, unit_ids, segments, answers FROM response_block WHERE assessment_id = ? ORDER BY block_no""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AssessmentService assessments;

    /** Inserts the responses and their comments, in the caller's transaction. */
    public void insert(List<StoredResponse> responses) {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, responses);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing responses failed", e);
        }
    }

    /**
     * Inserts the responses and their comments on this connection, in its transaction. The responses
     * go in in a random order, and their comments in another: responses stored together (a batch of
     * concurrent answers, an imported file) share a transaction, and their rows' order in the tables
     * must not pair a comment with its response, nor follow arrival or the file's lines. (A live
     * session's room sees its answers in the order of their ids: a batch's shuffled order is still one
     * order, fixed once stored, after every answer stored before; see {@link ResponseWriter}.)
     */
    void insert(Connection connection, List<StoredResponse> responses) throws SQLException {
        List<StoredResponse> shuffled = new ArrayList<>(responses);
        Collections.shuffle(shuffled, COMMENT_IDS);
        List<StoredResponse.Comment> comments = new ArrayList<>();
        List<StoredResponse> commented = new ArrayList<>();
        try (PreparedStatement insertResponse = connection.prepareStatement(INSERT_RESPONSE)) {
            for (StoredResponse response : shuffled) {
                insertResponse.setLong(1, response.assessmentId());
                insertResponse.setLong(2, response.unitId());
                setSegment(insertResponse, 3, response.segment());
                insertResponse.setBytes(4, response.answers());
                insertResponse.setDate(5, Date.valueOf(response.receivedOn()));
                setSession(insertResponse, 6, response.sessionId());
                insertResponse.addBatch();
                for (StoredResponse.Comment comment : response.comments()) {
                    comments.add(comment);
                    commented.add(response);
                }
            }
            insertResponse.executeBatch();
        }
        if (comments.isEmpty()) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < comments.size(); c++) {
            order.add(c);
        }
        Collections.shuffle(order, COMMENT_IDS);
        try (PreparedStatement insertComment = connection.prepareStatement(INSERT_COMMENT)) {
            for (int c : order) {
                StoredResponse response = commented.get(c);
                insertComment.setLong(1, COMMENT_IDS.nextLong() & Long.MAX_VALUE);
                insertComment.setLong(2, response.assessmentId());
                insertComment.setLong(3, response.unitId());
                setSegment(insertComment, 4, response.segment());
                insertComment.setString(5, comments.get(c).promptKey());
                insertComment.setString(6, comments.get(c).body());
                setSession(insertComment, 7, response.sessionId());
                insertComment.addBatch();
            }
            insertComment.executeBatch();
        }
    }

    /**
     * Every response of an assessment, in arrival order.
     *
     * @param items the number of items of the assessment's pinned instrument
     */
    public ResponseMatrix scan(long assessmentId, int items) {
        return scanRows("assessment_id", assessmentId, items, " ORDER BY id", Map.of());
    }

    /**
     * The responses of an assessment given outside live workshop sessions, in arrival order: what an
     * open assessment's report is computed on (a session's room follows its own answers in its own
     * steps; both sets of steps over the same responses could be set against each other).
     */
    public ResponseMatrix scanOutsideSessions(long assessmentId, int items) {
        return scanRows("assessment_id", assessmentId, items, OUTSIDE_SESSIONS + " ORDER BY id", Map.of());
    }

    /** The responses of one live workshop session, in the order its room saw them arrive. */
    public ResponseMatrix scanSession(long sessionId, int items) {
        return scanRows("session_id", sessionId, items, " ORDER BY id", Map.of());
    }

    /** Every live workshop session's responses of the assessment, their segments in order of arrival. */
    public List<RoomOrder> roomOrders(long assessmentId) {
        List<RoomOrder> rooms = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT session_id, unit_id, segment"
                        + " FROM response WHERE assessment_id = ?" + IN_SESSION + " ORDER BY session_id, id")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                long session = -1;
                long unit = -1;
                java.io.ByteArrayOutputStream segments = new java.io.ByteArrayOutputStream();
                while (rows.next()) {
                    if (rows.getLong(1) != session && session >= 0) {
                        rooms.add(new RoomOrder(session, unit, segments.toByteArray()));
                        segments.reset();
                    }
                    session = rows.getLong(1);
                    unit = rows.getLong(2);
                    segments.write(rows.getInt(3));
                }
                if (session >= 0) {
                    rooms.add(new RoomOrder(session, unit, segments.toByteArray()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading live sessions' responses failed", e);
        }
        return rooms;
    }

    /**
     * Every response of a closed assessment, from its packed blocks ({@code response_block}), ordered
     * by unit, segment and answers: nothing there follows arrival order. Reading rows costs about a
     * microsecond each in H2, a few seconds for a million; the blocks are read in a fraction of that.
     * They are written from the rows the first time, and again whenever they no longer hold as many
     * responses as the assessment has, in a transaction of their own under the assessment's lock.
     *
     * @param items the number of items of the assessment's pinned instrument
     */
    public ResponseMatrix scanClosed(long assessmentId, int items) {
        return scanClosed(assessmentId, items, Map.of());
    }

    /**
     * As {@link #scanClosed(long, int)}, with the segments of live workshop sessions' responses as the
     * report counts them.
     *
     * @param roomSegments per live session whose room was shown figures, the segments it was shown: its
     *                     responses' other segments read as not given (see {@code org.selving.report.RoomBlocks})
     */
    public ResponseMatrix scanClosed(long assessmentId, int items, Map<Long, boolean[]> roomSegments) {
        ResponseMatrix blocks = readBlocks(assessmentId, items, count(assessmentId));
        return blocks != null ? blocks : seal(assessmentId, items, roomSegments);
    }

    /** Receives stored responses one at a time. */
    @FunctionalInterface
    public interface ResponseRow {
        void accept(long unitId, int segment, byte[] answers) throws IOException;
    }

    /**
     * Passes every response of a closed assessment to {@code row}, in the order of
     * {@link #scanClosed}, one packed block at a time: a million responses never sit in memory
     * together (beyond the one time the blocks are written).
     */
    public void forEachClosed(long assessmentId, int items, Map<Long, boolean[]> roomSegments, ResponseRow row)
            throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(BLOCKS)) {
            if (blockTotal(connection, assessmentId) != count(assessmentId)) {
                seal(assessmentId, items, roomSegments);
            }
            select.setLong(1, assessmentId);
            try (ResultSet blocks = select.executeQuery()) {
                while (blocks.next()) {
                    int responses = blocks.getInt(1);
                    LongBuffer units = ByteBuffer.wrap(blocks.getBytes(2)).asLongBuffer();
                    byte[] segments = blocks.getBytes(3);
                    byte[] answers = blocks.getBytes(4);
                    for (int r = 0; r < responses; r++) {
                        row.accept(units.get(r), segments[r], Arrays.copyOfRange(answers, r * items, (r + 1) * items));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading response blocks failed", e);
        }
    }

    /**
     * Writes the blocks from the rows, under the assessment's lock, unless whoever held it before (another
     * request, another instance) has just written them: two never write the same blocks at once.
     */
    private ResponseMatrix seal(long assessmentId, int items, Map<Long, boolean[]> roomSegments) {
        return QuarkusTransaction.requiringNew().call(() -> {
            assessments.lock(assessmentId);
            ResponseMatrix written = readBlocks(assessmentId, items, count(assessmentId));
            if (written != null) {
                return written;
            }
            ResponseMatrix sorted = byContent(scanRows("assessment_id", assessmentId, items, "", roomSegments));
            writeBlocks(assessmentId, sorted);
            return sorted;
        });
    }

    /** The responses ordered by unit, segment and answers. */
    private static ResponseMatrix byContent(ResponseMatrix rows) {
        int items = rows.items();
        long[] units = rows.unitIds();
        byte[] segments = rows.segments();
        byte[] answers = rows.answers();
        Integer[] order = new Integer[rows.respondents()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> units[a] != units[b] ? Long.compare(units[a], units[b])
                : segments[a] != segments[b] ? Byte.compare(segments[a], segments[b])
                : Arrays.compare(answers, a * items, (a + 1) * items, answers, b * items, (b + 1) * items));
        long[] sortedUnits = new long[order.length];
        byte[] sortedSegments = new byte[order.length];
        byte[] sortedAnswers = new byte[answers.length];
        for (int r = 0; r < order.length; r++) {
            sortedUnits[r] = units[order[r]];
            sortedSegments[r] = segments[order[r]];
            System.arraycopy(answers, order[r] * items, sortedAnswers, r * items, items);
        }
        return new ResponseMatrix(items, sortedUnits, sortedSegments, sortedAnswers);
    }

    /**
     * The responses whose {@code column} is {@code id}, then {@code filterAndOrder}; a live session's
     * response in a segment that {@code roomSegments} does not show for its session reads as not given.
     */
    private ResponseMatrix scanRows(String column, long id, int items, String filterAndOrder,
            Map<Long, boolean[]> roomSegments) {
        int capacity = column.equals("assessment_id") ? Math.max(16, (int) count(id)) : 64;
        long[] units = new long[capacity];
        byte[] segments = new byte[capacity];
        byte[] answers = new byte[capacity * items];
        int n = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT unit_id, segment, answers, session_id FROM response WHERE " + column + " = ?"
                                + filterAndOrder)) {
            select.setLong(1, id);
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (n == units.length) {
                        units = Arrays.copyOf(units, n * 2);
                        segments = Arrays.copyOf(segments, n * 2);
                        answers = Arrays.copyOf(answers, n * 2 * items);
                    }
                    byte[] packed = rows.getBytes(3);
                    if (packed.length != items) {
                        throw new IllegalStateException("A response of " + column + " " + id + " has "
                                + packed.length + " items, not " + items);
                    }
                    units[n] = rows.getLong(1);
                    int segment = rows.getInt(2);
                    boolean[] roomShows = roomSegments.get(rows.getLong(4));
                    segments[n] = (byte) (roomShows != null && !roomShows[segment] ? 0 : segment);
                    System.arraycopy(packed, 0, answers, n * items, items);
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading responses failed", e);
        }
        return n == units.length ? new ResponseMatrix(items, units, segments, answers)
                : new ResponseMatrix(items, Arrays.copyOf(units, n), Arrays.copyOf(segments, n),
                        Arrays.copyOf(answers, n * items));
    }

    /** The blocks' responses, or null when they are missing or do not hold {@code count} responses. */
    private ResponseMatrix readBlocks(long assessmentId, int items, long count) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(BLOCKS)) {
            select.setLong(1, assessmentId);
            if (blockTotal(connection, assessmentId) != count || count == 0) {
                return null;
            }
            int n = Math.toIntExact(count);
            long[] units = new long[n];
            byte[] segments = new byte[n];
            byte[] answers = new byte[Math.multiplyExact(n, items)];
            int at = 0;
            try (ResultSet blocks = select.executeQuery()) {
                while (blocks.next()) {
                    int responses = blocks.getInt(1);
                    byte[] packedAnswers = blocks.getBytes(4);
                    if (packedAnswers.length != responses * items) {
                        return null;
                    }
                    ByteBuffer.wrap(blocks.getBytes(2)).asLongBuffer().get(units, at, responses);
                    System.arraycopy(blocks.getBytes(3), 0, segments, at, responses);
                    System.arraycopy(packedAnswers, 0, answers, at * items, responses * items);
                    at += responses;
                }
            }
            return new ResponseMatrix(items, units, segments, answers);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading response blocks failed", e);
        }
    }

    private static long blockTotal(Connection connection, long assessmentId) throws SQLException {
        try (PreparedStatement total = connection.prepareStatement(
                "SELECT COALESCE(SUM(responses), -1) FROM response_block WHERE assessment_id = ?")) {
            total.setLong(1, assessmentId);
            try (ResultSet row = total.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void writeBlocks(long assessmentId, ResponseMatrix matrix) {
        int items = matrix.items();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM response_block WHERE assessment_id = ?");
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO response_block (assessment_id, block_no, responses, unit_ids, segments, answers)
                        VALUES (?, ?, ?, ?, ?, ?)""")) {
            delete.setLong(1, assessmentId);
            delete.executeUpdate();
            for (int from = 0, block = 0; from < matrix.respondents(); from += BLOCK, block++) {
                int responses = Math.min(BLOCK, matrix.respondents() - from);
                ByteBuffer units = ByteBuffer.allocate(responses * Long.BYTES);
                units.asLongBuffer().put(matrix.unitIds(), from, responses);
                insert.setLong(1, assessmentId);
                insert.setInt(2, block);
                insert.setInt(3, responses);
                insert.setBytes(4, units.array());
                insert.setBytes(5, Arrays.copyOfRange(matrix.segments(), from, from + responses));
                insert.setBytes(6, Arrays.copyOfRange(matrix.answers(), from * items, (from + responses) * items));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing response blocks failed", e);
        }
    }

    /**
     * The comments of an assessment, ordered by prompt and text: never in arrival order, which could
     * line a comment up with the response it came with.
     */
    public List<ResponseComment> comments(long assessmentId) {
        return comments("assessment_id", assessmentId, "");
    }

    /** The comments of an assessment written outside live workshop sessions, ordered as {@link #comments}. */
    public List<ResponseComment> commentsOutsideSessions(long assessmentId) {
        return comments("assessment_id", assessmentId, OUTSIDE_SESSIONS);
    }

    /** The comments written in one live workshop session, ordered as {@link #comments}. */
    public List<ResponseComment> sessionComments(long sessionId) {
        return comments("session_id", sessionId, "");
    }

    private List<ResponseComment> comments(String column, long id, String filter) {
        List<ResponseComment> comments = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT unit_id, segment, prompt_key, body"
                        + " FROM response_comment WHERE " + column + " = ?" + filter + " ORDER BY prompt_key, body")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    comments.add(new ResponseComment(rows.getLong(1), rows.getInt(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading comments failed", e);
        }
        return comments;
    }

    public long count(long assessmentId) {
        return count(assessmentId, "");
    }

    /** The responses of an assessment given outside live workshop sessions (see {@link #scanOutsideSessions}). */
    public long countOutsideSessions(long assessmentId) {
        return count(assessmentId, OUTSIDE_SESSIONS);
    }

    private long count(long assessmentId, String filter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM response WHERE assessment_id = ?" + filter)) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting responses failed", e);
        }
    }

    private static void setSession(PreparedStatement statement, int index, Long sessionId) throws SQLException {
        if (sessionId == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, sessionId);
        }
    }

    private static void setSegment(PreparedStatement statement, int index, int segment) throws SQLException {
        if (segment == 0) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, (short) segment);
        }
    }
}
