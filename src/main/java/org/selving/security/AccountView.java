package org.selving.security;

import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it; never its password hash.
 *
 * @param organizationId a manager's organization
 * @param unitId         a manager limited to this unit and everything below it
 * @param clientIds      a consultant's client organizations
 * @param locked         locked by an administrator
 * @param lockedUntil    locked for a while after too many failed sign-ins, until then; {@code null} if not
 */
public record AccountView(long id, String email, String name, Role role, Long organizationId, Long unitId,
        List<Long> clientIds, boolean locked, Instant lockedUntil, Instant createdAt) {
}
