package org.selving.organization;

import java.time.Instant;

/** An organization as the API returns it; {@code sample} marks the demonstration data. */
public record OrganizationView(long id, String name, Instant createdAt, boolean sample) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.createdAt, o.sample);
    }
}
