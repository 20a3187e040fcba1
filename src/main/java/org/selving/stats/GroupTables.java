package org.selving.stats;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Frequency tables per group, filled in the engine's single pass: for every column the count of
 * each keyed answer, and for every scale the count of each person score ({@link ScoreCodes}).
 * Everything a report shows per group (descriptives, medians, distributions, favorable shares,
 * agreement, eNPS) follows exactly from these counts. Column counts are kept apart for
 * respondents who answered every item of the column's scale, because rwg(j) uses only those
 * (multilevel::rwg.j drops incomplete rows).
 */
final class GroupTables {

    private static final int COMPLETE = 0;
    private static final int PARTIAL = 1;

    private final SurveyLayout layout;
    private final List<AnswerScale> columnScales;
    private final List<ScaleDefinition> scales;
    private final ScoreCodes[] codes;
    private final int groups;
    private final int[][] scaleColumns;
    private final int[] completeFrom;
    /** Columns outside every scale (an eNPS item); they count as complete. */
    private final int[] freeColumns;
    private final int[] columnBase;
    private final int columnCells;
    private final int[] scoreBase;
    private final int scoreCells;
    private final int[] columnCounts;
    private final int[] scoreCounts;

    GroupTables(SurveyLayout layout, ScoreCodes[] codes, int groups) {
        this.layout = layout;
        this.columnScales = layout.columnScales();
        this.scales = layout.scoredScales();
        this.codes = codes;
        this.groups = groups;
        scaleColumns = new int[scales.size()][];
        completeFrom = new int[scales.size()];
        boolean[] inScale = new boolean[columnScales.size()];
        for (int s = 0; s < scales.size(); s++) {
            scaleColumns[s] = scales.get(s).columnArray();
            completeFrom[s] = codes[s].firstCompleteCode();
            for (int c : scaleColumns[s]) {
                inScale[c] = true;
            }
        }
        freeColumns = IntStream.range(0, inScale.length).filter(c -> !inScale[c]).toArray();
        columnBase = new int[columnScales.size()];
        int cells = 0;
        for (int c = 0; c < columnScales.size(); c++) {
            columnBase[c] = cells;
            cells += columnScales.get(c).options();
        }
        columnCells = cells;
        scoreBase = new int[codes.length];
        cells = 0;
        for (int s = 0; s < codes.length; s++) {
            scoreBase[s] = cells;
            cells += codes[s].size();
        }
        scoreCells = cells;
        columnCounts = new int[Math.multiplyExact(groups * 2, columnCells)];
        scoreCounts = new int[Math.multiplyExact(groups, scoreCells)];
    }

    /**
     * Counts one respondent of {@code group}: keyed offsets per column (-1 = missing) and score
     * code per scale (-1 = no item answered, so none of its columns has an answer either).
     */
    void add(int group, int[] offsets, int[] scoreCodes) {
        int groupBase = group * 2 * columnCells;
        int scoreRow = group * scoreCells;
        for (int s = 0; s < scoreCodes.length; s++) {
            int code = scoreCodes[s];
            if (code < 0) {
                continue;
            }
            scoreCounts[scoreRow + scoreBase[s] + code]++;
            int setBase = groupBase + (code >= completeFrom[s] ? 0 : columnCells);
            for (int c : scaleColumns[s]) {
                int o = offsets[c];
                if (o >= 0) {
                    columnCounts[setBase + columnBase[c] + o]++;
                }
            }
        }
        for (int c : freeColumns) {
            int o = offsets[c];
            if (o >= 0) {
                columnCounts[groupBase + columnBase[c] + o]++;
            }
        }
    }

    /** The tables of all groups added together: one group holding every respondent counted here. */
    GroupTables total() {
        return union(IntStream.range(0, groups).toArray());
    }

    /** The tables of the listed groups added together, as one group. */
    GroupTables union(int[] members) {
        GroupTables union = new GroupTables(layout, codes, 1);
        for (int g : members) {
            for (int i = 0; i < 2 * columnCells; i++) {
                union.columnCounts[i] += columnCounts[g * 2 * columnCells + i];
            }
            for (int i = 0; i < scoreCells; i++) {
                union.scoreCounts[i] += scoreCounts[g * scoreCells + i];
            }
        }
        return union;
    }

    /** Counts per option of a column, keyed, over complete and partial respondents. */
    long[] columnCounts(int group, int column) {
        int options = columnScales.get(column).options();
        long[] counts = new long[options];
        for (int set = COMPLETE; set <= PARTIAL; set++) {
            int base = columnOffset(group, set, column);
            for (int o = 0; o < options; o++) {
                counts[o] += columnCounts[base + o];
            }
        }
        return counts;
    }

    private Result<Descriptives> itemDescriptives(int group, int column) {
        AnswerScale scale = columnScales.get(column);
        long[] counts = columnCounts(group, column);
        int[] asInt = new int[counts.length];
        int[] order = new int[counts.length];
        double[] values = new double[counts.length];
        for (int o = 0; o < counts.length; o++) {
            asInt[o] = Math.toIntExact(counts[o]);
            order[o] = o;
            values[o] = scale.min() + o;
        }
        return Descriptives.from(Moments.ofCounts(asInt, 0, asInt.length, values),
                Descriptives.medianOfCounts(asInt, 0, order, values), scale);
    }

    ItemSummary item(int group, int column) {
        return new ItemSummary(column, itemDescriptives(group, column), itemAnswers(group, column));
    }

    /** The summaries of the scale's items, in scale order. */
    List<ItemSummary> scaleItems(int group, int scale) {
        return scales.get(scale).columns().stream().map(column -> item(group, column)).toList();
    }

    private Result<AnswerDistribution> itemAnswers(int group, int column) {
        long[] counts = columnCounts(group, column);
        long answers = 0;
        for (long count : counts) {
            answers += count;
        }
        return AnswerDistribution.fromCounts(columnScales.get(column), counts, answers);
    }

    Moments scoreMoments(int group, int scale) {
        return Moments.ofCounts(scoreCounts, scoreOffset(group, scale), codes[scale].size(), codes[scale].values());
    }

    Result<Descriptives> scoreDescriptives(int group, int scale) {
        ScoreCodes c = codes[scale];
        return Descriptives.from(scoreMoments(group, scale),
                Descriptives.medianOfCounts(scoreCounts, scoreOffset(group, scale), c.ascending(), c.values()),
                scaleOf(scale));
    }

    /** The answers to all items of the scale pooled; the respondents are those who answered any of them. */
    Result<AnswerDistribution> scaleAnswers(int group, int scale) {
        AnswerScale answerScale = scaleOf(scale);
        long[] pooled = new long[answerScale.options()];
        for (int column : scales.get(scale).columns()) {
            long[] counts = columnCounts(group, column);
            for (int o = 0; o < pooled.length; o++) {
                pooled[o] += counts[o];
            }
        }
        return AnswerDistribution.fromCounts(answerScale, pooled, scoreMoments(group, scale).n());
    }

    /** rwg(j) of the scale within the group, over respondents who answered all its items. */
    Result<Rwg> rwgJ(int group, int scale) {
        AnswerScale answerScale = scaleOf(scale);
        List<Integer> columns = scales.get(scale).columns();
        int options = answerScale.options();
        double[] offsets = new double[options];
        for (int o = 0; o < options; o++) {
            offsets[o] = o;
        }
        double varianceSum = 0;
        long n = 0;
        for (int column : columns) {
            Moments m = Moments.ofCounts(columnCounts, columnOffset(group, COMPLETE, column), options, offsets);
            n = m.n();
            varianceSum += m.variance();
        }
        return Rwg.fromVariance(varianceSum / columns.size(), columns.size(), n, answerScale);
    }

    Result<Enps> enps(int group, int column) {
        long[] counts = columnCounts(group, column);
        long detractors = 0;
        for (int answer = 0; answer <= 6; answer++) {
            detractors += counts[answer];
        }
        return Enps.fromCounts(counts[9] + counts[10], counts[7] + counts[8], detractors);
    }

    private AnswerScale scaleOf(int scale) {
        return columnScales.get(scales.get(scale).columns().get(0));
    }

    private int columnOffset(int group, int set, int column) {
        return (group * 2 + set) * columnCells + columnBase[column];
    }

    private int scoreOffset(int group, int scale) {
        return group * scoreCells + scoreBase[scale];
    }
}
