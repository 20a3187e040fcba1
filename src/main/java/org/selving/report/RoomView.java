package org.selving.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.instrument.ResponseScale;
import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Figures;
import org.selving.stats.AnswerDistribution;
import org.selving.stats.Descriptives;
import org.selving.stats.Interval;
import org.selving.stats.MeanComparison;
import org.selving.stats.Result;

/**
 * A live workshop room's figures as its screen and its debrief show them ({@link RoomFigures}): numbers
 * written for the reader's language, only the dimensions the facilitator has revealed (strengths and
 * gaps among them only), the room's segments side by side with their gaps in index points, and the
 * second round's aims beside the room's present. Words are the workshop pages' own; the numbers and
 * charts are the report's.
 */
public final class RoomView {

    /** How many strengths and gaps the screen names. */
    private static final int HIGHLIGHTS = 3;

    public record DimensionRow(String key, String title, String index, String interval, String favorable,
            String neutral, String unfavorable, String n) {
    }

    /** A segment of the room: its respondents and one index per revealed dimension, or why it is not shown. */
    public record SegmentColumn(String label, boolean shown, String respondents, List<String> indices) {
    }

    /**
     * The gap between two segments on one dimension, the higher first.
     *
     * @param points  the difference of their indices, in index points
     * @param clear   beyond what chance explains (Holm-adjusted over the room's gaps); {@code null} when it
     *                cannot be computed
     */
    public record GapRow(String dimension, String higher, String lower, String points, String interval, String effect,
            String adjustedP, Boolean clear) {
    }

    /** A dimension now and as the room would have it in a year. */
    public record AimRow(String dimension, String now, String aim, String gap) {
    }

    /** A dimension named among the strengths or the largest gaps, with the figure that puts it there. */
    public record Highlight(String dimension, String figure) {
    }

    /** What the largest gaps are measured against. */
    public enum GapKind {
        /** between now and the room's aim */
        AIM,
        /** between the room's segments */
        SEGMENTS,
        /** from the top of the scale: the lowest dimensions */
        LOWEST
    }

    private final Instrument instrument;
    private final Disclosed<Figures> now;
    private final Disclosed<Figures> aims;
    private final Set<String> revealed;
    private final ReportNumbers numbers;
    private final ReportMessages text;
    private final Map<String, String> titles = new HashMap<>();

    /**
     * @param aims     the second round's figures, {@code null} while there is no second round
     * @param revealed the keys of the dimensions shown; {@code null} for all
     */
    public RoomView(Instrument instrument, Disclosed<Figures> now, Disclosed<Figures> aims, Set<String> revealed,
            Locale locale, ReportMessages text) {
        this.instrument = instrument;
        this.now = now;
        this.aims = aims;
        this.revealed = revealed;
        this.text = text;
        this.numbers = new ReportNumbers(locale, text);
        if (now.shown()) {
            now.value().dimensions().forEach(d -> titles.put(d.key(), d.title()));
        }
    }

    public boolean shown() {
        return now.shown();
    }

    public String respondents() {
        return numbers.integer(now.value().respondents());
    }

    public String overallIndex() {
        return numbers.number(now.value().overallIndex(), 0);
    }

    /** How many dimensions the facilitator has not revealed yet. */
    public int hiddenDimensions() {
        return (int) instrument.dimensions().stream().filter(d -> !isRevealed(d.key())).count();
    }

    private boolean isRevealed(String key) {
        return revealed == null || revealed.contains(key);
    }

    private List<DimensionFigures> revealedFigures(Disclosed<Figures> figures) {
        return figures.value().dimensions().stream().filter(d -> isRevealed(d.key())).toList();
    }

    public List<DimensionRow> dimensions() {
        List<DimensionRow> rows = new ArrayList<>();
        for (DimensionFigures d : revealedFigures(now)) {
            Result<Descriptives> score = d.score();
            Result<AnswerDistribution> answers = d.answers();
            rows.add(new DimensionRow(d.key(), d.title(), numbers.number(score.map(Descriptives::index), 0),
                    numbers.interval(score.flatMap(Descriptives::indexCi95), 0),
                    numbers.percent(answers.map(a -> a.favorable().proportion())),
                    numbers.percent(answers.map(a -> a.neutral().proportion())),
                    numbers.percent(answers.map(a -> a.unfavorable().proportion())),
                    score.isComputed() ? numbers.integer(score.value().n()) : "0"));
        }
        return rows;
    }

    /** The revealed dimensions' indices with their 95% intervals. */
    public String indexChart(String id, String title, String description) {
        List<ReportCharts.IndexBar> bars = new ArrayList<>();
        for (DimensionFigures d : revealedFigures(now)) {
            if (d.score().isComputed()) {
                Descriptives s = d.score().value();
                Interval ci = s.indexCi95().orElse(null);
                bars.add(new ReportCharts.IndexBar(d.title(), s.index(), ci == null ? null : ci.lower(),
                        ci == null ? null : ci.upper()));
            }
        }
        return ReportCharts.indexBars(id, title, description, bars);
    }

    /** The revealed dimensions' unfavorable, neutral and favorable shares. */
    public String favorabilityChart(String id, String title, String description) {
        List<ReportCharts.Favorability> rows = new ArrayList<>();
        for (DimensionFigures d : revealedFigures(now)) {
            if (d.answers().isComputed()) {
                AnswerDistribution a = d.answers().value();
                rows.add(new ReportCharts.Favorability(d.title(), a.unfavorable().proportion(), a.neutral().proportion(),
                        a.favorable().proportion(), numbers.percent(Result.of(a.favorable().proportion()))));
            }
        }
        return ReportCharts.favorability(id, title, description, rows);
    }

    /** The highest revealed dimensions (up to three, and no more than half of those revealed). */
    public List<Highlight> strengths() {
        List<DimensionFigures> scored = scoredRevealed();
        scored.sort(Comparator.comparingDouble((DimensionFigures d) -> -d.score().value().index()));
        return highlights(scored);
    }

    public GapKind gapKind() {
        return aimsShown() ? GapKind.AIM : segmentsShown() && !gaps().isEmpty() ? GapKind.SEGMENTS : GapKind.LOWEST;
    }

    /** The largest gaps among the revealed dimensions, as {@link #gapKind()} measures them. */
    public List<Highlight> largestGaps() {
        return switch (gapKind()) {
            case AIM -> {
                List<AimRow> rows = aims();
                yield rows.subList(0, Math.min(HIGHLIGHTS, rows.size())).stream()
                        .map(row -> new Highlight(row.dimension(), row.gap())).toList();
            }
            case SEGMENTS -> {
                List<GapRow> rows = gaps();
                yield rows.subList(0, Math.min(HIGHLIGHTS, rows.size())).stream()
                        .map(row -> new Highlight(row.dimension(), row.points())).toList();
            }
            case LOWEST -> {
                List<DimensionFigures> scored = scoredRevealed();
                scored.sort(Comparator.comparingDouble((DimensionFigures d) -> d.score().value().index()));
                yield highlights(scored);
            }
        };
    }

    private List<DimensionFigures> scoredRevealed() {
        return new ArrayList<>(revealedFigures(now).stream().filter(d -> d.score().isComputed()).toList());
    }

    /** The first of the sorted dimensions with their index: up to three, and no more than half of them. */
    private List<Highlight> highlights(List<DimensionFigures> sorted) {
        int count = Math.min(HIGHLIGHTS, sorted.size() / 2);
        return sorted.subList(0, count).stream()
                .map(d -> new Highlight(d.title(), numbers.number(d.score().value().index(), 0))).toList();
    }

    // ---- segments

    /** Whether the room's segments are on the screen at all (a segment question, answering over). */
    public boolean segmentsShown() {
        return now.shown() && now.value().segments().available();
    }

    public List<SegmentColumn> segments() {
        List<SegmentColumn> columns = new ArrayList<>();
        List<DimensionFigures> all = now.value().dimensions();
        for (Report.SegmentColumn column : now.value().segments().value().columns()) {
            if (!column.figures().shown()) {
                columns.add(new SegmentColumn(column.label(), false, "", List.of()));
                continue;
            }
            List<String> indices = new ArrayList<>();
            for (int d = 0; d < all.size(); d++) {
                if (isRevealed(all.get(d).key())) {
                    indices.add(numbers.number(column.figures().value().dimensions().get(d).map(Descriptives::index), 0));
                }
            }
            columns.add(new SegmentColumn(column.label(), true, numbers.integer(column.figures().value().respondents()),
                    indices));
        }
        return columns;
    }

    /** The gaps between shown segments on the revealed dimensions, largest first. */
    public List<GapRow> gaps() {
        Map<String, String> labels = new HashMap<>();
        now.value().segments().value().columns().forEach(c -> labels.put(c.key(), c.label()));
        List<Report.SegmentGap> gaps = new ArrayList<>(now.value().segments().value().gaps().stream()
                .filter(g -> isRevealed(g.dimension()) && g.test().isComputed()).toList());
        gaps.sort(Comparator.comparingDouble((Report.SegmentGap g) -> -Math.abs(g.test().value().difference())
                * pointsPerUnit(g.dimension())));
        List<GapRow> rows = new ArrayList<>();
        for (Report.SegmentGap gap : gaps) {
            MeanComparison c = gap.test().value();
            boolean firstHigher = c.difference() >= 0;
            double scale = pointsPerUnit(gap.dimension());
            double low = (firstHigher ? c.differenceCi95().lower() : -c.differenceCi95().upper()) * scale;
            double high = (firstHigher ? c.differenceCi95().upper() : -c.differenceCi95().lower()) * scale;
            Boolean clear = gap.reading() == Reading.Difference.NOT_COMPUTABLE ? null
                    : gap.reading() != Reading.Difference.NO_CLEAR_DIFFERENCE;
            rows.add(new GapRow(titles.get(gap.dimension()),
                    labels.get(firstHigher ? gap.segmentA() : gap.segmentB()),
                    labels.get(firstHigher ? gap.segmentB() : gap.segmentA()),
                    numbers.number(Math.abs(c.difference()) * scale, 0),
                    text.interval(numbers.signed(low, 0), numbers.signed(high, 0)),
                    numbers.number(Math.abs(c.hedgesG()), 2), numbers.pValue(gap.adjustedP()), clear));
        }
        return rows;
    }

    /** Index points per unit of the dimension's answer scale (25 on a five-point scale). */
    private double pointsPerUnit(String dimensionKey) {
        Dimension dimension = instrument.dimensions().stream().filter(d -> d.key().equals(dimensionKey)).findFirst()
                .orElseThrow();
        ResponseScale scale = instrument.scaleOf(dimension.items().get(0));
        return 100.0 / (scale.max() - scale.min());
    }

    // ---- the second round

    public boolean aimsShown() {
        return aims != null && aims.shown() && now.shown();
    }

    public String aimRespondents() {
        return numbers.integer(aims.value().respondents());
    }

    /** Each revealed dimension now and as aimed for, the largest gap first. */
    public List<AimRow> aims() {
        Map<String, Descriptives> aimed = aimed();
        List<DimensionFigures> rows = new ArrayList<>(scoredRevealed().stream()
                .filter(d -> aimed.containsKey(d.key())).toList());
        rows.sort(Comparator.comparingDouble((DimensionFigures d) -> d.score().value().index()
                - aimed.get(d.key()).index()));
        return rows.stream().map(d -> new AimRow(d.title(), numbers.number(d.score().value().index(), 0),
                numbers.number(aimed.get(d.key()).index(), 0),
                numbers.signed(aimed.get(d.key()).index() - d.score().value().index(), 0))).toList();
    }

    /** For each revealed dimension a line from where the room is (hollow dot) to where it aims (full dot). */
    public String aimChart(String id, String title, String description) {
        Map<String, Descriptives> aimed = aimed();
        List<ReportCharts.Trend> rows = new ArrayList<>();
        for (DimensionFigures d : scoredRevealed()) {
            Descriptives aim = aimed.get(d.key());
            if (aim != null) {
                Interval ci = aim.indexCi95().orElse(null);
                rows.add(new ReportCharts.Trend(d.title(), d.score().value().index(), aim.index(),
                        ci == null ? null : ci.lower(), ci == null ? null : ci.upper()));
            }
        }
        return ReportCharts.trend(id, title, description, rows);
    }

    private Map<String, Descriptives> aimed() {
        Map<String, Descriptives> aimed = new HashMap<>();
        for (DimensionFigures d : aims.value().dimensions()) {
            if (d.score().isComputed()) {
                aimed.put(d.key(), d.score().value());
            }
        }
        return aimed;
    }
}
