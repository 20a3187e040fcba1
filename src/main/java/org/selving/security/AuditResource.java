package org.selving.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

/** The audit log, for administrators: newest first, a page at a time. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditResource {

    /** One recorded change. */
    public record Entry(long id, long accountId, String accountEmail, String action, String targetType, long targetId,
            Long organizationId, String detail, Instant occurredAt) {
    }

    /**
     * @param organizationId only what concerns this organization
     * @param accountId      only what this account did
     * @param before         only entries older than this id (the last id of the previous page)
     * @param limit          at most this many, default 100
     */
    @GET
    public List<Entry> list(@RestQuery Long organizationId, @RestQuery Long accountId, @RestQuery Long before,
            @RestQuery @Min(1) @Max(1000) Integer limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (organizationId != null) {
            values.add(organizationId);
            conditions.add("organizationId = ?" + values.size());
        }
        if (accountId != null) {
            values.add(accountId);
            conditions.add("accountId = ?" + values.size());
        }
        if (before != null) {
            values.add(before);
            conditions.add("id < ?" + values.size());
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions)) + " order by id desc";
        return AuditEvent.<AuditEvent>find(query, values.toArray()).page(0, limit == null ? 100 : limit).list().stream()
                .map(e -> new Entry(e.id, e.accountId, e.accountEmail, e.action, e.targetType, e.targetId,
                        e.organizationId, e.detail, e.occurredAt))
                .toList();
    }
}
