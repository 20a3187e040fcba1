package org.selving.organization;

import java.util.List;

/** A unit with everything below it, as the API lists an organization's tree. */
public record UnitNode(long id, String name, String path, List<UnitNode> children) {
}
