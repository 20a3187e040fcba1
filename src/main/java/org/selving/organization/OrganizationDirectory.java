package org.selving.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.security.AccessScope;
import org.selving.web.ProblemException;

/**
 * The one place that reads organizations and their units for the API and the pages, scoped by the
 * caller's rights ({@link AccessScope}): administrators see every organization, consultants their
 * clients, managers their own, cut to their unit and everything below it when they are limited to
 * one. Whatever else belongs to an organization (assessments, codes, imports, reports) is reached
 * through {@link #organization(long)} first. Something the caller may not see is reported exactly
 * like something that does not exist (404), so not even its existence leaks.
 */
@ApplicationScoped
public class OrganizationDirectory {

    @Inject
    AccessScope scope;

    public List<Organization> organizations() {
        if (scope.seesEveryOrganization()) {
            return Organization.list("order by name, id");
        }
        Set<Long> visible = scope.organizations();
        return visible.isEmpty() ? List.of() : Organization.list("id in ?1 order by name, id", visible);
    }

    /** Whether the caller may see this organization (whether it exists or not is the caller's next question). */
    public boolean sees(long organizationId) {
        return scope.sees(organizationId);
    }

    public Organization organization(long id) {
        Organization organization = scope.sees(id) ? Organization.findById(id) : null;
        if (organization == null) {
            throw ProblemException.notFound("No organization " + id + ".");
        }
        return organization;
    }

    /** The units the caller sees: the whole tree, or a manager's unit with everything below it as the only top. */
    public UnitTree units(long organizationId) {
        organization(organizationId);
        List<Unit> all = Unit.list("organizationId", organizationId);
        Optional<Long> limit = scope.unitLimit();
        if (limit.isEmpty()) {
            return UnitTree.of(all);
        }
        UnitTree whole = UnitTree.of(all);
        return UnitTree.of(all.stream().filter(unit -> whole.isWithin(unit.id, limit.get())).toList());
    }

    /**
     * The whole unit tree of an organization the caller may see, even when the caller is limited to a
     * part of it: for computations that must cover the whole organization (the disclosure decisions of
     * a report, which are the same whoever reads it), never to be shown as such. What is shown stays
     * within {@link #unitLimit()}.
     */
    public UnitTree wholeUnits(long organizationId) {
        organization(organizationId);
        return UnitTree.of(Unit.list("organizationId", organizationId));
    }

    /** The unit the caller is limited to (it and everything below it), if any. */
    public Optional<Long> unitLimit() {
        return scope.unitLimit();
    }

    public Unit unit(long organizationId, long unitId) {
        return units(organizationId).find(unitId).orElseThrow(() -> ProblemException.notFound("No unit " + unitId
                + " in organization " + organizationId + "."));
    }

    /**
     * What a respondent admitted to one of the organization's assessments is shown: its name, and its
     * units to pick from on an open link. Not scoped by the caller, since respondents have no account:
     * the access code or open link that {@code ResponseService} checked is what grants this, and this
     * is all it grants.
     */
    public RespondentView forRespondent(long organizationId) {
        Organization organization = Organization.findById(organizationId);
        return new RespondentView(organization.name, UnitTree.of(Unit.list("organizationId", organizationId)));
    }

    /** An organization as its respondents see it. */
    public record RespondentView(String name, UnitTree units) {
    }
}
