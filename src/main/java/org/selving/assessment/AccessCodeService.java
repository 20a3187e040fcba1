package org.selving.assessment;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        Assessment assessment = assessments.assessment(assessmentId);
        if (assessment.status == AssessmentStatus.CLOSED) {
            throw ProblemException.conflict("The assessment is closed; it needs no more codes.");
        }
        UnitTree units = directory.units(assessment.organizationId);
        if (units.find(request.unitId()).isEmpty()) {
            throw ProblemException.invalid("unitId", "no unit " + request.unitId() + " in this organization");
        }
        CodeBatch batch = new CodeBatch();
        batch.assessmentId = assessmentId;
        batch.unitId = request.unitId();
        batch.quantity = request.count();
        batch.createdAt = Instant.now();
        batch.persist();

        List<String> codes = new ArrayList<>(request.count());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO access_code (batch_id, assessment_id, unit_id, code_hash) VALUES (?, ?, ?, ?)");
                PreparedStatement unspent = connection.prepareStatement(
                        "INSERT INTO unspent_code (access_code_id) SELECT id FROM access_code WHERE batch_id = ?")) {
            for (int i = 0; i < request.count(); i++) {
                String code = AccessCodes.generate(random);
                codes.add(code);
                insert.setLong(1, batch.id);
                insert.setLong(2, assessmentId);
                insert.setLong(3, request.unitId());
                insert.setBytes(4, AccessCodes.hash(code));
                insert.addBatch();
            }
            insert.executeBatch();
            unspent.setLong(1, batch.id);
            unspent.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing access codes failed", e);
        }
        audit.record(Action.ACCESS_CODES_ISSUED, assessmentId, assessment.organizationId,
                request.count() + " codes for unit " + request.unitId());
        return new IssuedCodes(assessmentId, request.unitId(), units.path(request.unitId()), codes);
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM unspent_code WHERE access_code_id = ?")) {
            delete.setLong(1, code.codeId());
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            if (H2_CONCURRENT_UPDATE.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Spending an access code failed", e);
        }
    }
}
