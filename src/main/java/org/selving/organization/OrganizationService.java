package org.selving.organization;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates and renames organizations. */
@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationDirectory directory;

    /** @param sample whether it is the demonstration organization (there is at most one) */
    @Transactional
    public Organization create(String name, boolean sample) {
        Organization organization = new Organization();
        organization.name = name.strip();
        organization.createdAt = Instant.now();
        organization.sample = sample;
        organization.persist();
        return organization;
    }

    @Transactional
    public Organization rename(long id, String name) {
        Organization organization = directory.organization(id);
        organization.name = name.strip();
        return organization;
    }
}
