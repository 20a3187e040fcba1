package org.selving.report;

import static org.selving.testing.Api.asAdmin;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Reads every within/without section an internal assessment's reports hold (every unit, every
 * segment, every heatmap level) into an {@link Attacker} of its mirror assessment, as equations over
 * the mirror's smallest groups: how many outsiders each section covers, their dimension and statement
 * sums, each segment's and each unit's count. What a section shows of outsiders must add nothing to
 * what the mirror's own reports show.
 */
final class WithinWithoutReader {

    private final Attacker mirror;
    private final long internal;
    private final List<String> internalSegments;
    private int requests;

    WithinWithoutReader(Attacker mirror, long internal) {
        this.mirror = mirror;
        this.internal = internal;
        List<String> keys = asAdmin().get("/api/assessments/" + internal).then().statusCode(200).extract().jsonPath()
                .getList("settings.segmentQuestion.options.key");
        this.internalSegments = keys == null ? List.of() : keys;
    }

    /** Asks for every report of the internal assessment, at every level, and reads its section. */
    WithinWithoutReader readEverything() {
        List<Long> units = mirror.unitIds();
        for (int node = 0; node < units.size(); node++) {
            for (int column = 0; column <= internalSegments.size(); column++) {
                String query = "?lang=en" + (node == 0 ? "" : "&unit=" + units.get(node))
                        + (column == 0 ? "" : "&segment=" + internalSegments.get(column - 1));
                Response first = asAdmin().get("/api/assessments/" + internal + "/report" + query);
                requests++;
                if (first.statusCode() != 200) {
                    continue;
                }
                read(first.jsonPath(), node);
                for (int level : first.jsonPath().<Integer>getList("scope.levels")) {
                    read(asAdmin().get("/api/assessments/" + internal + "/report" + query + "&level=" + level).then()
                            .statusCode(200).extract().jsonPath(), node);
                    requests++;
                }
            }
        }
        return this;
    }

    int requests() {
        return requests;
    }

    private void read(JsonPath report, int node) {
        if (!report.getBoolean("withinWithout.available")) {
            return;
        }
        String at = "withinWithout.value";
        int[] outsiders = mirror.groups(node, 0);
        mirror.publish("respondents", outsiders, report.getDouble(at + ".outsiders"));
        publishSides(report, at + ".dimensions", "dimension ", outsiders);
        publishSides(report, at + ".items", "item ", outsiders);
        if (report.getBoolean(at + ".segments.available")) {
            for (Map<String, Object> segment : report.<Map<String, Object>>getList(at + ".segments.value")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> figures = (Map<String, Object>) segment.get("figures");
                if ((Boolean) figures.get("shown")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> value = (Map<String, Object>) figures.get("value");
                    mirror.publish("respondents", mirror.groups(node, mirror.column((String) segment.get("key"))),
                            ((Number) value.get("respondents")).doubleValue());
                }
            }
        }
        if (report.getBoolean(at + ".units.available")) {
            for (Map<String, Object> point : report.<Map<String, Object>>getList(at + ".units.value.points")) {
                mirror.publish("respondents", mirror.groups(mirror.node(((Number) point.get("unitId")).longValue()), 0),
                        ((Number) point.get("outsiders")).doubleValue());
            }
        }
    }

    /** The outsiders' side of each dimension or statement: its n and its sum, as the mirror's report names them. */
    private void publishSides(JsonPath report, String list, String kind, int[] groups) {
        List<Map<String, Object>> rows = report.getList(list);
        for (int i = 0; i < rows.size(); i++) {
            String outside = list + "[" + i + "].outside";
            if (report.getBoolean(outside + ".computed")) {
                double n = report.getDouble(outside + ".value.n");
                mirror.publish(kind + rows.get(i).get("key") + " n", groups, n);
                mirror.publish(kind + rows.get(i).get("key") + " sum", groups, n * report.getDouble(outside + ".value.mean"));
            }
        }
    }
}
