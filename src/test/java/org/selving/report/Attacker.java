package org.selving.report;

import static org.selving.testing.Api.asAdmin;


import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Someone who may read every report of an assessment and wants to learn what a small group answered.
 * It knows the unit tree and the segment options, asks for the report of every unit, every segment
 * and every unit x segment at every heatmap level (a 403 tells it a cell is withheld), reads the
 * report CSV and the response-data CSV when they are given, and turns every figure into a linear
 * equation over the smallest groups the organization is made of: the people directly in one unit
 * with one segment (or none). Then it tries to solve for any group: that group's count, the sum of
 * its scores on each dimension, and its number of answers of each option to each item.
 */
final class Attacker {

    /** A node of the tree as the attacker sees it; node 0 is the organization. */
    record Node(long unitId, String path, int parent, int depth) {
    }

    private final long assessment;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Long, Integer> nodeOfUnit = new HashMap<>();
    private final Map<String, Integer> nodeOfPath = new HashMap<>();
    private final List<String> segments;
    private final Map<String, List<double[]>> rows = new LinkedHashMap<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    /** Cells (node, column) whose report came back: column 0 = everybody, s = segment s. */
    private final Set<Long> shownCells = new TreeSet<>();
    private int requests;

    Attacker(long organization, long assessment) {
        this.assessment = assessment;
        JsonPath org = asAdmin().get("/api/organizations/" + organization).then().statusCode(200).extract().jsonPath();
        nodes.add(new Node(-1, org.getString("name"), -1, 0));
        nodeOfPath.put(org.getString("name"), 0);
        List<Map<String, Object>> top = asAdmin().get("/api/organizations/" + organization + "/units").then()
                .statusCode(200).extract().jsonPath().getList("$");
        addNodes(top, 0);
        JsonPath settings = asAdmin().get("/api/assessments/" + assessment).then().statusCode(200).extract().jsonPath();
        List<String> keys = settings.getList("settings.segmentQuestion.options.key");
        segments = keys == null ? List.of() : keys;
    }

    @SuppressWarnings("unchecked")
    private void addNodes(List<Map<String, Object>> units, int parent) {
        for (Map<String, Object> unit : units) {
            int index = nodes.size();
            long id = ((Number) unit.get("id")).longValue();
            String path = (String) unit.get("path");
            nodes.add(new Node(id, path, parent, nodes.get(parent).depth() + 1));
            nodeOfUnit.put(id, index);
            nodeOfPath.put(path, index);
            addNodes((List<Map<String, Object>>) unit.get("children"), index);
        }
    }

    int width() {
        return segments.size() + 1;
    }

    int groupCount() {
        return nodes.size() * width();
    }

    /** The smallest groups in the subtree of a node: everybody (column 0) or segment {@code column}. */
    int[] groups(int node, int column) {
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (isWithin(n, node)) {
                for (int s = 0; s < width(); s++) {
                    if (column == 0 || s == column) {
                        out.add(n * width() + s);
                    }
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    int node(long unitId) {
        return nodeOfUnit.get(unitId);
    }

    boolean isWithin(int node, int ancestor) {
        for (int n = node; n >= 0; n = nodes.get(n).parent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asks for everything the API offers about the assessment: first which cells are shown (a report
     * that comes back), then every figure of every report, at every level, and of every file.
     */
    Attacker readEverything() {
        for (int node = 0; node < nodes.size(); node++) {
            for (int column = 0; column < width(); column++) {
                if (asAdmin().get("/api/assessments/" + assessment + "/report" + query(node, column)).statusCode() == 200) {
                    shownCells.add((long) node * width() + column);
                }
                requests++;
            }
        }
        for (int node = 0; node < nodes.size(); node++) {
            for (int column = 0; column < width(); column++) {
                readReports(node, column);
            }
        }
        readResponseData();
        return this;
    }

    int requests() {
        return requests;
    }

    boolean shown(int node, int column) {
        return shownCells.contains((long) node * width() + column);
    }

    private String query(int node, int column) {
        return "?lang=en" + (node == 0 ? "" : "&unit=" + nodes.get(node).unitId())
                + (column == 0 ? "" : "&segment=" + segments.get(column - 1));
    }

    private void readReports(int node, int column) {
        String query = query(node, column);
        Response first = asAdmin().get("/api/assessments/" + assessment + "/report" + query);
        requests++;
        if (first.statusCode() == 403) {
            return;
        }
        if (first.statusCode() != 200) {
            throw new AssertionError("unexpected " + first.statusCode() + ": " + first.asString());
        }
        JsonPath report = first.jsonPath();
        if (!report.getBoolean("figures.shown")) {
            shownCells.remove((long) node * width() + column);
            return;
        }
        readFigures(report, "figures.value", groups(node, column));
        for (int level : report.<Integer>getList("scope.levels")) {
            JsonPath atLevel = asAdmin().get("/api/assessments/" + assessment + "/report" + query + "&level=" + level)
                    .then().statusCode(200).extract().jsonPath();
            requests++;
            readHeatmap(atLevel, column, level);
            readRates(atLevel);
            String csv = asAdmin().get("/api/assessments/" + assessment + "/report.csv" + query + "&level=" + level)
                    .then().statusCode(200).extract().asString();
            requests++;
            readTablesCsv(csv, column, level);
        }
    }

    /** The figures of a report's whole group: counts, dimension sums, item answer counts, eNPS counts. */
    private void readFigures(JsonPath report, String at, int[] groups) {
        publish("respondents", groups, report.getDouble(at + ".respondents"));
        List<Map<String, Object>> dimensions = report.getList(at + ".dimensions");
        for (int d = 0; d < dimensions.size(); d++) {
            String key = (String) dimensions.get(d).get("key");
            String score = at + ".dimensions[" + d + "].score";
            if (report.getBoolean(score + ".computed")) {
                double n = report.getDouble(score + ".value.n");
                publish("dimension " + key + " n", groups, n);
                publish("dimension " + key + " sum", groups, n * report.getDouble(score + ".value.mean"));
            }
            List<Map<String, Object>> items = report.getList(at + ".dimensions[" + d + "].items");
            for (int i = 0; i < items.size(); i++) {
                List<Map<String, Object>> answered = report.getList(at + ".dimensions[" + d + "].items[" + i + "].asAnswered");
                for (Map<String, Object> option : answered) {
                    publish("item " + items.get(i).get("key") + " answered " + option.get("value"), groups,
                            ((Number) option.get("count")).doubleValue());
                }
                String descriptives = at + ".dimensions[" + d + "].items[" + i + "].descriptives";
                if (itemSums && report.getBoolean(descriptives + ".computed")) {
                    double n = report.getDouble(descriptives + ".value.n");
                    publish("item " + items.get(i).get("key") + " n", groups, n);
                    publish("item " + items.get(i).get("key") + " sum", groups, n * report.getDouble(descriptives + ".value.mean"));
                }
            }
        }
        if (report.getBoolean(at + ".enps.computed")) {
            publish("enps promoters", groups, report.getDouble(at + ".enps.value.promoters"));
            publish("enps detractors", groups, report.getDouble(at + ".enps.value.detractors"));
        }
    }

    private void readHeatmap(JsonPath report, int column, int level) {
        if (!report.getBoolean("figures.value.heatmap.available")) {
            return;
        }
        List<Map<String, Object>> heatmapRows = report.getList("figures.value.heatmap.value.rows");
        for (int r = 0; r < heatmapRows.size(); r++) {
            String at = "figures.value.heatmap.value.rows[" + r + "]";
            if (!report.getBoolean(at + ".figures.shown")) {
                continue;
            }
            Object unitId = heatmapRows.get(r).get("unitId");
            int node = unitId == null ? 0 : node(((Number) unitId).longValue());
            int[] groups = report.getBoolean(at + ".others") ? remainder(node, column, level) : groups(node, column);
            publish("respondents", groups, report.getDouble(at + ".figures.value.respondents"));
            List<Map<String, Object>> cells = report.getList(at + ".figures.value.cells");
            for (int c = 0; c < cells.size(); c++) {
                String cell = at + ".figures.value.cells[" + c + "]";
                if (report.getBoolean(cell + ".index.computed")) {
                    double n = report.getDouble(cell + ".n");
                    // the index is (mean - 1) / 4 x 100 on the five-point scale
                    double mean = 1 + 4 * report.getDouble(cell + ".index.value") / 100;
                    publish("dimension " + cells.get(c).get("dimension") + " n", groups, n);
                    publish("dimension " + cells.get(c).get("dimension") + " sum", groups, n * mean);
                }
            }
        }
    }

    /**
     * What a heatmap's "others" row of a node covers: the node minus every shown cell below it (no
     * deeper than the level) with no shown cell in between, as the attacker knows them by probing.
     */
    int[] remainder(int node, int column, int level) {
        Set<Integer> covered = new TreeSet<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (n != node && isWithin(n, node) && nodes.get(n).depth() <= level && shown(n, column)
                    && noShownBetween(n, node, column)) {
                for (int g : groups(n, column)) {
                    covered.add(g);
                }
            }
        }
        return java.util.Arrays.stream(groups(node, column)).filter(g -> !covered.contains(g)).toArray();
    }

    private boolean noShownBetween(int node, int ancestor, int column) {
        for (int n = nodes.get(node).parent(); n != ancestor; n = nodes.get(n).parent()) {
            if (shown(n, column)) {
                return false;
            }
        }
        return true;
    }

    private void readRates(JsonPath report) {
        if (!report.getBoolean("figures.value.responseRates.available")) {
            return;
        }
        List<Map<String, Object>> units = new ArrayList<>(report.getList("figures.value.responseRates.value.units"));
        units.add(report.getMap("figures.value.responseRates.value.total"));
        for (Map<String, Object> row : units) {
            @SuppressWarnings("unchecked")
            Map<String, Object> used = (Map<String, Object>) row.get("used");
            if ((Boolean) used.get("shown")) {
                Object unitId = row.get("unitId");
                int node = unitId == null ? 0 : node(((Number) unitId).longValue());
                @SuppressWarnings("unchecked")
                Map<String, Object> rate = (Map<String, Object>) used.get("value");
                publish("codes used", groups(node, 0), ((Number) rate.get("used")).doubleValue());
            }
        }
    }

    /** The report's CSV tables: respondents of every unit row, read again from the file. */
    private void readTablesCsv(String csv, int column, int level) {
        for (CSVRecord line : parse(csv)) {
            boolean group = line.get("section").equals("report") || line.get("section").equals("heatmap");
            if (!group || !line.get("statistic").equals("respondents")) {
                continue;
            }
            String unit = line.get("unit");
            boolean others = unit.endsWith(" (others)");
            Integer node = nodeOfPath.get(others ? unit.substring(0, unit.length() - " (others)".length()) : unit);
            int[] groups = others ? remainder(node, column, level) : groups(node, column);
            publish("respondents", groups, Double.parseDouble(line.get("value")));
        }
    }

    /** The anonymized response data, when given: every label (unit, segment) is a group of rows. */
    private void readResponseData() {
        Response response = asAdmin().get("/api/assessments/" + assessment + "/responses.csv");
        requests++;
        if (response.statusCode() != 200) {
            return;
        }
        Map<String, Integer> labelCounts = new LinkedHashMap<>();
        for (CSVRecord row : parse(response.asString())) {
            labelCounts.merge(row.get("unit") + "|" + row.get("segment"), 1, Integer::sum);
        }
        labelCounts.forEach((label, count) -> {
            String[] parts = label.split("\\|", -1);
            publish("respondents", labelled(nodeOfPath.get(parts[0]), parts[1]), count);
        });
        responseDataRows = labelCounts.values().stream().mapToInt(Integer::intValue).sum();
        responseDataLabels = labelCounts.keySet();
    }

    int responseDataRows = -1;
    Set<String> responseDataLabels = Set.of();

    /**
     * The groups whose rows carry this label: those whose deepest shown unit is {@code owner} and,
     * when a segment is named, in that segment; otherwise in the segments not shown around them.
     */
    private int[] labelled(int owner, String segment) {
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (deepestShown(n) != owner) {
                continue;
            }
            for (int s = 0; s < width(); s++) {
                boolean segmentShown = s > 0 && shownAround(n, s);
                if (segment.isEmpty() ? !segmentShown : segmentShown && segments.get(s - 1).equals(segment)) {
                    out.add(n * width() + s);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int deepestShown(int node) {
        for (int n = node; n >= 0; n = nodes.get(n).parent()) {
            if (shown(n, 0)) {
                return n;
            }
        }
        return -1;
    }

    private boolean shownAround(int node, int column) {
        for (int n = node; n >= 0; n = nodes.get(n).parent()) {
            if (shown(n, column)) {
                return true;
            }
        }
        return false;
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every node's unit id (-1 for the organization), in the attacker's numbering. */
    List<Long> unitIds() {
        return nodes.stream().map(Node::unitId).toList();
    }

    /** The segment column (1..S) of an option key. */
    int column(String segment) {
        return segments.indexOf(segment) + 1;
    }

    /** A figure learnt elsewhere (say, another report that shows these people) as an equation over these groups. */
    void publish(String figure, int[] groups, double value) {
        double[] row = new double[groupCount()];
        for (int g : groups) {
            row[g] = 1;
        }
        rows.computeIfAbsent(figure, f -> new ArrayList<>()).add(row);
        values.computeIfAbsent(figure, f -> new ArrayList<>()).add(value);
    }

    private int[] knownEmpty = new int[0];
    private boolean itemSums;

    /**
     * Lets the attacker also read each item's n and sum from the reports, as a within/without section
     * shows them for outsiders (answer counts alone serve the other attacks, at a lesser cost).
     */
    Attacker withItemSums() {
        itemSums = true;
        return this;
    }

    /**
     * Lets the attacker know which groups are empty (say, that nobody is attached to a division
     * directly, or that everyone answered the segment question): the strongest attacker, who knows
     * the organization's shape and only lacks the answers.
     */
    Attacker knowingEmptyGroups(long[] respondentsPerGroup) {
        knownEmpty = java.util.stream.IntStream.range(0, groupCount()).filter(g -> respondentsPerGroup[g] == 0).toArray();
        return this;
    }

    /**
     * Asserts that no figure the attacker holds gives this group's count, any dimension's or item's
     * sum, or any answer count; and that it held at least {@code figures} kinds of figure, so that the
     * check is not empty.
     */
    void assertCannotWorkOut(int[] target, String what, int figures) {
        int tried = 0;
        for (String figure : figures()) {
            org.junit.jupiter.api.Assertions.assertNull(solve(figure, target), what + ": " + figure + " can be worked out");
            tried++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(tried >= figures, "figures tried: " + tried);
    }

    /** Every kind of figure the attacker has equations for. */
    Set<String> figures() {
        return rows.keySet();
    }

    /**
     * The value of a figure (say "dimension knowing_ourselves sum") over the given groups, worked out
     * from every published figure of that kind; {@code null} when it cannot be worked out.
     */
    Double solve(String figure, int[] groups) {
        LinearAttack attack = new LinearAttack(groupCount());
        for (int g : knownEmpty) {
            attack.publishSet(new int[] {g}, 0);
        }
        List<double[]> published = rows.getOrDefault(figure, List.of());
        for (int i = 0; i < published.size(); i++) {
            attack.publish(published.get(i), values.get(figure).get(i));
        }
        return attack.solve(groups);
    }
}
