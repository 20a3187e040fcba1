package org.selving.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units of one organization as a tree, read once: paths, lookups by path, ancestry.
 * Immutable; build it from a consistent read with {@link #of(List)}.
 */
public final class UnitTree {

    /** Separates the names in a unit path; unit names may not contain it. */
    public static final String PATH_SEPARATOR = "/";

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<Long, List<Unit>> childrenOf = new HashMap<>();
    private final Map<String, Unit> byPath = new HashMap<>();
    private final Map<String, List<Unit>> byName = new HashMap<>();

    private UnitTree(List<Unit> units) {
        for (Unit unit : units) {
            byId.put(unit.id, unit);
        }
        for (Unit unit : units) {
            // a unit whose parent is not among these (a tree cut to a subtree) is at the top
            Long parent = unit.parentId != null && byId.containsKey(unit.parentId) ? unit.parentId : null;
            childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
        }
        childrenOf.values().forEach(list -> list.sort((a, b) -> a.position != b.position
                ? Integer.compare(a.position, b.position) : Long.compare(a.id, b.id)));
        for (Unit unit : units) {
            byPath.put(key(path(unit.id)), unit);
            byName.computeIfAbsent(key(unit.name), n -> new ArrayList<>()).add(unit);
        }
    }

    /**
     * @param units every unit of one organization, or a unit with everything below it (it is then the
     *              only top-level unit, and paths start from it)
     */
    public static UnitTree of(List<Unit> units) {
        return new UnitTree(units);
    }

    public Optional<Unit> find(long unitId) {
        return Optional.ofNullable(byId.get(unitId));
    }

    /** Names from the top level down, e.g. {@code Operations / Warehouse}. */
    public String path(long unitId) {
        List<String> names = new ArrayList<>();
        for (Unit u = byId.get(unitId); u != null; u = u.parentId == null ? null : byId.get(u.parentId)) {
            names.add(u.name);
        }
        Collections.reverse(names);
        return String.join(" " + PATH_SEPARATOR + " ", names);
    }

    /**
     * The unit a person means by a name or a path: a full path ({@code Operations/Warehouse}, spaces
     * around the separator and case do not matter), or a bare name when only one unit has it.
     */
    public Optional<Unit> resolve(String nameOrPath) {
        String wanted = key(nameOrPath);
        Unit unit = byPath.get(wanted);
        if (unit != null) {
            return Optional.of(unit);
        }
        List<Unit> named = byName.getOrDefault(wanted, List.of());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Whether a bare name fits more than one unit, so only a path can say which. */
    public boolean isAmbiguous(String name) {
        return byName.getOrDefault(key(name), List.of()).size() > 1;
    }

    public List<Unit> children(Long parentId) {
        return childrenOf.getOrDefault(parentId, List.of());
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies anywhere below it. */
    public boolean isWithin(long unitId, long ancestorId) {
        for (Unit u = byId.get(unitId); u != null; u = u.parentId == null ? null : byId.get(u.parentId)) {
            if (u.id == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /** The whole tree, top-level units first, children in their order. */
    public List<UnitNode> nodes() {
        return nodes(null);
    }

    /** Every unit, each followed by the units below it: the order of a list to pick one from. */
    public List<UnitNode> listed() {
        List<UnitNode> all = new ArrayList<>();
        list(nodes(), all);
        return all;
    }

    private static void list(List<UnitNode> level, List<UnitNode> into) {
        for (UnitNode node : level) {
            into.add(node);
            list(node.children(), into);
        }
    }

    private List<UnitNode> nodes(Long parentId) {
        return children(parentId).stream()
                .map(u -> new UnitNode(u.id, u.name, path(u.id), nodes(u.id)))
                .toList();
    }

    private static String key(String nameOrPath) {
        StringBuilder normalized = new StringBuilder();
        for (String part : nameOrPath.split(PATH_SEPARATOR, -1)) {
            if (!normalized.isEmpty()) {
                normalized.append(PATH_SEPARATOR);
            }
            normalized.append(part.strip().toLowerCase(Locale.ROOT));
        }
        return normalized.toString();
    }
}
