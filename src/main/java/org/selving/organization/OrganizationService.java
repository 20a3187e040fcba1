package org.selving.organization;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.selving.security.AccessScope;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;

/** Creates and renames organizations; a consultant who creates one becomes its consultant. */
@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationDirectory directory;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** @param sample whether it is the demonstration organization (there is at most one) */
    @Transactional
    public Organization create(String name, boolean sample) {
        Organization organization = new Organization();
        organization.name = name.strip();
        organization.createdAt = Instant.now();
        organization.sample = sample;
        organization.persist();
        scope.organizationCreated(organization.id);
        audit.record(Action.ORGANIZATION_CREATED, organization.id, organization.id, organization.name);
        return organization;
    }

    @Transactional
    public Organization rename(long id, String name) {
        Organization organization = directory.organization(id);
        organization.name = name.strip();
        audit.record(Action.ORGANIZATION_RENAMED, id, id, organization.name);
        return organization;
    }
}
