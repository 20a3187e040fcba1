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
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;

/**
 * Single-use access codes: issued in batches per unit, stored only as hashes, spent by flipping
 * {@code used} and nothing else, so no record says which response a code produced.
 */
@ApplicationScoped
public class AccessCodeService {

    public static final int MAX_BATCH = 10_000;

    private final SecureRandom random = new SecureRandom();

    @Inject
    AssessmentService assessments;

    @Inject
    OrganizationDirectory directory;

    @Inject
    AgroalDataSource dataSource;

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
                        "INSERT INTO access_code (batch_id, assessment_id, unit_id, code_hash) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < request.count(); i++) {
                String code = AccessCodes.generate(random);
                codes.add(code);
                insert.setLong(1, batch.id);
                insert.setLong(2, assessmentId);
                insert.setLong(3, request.unitId());
                insert.setString(4, AccessCodes.hash(code));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing access codes failed", e);
        }
        return new IssuedCodes(assessmentId, request.unitId(), units.path(request.unitId()), codes);
    }

    /** Per unit: how many codes were issued and how many used. */
    public List<CodeCount> counts(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        UnitTree units = directory.units(assessment.organizationId);
        List<CodeCount> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT unit_id, COUNT(*), SUM(CASE WHEN used THEN 1 ELSE 0 END) FROM access_code
                        WHERE assessment_id = ? GROUP BY unit_id ORDER BY unit_id""")) {
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
                        "SELECT assessment_id, unit_id, used FROM access_code WHERE code_hash = ?")) {
            select.setString(1, AccessCodes.hash(typedCode));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new CodeHolder(row.getLong(1), row.getLong(2), row.getBoolean(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up an access code failed", e);
        }
    }

    /**
     * Marks the code used, in the caller's transaction (the one storing the response).
     *
     * @return false when it was already used (a concurrent submission won)
     */
    public boolean spend(String typedCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE access_code SET used = TRUE WHERE code_hash = ? AND used = FALSE")) {
            update.setString(1, AccessCodes.hash(typedCode));
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Spending an access code failed", e);
        }
    }
}
