package org.selving.assessment;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.selving.organization.OrganizationDirectory;
import org.selving.organization.UnitTree;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;

/**
 * Single-use access codes: issued in batches per unit, stored only as hashes (access_code, never
 * changed) with a row each in unspent_code; spending a code deletes that row. Nothing is written about
 * a spent code, so no row says which response it produced, not even through the transaction it was
 * spent in (see V5__unspent_codes.sql).
 */
@ApplicationScoped
public class AccessCodeService {

    public static final int MAX_BATCH = 10_000;

    /** SQLSTATE of H2 when a concurrent transaction deleted the same row first (PostgreSQL finds no row). */
    private static final String H2_CONCURRENT_UPDATE = "90131";

    private final SecureRandom random = new SecureRandom();

    @Inject
    AssessmentService assessments;

    @Inject
    OrganizationDirectory directory;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    /** Generates a batch for one unit; the plain codes are returned here and never again. */
    @Transactional
    public IssuedCodes issue(long assessmentId, CodeRequest request) {
        Assessment assessment = issuable(assessmentId);
        UnitTree units = directory.units(assessment.organizationId);
        if (units.find(request.unitId()).isEmpty()) {
            throw ProblemException.invalid("unitId", "no unit " + request.unitId() + " in this organization");
        }
        List<String> codes = insertBatch(assessment, request.unitId(), request.count(), false).stream()
                .map(IssuedCode::code).toList();
        return new IssuedCodes(assessmentId, request.unitId(), units.path(request.unitId()), codes);
    }

    /** A code and the stored row it is, for the one who must keep track of who holds it (e-mail invitations). */
    public record IssuedCode(long codeId, String code) {
    }

    /**
     * One code for each of the units given (a unit once per person), in the caller's transaction, in
     * batches marked as invitations: they count as invited people. The units must be the assessment's
     * organization's (the caller checked them against its tree).
     *
     * @return the codes in the order of {@code unitIds}
     */
    @Transactional
    public List<IssuedCode> issueInvitations(long assessmentId, List<Long> unitIds) {
        Assessment assessment = issuable(assessmentId);
        Map<Long, Integer> perUnit = new LinkedHashMap<>();
        unitIds.forEach(unit -> perUnit.merge(unit, 1, Integer::sum));
        Map<Long, Iterator<IssuedCode>> byUnit = new HashMap<>();
        perUnit.forEach((unit, count) -> byUnit.put(unit, insertBatch(assessment, unit, count, true).iterator()));
        return unitIds.stream().map(unit -> byUnit.get(unit).next()).toList();
    }

    private Assessment issuable(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        if (assessment.status == AssessmentStatus.CLOSED) {
            throw ProblemException.conflict("The assessment is closed; it needs no more codes.");
        }
        return assessment;
    }

    private List<IssuedCode> insertBatch(Assessment assessment, long unitId, int count, boolean invitations) {
        CodeBatch batch = new CodeBatch();
        batch.assessmentId = assessment.id;
        batch.unitId = unitId;
        batch.quantity = count;
        batch.invitations = invitations;
        batch.createdAt = Instant.now();
        batch.persist();
        batch.flush();

        Map<ByteBuffer, String> codes = new LinkedHashMap<>();
        List<IssuedCode> issued = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO access_code (batch_id, assessment_id, unit_id, code_hash) VALUES (?, ?, ?, ?)");
                PreparedStatement unspent = connection.prepareStatement(
                        "INSERT INTO unspent_code (access_code_id) SELECT id FROM access_code WHERE batch_id = ?");
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code_hash FROM access_code WHERE batch_id = ?")) {
            for (int i = 0; i < count; i++) {
                String code = AccessCodes.generate(random);
                byte[] hash = AccessCodes.hash(code);
                codes.put(ByteBuffer.wrap(hash), code);
                insert.setLong(1, batch.id);
                insert.setLong(2, assessment.id);
                insert.setLong(3, unitId);
                insert.setBytes(4, hash);
                insert.addBatch();
            }
            insert.executeBatch();
            unspent.setLong(1, batch.id);
            unspent.executeUpdate();
            select.setLong(1, batch.id);
            Map<ByteBuffer, Long> ids = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(ByteBuffer.wrap(rows.getBytes(2)), rows.getLong(1));
                }
            }
            codes.forEach((hash, code) -> issued.add(new IssuedCode(ids.get(hash), code)));
        } catch (SQLException e) {
            throw new IllegalStateException("Storing access codes failed", e);
        }
        audit.record(Action.ACCESS_CODES_ISSUED, assessment.id, assessment.organizationId,
                count + " codes for unit " + unitId + (invitations ? ", invitations by e-mail" : ""));
        return issued;
    }

    /** Per unit: how many codes were issued and how many used. */
    public List<CodeCount> counts(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        UnitTree units = directory.units(assessment.organizationId);
        List<CodeCount> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT c.unit_id, COUNT(*), COUNT(*) - COUNT(u.access_code_id)
                        FROM access_code c LEFT JOIN unspent_code u ON u.access_code_id = c.id
                        WHERE c.assessment_id = ? GROUP BY c.unit_id ORDER BY c.unit_id""")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long unitId = rows.getLong(1);
                    counts.add(new CodeCount(unitId, units.path(unitId), rows.getLong(2), rows.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting access codes failed", e);
        }
        return counts;
    }

    /** What a typed code gives access to, if it is a code at all. */
    public Optional<CodeHolder> find(String typedCode) {
        if (!AccessCodes.isWellFormed(typedCode)) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        """
                        SELECT c.id, c.assessment_id, c.unit_id, u.access_code_id IS NULL
                        FROM access_code c LEFT JOIN unspent_code u ON u.access_code_id = c.id
                        WHERE c.code_hash = ?""")) {
            select.setBytes(1, AccessCodes.hash(typedCode));
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new CodeHolder(row.getLong(1), row.getLong(2), row.getLong(3), row.getBoolean(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up an access code failed", e);
        }
    }

    /**
     * Spends the code in the caller's transaction (the one storing the response) by deleting its
     * unspent row: a concurrent spender of the same code waits for that transaction and then finds
     * nothing to delete, so a code is spent once, and only if the response is stored with it.
     *
     * @return false when it was already spent, possibly by a concurrent submission
     */
    public boolean spend(CodeHolder code) {
        try (Connection connection = dataSource.getConnection()) {
            return spend(connection, List.of(code))[0];
        } catch (SQLException e) {
            if (spentConcurrently(e)) {
                return false;
            }
            throw new IllegalStateException("Spending an access code failed", e);
        }
    }

    /**
     * Spends the codes on this connection, in its transaction (the one storing their responses), by
     * deleting their unspent rows, in the order of their ids: two transactions spending overlapping codes
     * then take their row locks in one order and never deadlock.
     *
     * @return for each code, in the order given, false when it was already spent (also earlier in this list)
     * @throws SQLException with SQLSTATE {@value #H2_CONCURRENT_UPDATE} on H2 when another transaction
     *                      spent one at the same moment (PostgreSQL waits for it and finds nothing to delete)
     */
    public boolean[] spend(Connection connection, List<CodeHolder> codes) throws SQLException {
        Integer[] byId = new Integer[codes.size()];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        java.util.Arrays.sort(byId, (a, b) -> Long.compare(codes.get(a).codeId(), codes.get(b).codeId()));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM unspent_code WHERE access_code_id = ?")) {
            for (int i : byId) {
                delete.setLong(1, codes.get(i).codeId());
                delete.addBatch();
            }
            int[] counts = delete.executeBatch();
            boolean[] spent = new boolean[codes.size()];
            for (int k = 0; k < byId.length; k++) {
                spent[byId[k]] = counts[k] == 1;
            }
            return spent;
        }
    }

    /** Whether spending failed because another transaction spent one of the codes at the same moment (H2). */
    public static boolean spentConcurrently(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (H2_CONCURRENT_UPDATE.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
