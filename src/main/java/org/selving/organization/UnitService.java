package org.selving.organization;

import java.util.Locale;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.selving.web.ProblemException;

/** Changes to an organization's unit tree, keeping it a tree with unambiguous paths. */
@ApplicationScoped
public class UnitService {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager em;

    @Transactional
    public Unit create(long organizationId, UnitRequest request) {
        UnitTree tree = directory.units(organizationId);
        String name = request.name().strip();
        checkParent(tree, request.parentId(), organizationId);
        checkSiblingName(tree, request.parentId(), name, null);
        Unit unit = new Unit();
        unit.organizationId = organizationId;
        unit.parentId = request.parentId();
        unit.name = name;
        unit.position = nextPosition(tree, request.parentId());
        unit.persist();
        return unit;
    }

    /** Renames the unit and, when the parent changes, moves it with everything below it. */
    @Transactional
    public Unit update(long organizationId, long unitId, UnitRequest request) {
        UnitTree tree = directory.units(organizationId);
        Unit unit = directory.unit(organizationId, unitId);
        String name = request.name().strip();
        Long parentId = request.parentId();
        checkParent(tree, parentId, organizationId);
        if (parentId != null && tree.isWithin(parentId, unitId)) {
            throw ProblemException.conflict("parentId",
                    "Unit " + unitId + " cannot move under itself or one of its own sub-units.");
        }
        checkSiblingName(tree, parentId, name, unitId);
        if (!Objects.equals(unit.parentId, parentId)) {
            unit.position = nextPosition(tree, parentId);
            unit.parentId = parentId;
        }
        unit.name = name;
        return unit;
    }

    /** Deletes a unit nobody has answered for or been given a code for, and that has no sub-units. */
    @Transactional
    public void delete(long organizationId, long unitId) {
        UnitTree tree = directory.units(organizationId);
        Unit unit = directory.unit(organizationId, unitId);
        if (!tree.children(unitId).isEmpty()) {
            throw ProblemException.conflict("Unit '" + tree.path(unitId)
                    + "' has sub-units; move or delete them first.");
        }
        Number references = (Number) em.createNativeQuery("""
                SELECT (SELECT COUNT(*) FROM response WHERE unit_id = :unit)
                     + (SELECT COUNT(*) FROM response_comment WHERE unit_id = :unit)
                     + (SELECT COUNT(*) FROM code_batch WHERE unit_id = :unit)""")
                .setParameter("unit", unitId)
                .getSingleResult();
        if (references.longValue() > 0) {
            throw ProblemException.conflict("Unit '" + tree.path(unitId)
                    + "' has responses or access codes; it is kept so they stay readable.");
        }
        unit.delete();
    }

    private static void checkParent(UnitTree tree, Long parentId, long organizationId) {
        if (parentId != null && tree.find(parentId).isEmpty()) {
            throw ProblemException.invalid("parentId", "no unit " + parentId + " in organization " + organizationId);
        }
    }

    private static void checkSiblingName(UnitTree tree, Long parentId, String name, Long self) {
        boolean taken = tree.children(parentId).stream()
                .anyMatch(u -> !u.id.equals(self) && u.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw ProblemException.conflict("name", "A unit named '" + name + "' already exists at this place in the tree.");
        }
    }

    private static int nextPosition(UnitTree tree, Long parentId) {
        return tree.children(parentId).stream().mapToInt(u -> u.position + 1).max().orElse(0);
    }
}
