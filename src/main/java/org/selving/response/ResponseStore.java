package org.selving.response;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Stored responses, read and written with plain JDBC: ingest must be fast, and reports scan a million
 * rows into primitive arrays rather than managed entities. Every method joins the caller's
 * transaction (the pooled connection is enlisted in it) or runs on its own when there is none.
 */
@ApplicationScoped
public class ResponseStore {

    private static final String INSERT_RESPONSE = """
            INSERT INTO response (assessment_id, unit_id, segment, answers, received_on) VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_COMMENT = """
            INSERT INTO response_comment (assessment_id, unit_id, segment, prompt_key, body) VALUES (?, ?, ?, ?, ?)""";

    @Inject
    AgroalDataSource dataSource;

    /** Inserts the responses and their comments, in the caller's transaction. */
    public void insert(List<StoredResponse> responses) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insertResponse = connection.prepareStatement(INSERT_RESPONSE);
                PreparedStatement insertComment = connection.prepareStatement(INSERT_COMMENT)) {
            boolean comments = false;
            for (StoredResponse response : responses) {
                insertResponse.setLong(1, response.assessmentId());
                insertResponse.setLong(2, response.unitId());
                setSegment(insertResponse, 3, response.segment());
                insertResponse.setBytes(4, response.answers());
                insertResponse.setDate(5, Date.valueOf(response.receivedOn()));
                insertResponse.addBatch();
                for (StoredResponse.Comment comment : response.comments()) {
                    insertComment.setLong(1, response.assessmentId());
                    insertComment.setLong(2, response.unitId());
                    setSegment(insertComment, 3, response.segment());
                    insertComment.setString(4, comment.promptKey());
                    insertComment.setString(5, comment.body());
                    insertComment.addBatch();
                    comments = true;
                }
            }
            insertResponse.executeBatch();
            if (comments) {
                insertComment.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing responses failed", e);
        }
    }

    /**
     * Every response of an assessment, in arrival order.
     *
     * @param items the number of items of the assessment's pinned instrument
     */
    public ResponseMatrix scan(long assessmentId, int items) {
        int capacity = Math.max(16, (int) count(assessmentId));
        long[] units = new long[capacity];
        byte[] segments = new byte[capacity];
        byte[] answers = new byte[capacity * items];
        int n = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT unit_id, segment, answers FROM response WHERE assessment_id = ? ORDER BY id")) {
            select.setLong(1, assessmentId);
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
                        throw new IllegalStateException("Assessment " + assessmentId + " has a response of "
                                + packed.length + " items, not " + items);
                    }
                    units[n] = rows.getLong(1);
                    segments[n] = (byte) rows.getInt(2);
                    System.arraycopy(packed, 0, answers, n * items, items);
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading responses failed", e);
        }
        return new ResponseMatrix(items, Arrays.copyOf(units, n), Arrays.copyOf(segments, n),
                Arrays.copyOf(answers, n * items));
    }

    /** Receives stored responses one at a time. */
    @FunctionalInterface
    public interface ResponseRow {
        void accept(long unitId, int segment, byte[] answers) throws IOException;
    }

    /**
     * Passes every response of an assessment to {@code row} without holding them in memory (the
     * database spills a large sorted result to disk), ordered by unit, segment and answers: never
     * in arrival order, which could tell who answered first.
     */
    public void forEach(long assessmentId, ResponseRow row) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT unit_id, segment, answers FROM response WHERE assessment_id = ?
                        ORDER BY unit_id, segment, answers""")) {
            select.setLong(1, assessmentId);
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows.getLong(1), rows.getInt(2), rows.getBytes(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading responses failed", e);
        }
    }

    /**
     * The comments of an assessment, ordered by prompt and text: never in arrival order, which could
     * line a comment up with the response it came with.
     */
    public List<ResponseComment> comments(long assessmentId) {
        List<ResponseComment> comments = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT unit_id, segment, prompt_key, body FROM response_comment
                        WHERE assessment_id = ? ORDER BY prompt_key, body""")) {
            select.setLong(1, assessmentId);
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM response WHERE assessment_id = ?")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting responses failed", e);
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
