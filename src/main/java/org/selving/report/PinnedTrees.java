package org.selving.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.AssessmentService;
import org.selving.organization.Unit;
import org.selving.organization.UnitNode;
import org.selving.organization.UnitTree;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The unit tree a closed assessment's reports use: the organization's tree as it was at the first
 * report after closing, kept in {@code report_unit}. A unit moved afterwards would otherwise cut the
 * same respondents into other groups, and the difference between the two reports would show a small
 * group's answers. (Until an assessment closes its reports show organization-wide figures only.)
 */
@ApplicationScoped
class PinnedTrees {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AssessmentService assessments;

    /**
     * The pinned tree of the assessment, pinning {@code current} if there is none yet: under the
     * assessment's lock, so that two requests or two instances pinning at once pin one tree, the first.
     */
    UnitTree pinned(long assessmentId, long organizationId, UnitTree current) {
        List<Unit> units = read(assessmentId, organizationId);
        if (!units.isEmpty()) {
            return UnitTree.of(units);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            assessments.lock(assessmentId);
            List<Unit> pinned = read(assessmentId, organizationId);
            if (pinned.isEmpty()) {
                flatten(current.nodes(), null, organizationId, pinned);
                write(assessmentId, pinned);
            }
            return UnitTree.of(pinned);
        });
    }

    private static void flatten(List<UnitNode> nodes, Long parentId, long organizationId, List<Unit> out) {
        for (int position = 0; position < nodes.size(); position++) {
            UnitNode node = nodes.get(position);
            out.add(unit(node.id(), parentId, node.name(), position, organizationId));
            flatten(node.children(), node.id(), organizationId, out);
        }
    }

    private static Unit unit(long id, Long parentId, String name, int position, long organizationId) {
        Unit unit = new Unit();
        unit.id = id;
        unit.parentId = parentId;
        unit.name = name;
        unit.position = position;
        unit.organizationId = organizationId;
        return unit;
    }

    private List<Unit> read(long assessmentId, long organizationId) {
        List<Unit> units = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT unit_id, parent_id, name, position FROM report_unit WHERE assessment_id = ?")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long parent = rows.getLong(2);
                    Long parentId = rows.wasNull() ? null : parent;
                    units.add(unit(rows.getLong(1), parentId, rows.getString(3), rows.getInt(4), organizationId));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the pinned unit tree failed", e);
        }
        return units;
    }

    private void write(long assessmentId, List<Unit> units) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO report_unit (assessment_id, unit_id, parent_id, name, position) VALUES (?, ?, ?, ?, ?)""")) {
            for (Unit unit : units) {
                insert.setLong(1, assessmentId);
                insert.setLong(2, unit.id);
                if (unit.parentId == null) {
                    insert.setNull(3, Types.BIGINT);
                } else {
                    insert.setLong(3, unit.parentId);
                }
                insert.setString(4, unit.name);
                insert.setInt(5, unit.position);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Pinning the unit tree of assessment " + assessmentId + " failed", e);
        }
    }
}
