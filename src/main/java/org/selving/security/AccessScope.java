package org.selving.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the caller of this request may see, derived from their account once per request; consulted by
 * {@link org.selving.organization.OrganizationDirectory}, the one place that reads organization
 * data, so no resource has to remember a check of its own. Administrators see every organization,
 * consultants their clients, managers their organization (or one unit and everything below it), and
 * a caller without an account nothing: respondents get to a questionnaire through a code or an open
 * link, never through here. What a role may <em>do</em> is decided by {@code @RolesAllowed} on the
 * endpoints; this decides <em>which</em> organizations and units exist for the caller.
 */
@RequestScoped
public class AccessScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    /** A task of the application itself ({@link SystemAccess}), not a caller's request. */
    private boolean system;

    /** A consultant's clients, read when first needed. */
    private Set<Long> clients;

    /** The account behind this request; empty for anonymous callers and the application's own tasks. */
    public Optional<Caller> caller() {
        if (system || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(Caller.ATTRIBUTE));
    }

    /** Who is signed in, for the navigation of the signed-in pages ({@code inject:staff}); {@code null} for nobody. */
    @Produces
    @Named("staff")
    Staff staff() {
        return caller().map(Staff::of).orElse(null);
    }

    /** Whether every organization exists for this caller (administrators, the application's own tasks). */
    public boolean seesEveryOrganization() {
        return system || caller().map(c -> c.role() == Role.ADMINISTRATOR).orElse(false);
    }

    /** The organizations that exist for a caller who does not see them all; empty for anonymous callers. */
    public Set<Long> organizations() {
        Caller caller = caller().orElse(null);
        if (caller == null) {
            return Set.of();
        }
        return switch (caller.role()) {
            case ADMINISTRATOR -> throw new IllegalStateException("an administrator sees every organization");
            case CONSULTANT -> clients(caller);
            case MANAGER -> Set.of(caller.organizationId());
        };
    }

    public boolean sees(long organizationId) {
        return seesEveryOrganization() || organizations().contains(organizationId);
    }

    /** The unit a manager is limited to (it and everything below it); empty when the whole organization is visible. */
    public Optional<Long> unitLimit() {
        return caller().filter(c -> c.role() == Role.MANAGER).map(Caller::unitId);
    }

    /** A consultant who creates an organization becomes its consultant. */
    public void organizationCreated(long organizationId) {
        Caller caller = caller().orElse(null);
        if (caller != null && caller.role() == Role.CONSULTANT) {
            em.createNativeQuery("INSERT INTO consultant_client (account_id, organization_id) VALUES (?1, ?2)")
                    .setParameter(1, caller.accountId()).setParameter(2, organizationId).executeUpdate();
            clients(caller).add(organizationId);
        }
    }

    void enterSystem() {
        system = true;
    }

    private Set<Long> clients(Caller consultant) {
        if (clients == null) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT organization_id FROM consultant_client WHERE account_id = ?1")
                    .setParameter(1, consultant.accountId()).getResultList();
            clients = new HashSet<>();
            ids.forEach(id -> clients.add(id.longValue()));
        }
        return clients;
    }
}
