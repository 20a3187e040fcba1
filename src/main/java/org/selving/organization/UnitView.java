package org.selving.organization;

/** One unit as the API returns it; {@code path} names it unambiguously (e.g. in a CSV import). */
public record UnitView(long id, String name, Long parentId, String path) {
}
