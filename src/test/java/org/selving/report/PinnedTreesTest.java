package org.selving.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.organization.Unit;
import org.selving.organization.UnitNode;
import org.selving.organization.UnitTree;
import org.selving.testing.StoredData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A closed assessment's unit tree is pinned once, by whichever report comes first, even when several
 * (requests, or instances on one database) come at the same moment with trees that differ (a unit
 * renamed meanwhile): all get the tree that was pinned, and it is stored once.
 */
@QuarkusTest
class PinnedTreesTest {

    @Inject
    PinnedTrees pinnedTrees;

    @Inject
    AgroalDataSource dataSource;

    private static UnitTree tree(long organization, long division, long team, String teamName) {
        return UnitTree.of(List.of(unit(division, null, "Division", organization), unit(team, division, teamName,
                organization)));
    }

    private static Unit unit(long id, Long parentId, String name, long organization) {
        Unit unit = new Unit();
        unit.id = id;
        unit.parentId = parentId;
        unit.name = name;
        unit.organizationId = organization;
        return unit;
    }

    private static List<String> names(UnitTree tree) {
        List<String> names = new ArrayList<>();
        for (UnitNode node : tree.nodes()) {
            names.add(node.path());
            node.children().forEach(child -> names.add(child.path()));
        }
        return names;
    }

    @Test
    void manyPinningAtOnceAllGetTheOneTreeThatWasPinned() throws Exception {
        long organization = createOrganization("Pinned at once");
        long division = createUnit(organization, "Division", null);
        long team = createUnit(organization, "Team", division);
        long assessment = createAssessment(organization, "");

        ExecutorService reports = Executors.newFixedThreadPool(6);
        List<List<String>> pinned = new ArrayList<>();
        try {
            List<Future<UnitTree>> trees = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                UnitTree current = tree(organization, division, team, "Team " + i);
                trees.add(reports.submit(() -> pinnedTrees.pinned(assessment, organization, current)));
            }
            for (Future<UnitTree> tree : trees) {
                pinned.add(names(tree.get()));
            }
        } finally {
            reports.shutdown();
        }
        for (List<String> tree : pinned) {
            assertEquals(pinned.get(0), tree);
        }
        assertEquals(2, StoredData.count(dataSource, "SELECT COUNT(*) FROM report_unit WHERE assessment_id = ?", assessment));
        assertEquals(pinned.get(0), names(pinnedTrees.pinned(assessment, organization,
                tree(organization, division, team, "Renamed later"))));
    }
}
