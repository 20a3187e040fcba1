package org.selving.organization;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.selving.web.ProblemException;

/**
 * The one place that reads organizations and their units for the API and the pages. Whatever else
 * belongs to an organization (assessments, codes, reports) is reached through
 * {@link #organization(long)} first, so restricting what a caller may see means changing this class only.
 * Something the caller may not see is reported exactly like something that does not exist (404).
 */
@ApplicationScoped
public class OrganizationDirectory {

    public List<Organization> organizations() {
        return Organization.list("order by name, id");
    }

    public Organization organization(long id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("No organization " + id + ".");
        }
        return organization;
    }

    public UnitTree units(long organizationId) {
        organization(organizationId);
        return UnitTree.of(Unit.list("organizationId", organizationId));
    }

    public Unit unit(long organizationId, long unitId) {
        organization(organizationId);
        Unit unit = Unit.findById(unitId);
        if (unit == null || unit.organizationId != organizationId) {
            throw ProblemException.notFound("No unit " + unitId + " in organization " + organizationId + ".");
        }
        return unit;
    }
}
