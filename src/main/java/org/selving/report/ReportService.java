package org.selving.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;


import org.selving.assessment.AccessCodeService;
import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.assessment.MirrorPairing;
import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.Instrument;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.UnitTree;
import org.selving.response.ResponseComment;
import org.selving.response.ResponseStore;
import org.selving.response.RoomOrder;
import org.selving.web.FieldError;
import org.selving.web.ProblemException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/**
 * Reports of assessments: reads what a report needs (organization data through the
 * {@link OrganizationDirectory}), cuts a {@link Release}, checks the request against its disclosure
 * decisions, and builds the {@link Report}. A release and its disclosure decisions cover the whole
 * organization whoever asks, so that no two readers' reports can be set against each other; a manager
 * limited to a unit gets the reports of that unit and what is below it only: their report starts
 * there (nothing above it is shown or named), other units do not exist for them, and the
 * organization-wide figures of an open assessment and the row-by-row response data are not theirs. A release of a closed assessment never changes, so releases and figures
 * are cached; an open assessment's release changes every k responses, and its cache key says which.
 */
@ApplicationScoped
public class ReportService {

    static final String COMPUTATIONS = "selving.report.computations";

    @Inject
    AssessmentService assessments;

    @Inject
    AccessCodeService codes;

    @Inject
    OrganizationDirectory directory;

    @Inject
    ResponseStore store;

    @Inject
    PinnedTrees pinnedTrees;

    @Inject
    MeterRegistry registry;

    @CacheName("report-releases")
    Cache releases;

    @CacheName("report-figures")
    Cache figures;

    @CacheName("report-within-without")
    Cache withinWithout;

    @Inject
    MirrorPairing pairing;

    /** The report asked for, or a problem: 404 for what the caller cannot see, 400/403/409 for a refused request. */
    public Report report(long assessmentId, ReportRequest request) {
        Context context = context(assessmentId);
        Long limit = directory.unitLimit().orElse(null);
        return report(context, request.unitId() == null && limit != null
                ? new ReportRequest(limit, request.segment(), request.level(), request.language()) : request, true);
    }

    /**
     * The anonymized response data of a closed assessment, one row per respondent (unit and segment
     * as {@link RowLabels} allow, then the answers as given), written as it is read from storage.
     * Comments are never part of it: nothing links them to answers.
     */
    public StreamingOutput responseData(long assessmentId) {
        Context context = context(assessmentId);
        if (directory.unitLimit().isPresent()) {
            throw new ProblemException(403, "Forbidden", "The response data covers the whole organization; a manager"
                    + " limited to a unit reads the reports of that unit.", List.of());
        }
        Release release = context.release();
        if (release.interim) {
            throw ProblemException.conflict("The response data is released when the assessment closes.");
        }
        if (!release.disclosure.shown(CellTree.ROOT, Headcount.ALL)) {
            throw new ProblemException(403, "Group too small to report", "The assessment has fewer than "
                    + release.k + " responses.", List.of());
        }
        RowLabels labels = rowLabels(release).orElseThrow(() -> ProblemException.conflict(
                "Row by row, this assessment's responses could be matched against the report's totals to single out"
                        + " a group of fewer than " + release.k + " people (for instance the few people of one"
                        + " segment in one unit). Export the report's tables instead."));
        return output -> ResponseDataCsv.write(release, labels, store, output);
    }

    /** The access codes of an assessment per unit, used counts as the report shows them ({@link CodeUse}). */
    public CodeUse codeUse(long assessmentId) {
        if (assessments.assessment(assessmentId).status == AssessmentStatus.CLOSED) {
            Report report = report(assessmentId, new ReportRequest(null, null, null, null));
            if (report.figures().shown() && report.figures().value().responseRates().available()) {
                return CodeUse.of(report.figures().value().responseRates().value());
            }
        }
        return new CodeUse(false, codes.counts(assessmentId).stream()
                .map(count -> new CodeUse.Row(count.unitId(), count.unitPath(), count.issued(), null)).toList());
    }

    /** The questionnaire of an assessment the caller may see (its pages speak its languages). */
    public Instrument instrument(long assessmentId) {
        return assessments.instrument(assessments.assessment(assessmentId));
    }

    private static Optional<RowLabels> rowLabels(Release release) {
        return RowLabels.of(release.disclosure,
                release.segmentQuestion == null ? List.of() : release.segmentQuestion.keys());
    }

    private static boolean releasesResponseData(Release release) {
        return !release.interim && release.disclosure.shown(CellTree.ROOT, Headcount.ALL)
                && rowLabels(release).isPresent();
    }

    /** What one report of an assessment is made from. */
    record Context(Assessment assessment, Organization organization, Instrument instrument, Release release) {
    }

    Context context(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        if (assessment.status == AssessmentStatus.DRAFT) {
            throw ProblemException.conflict("The assessment is a draft: it has no answers to report on yet.");
        }
        Organization organization = directory.organization(assessment.organizationId);
        Instrument instrument = assessments.instrument(assessment);
        boolean open = assessment.status == AssessmentStatus.OPEN;
        UnitTree units = directory.wholeUnits(organization.id);
        if (!open) {
            units = pinnedTrees.pinned(assessment.id, organization.id, units);
        }
        CellTree tree = CellTree.of(organization.name, units.nodes());
        Optional<SegmentQuestion> question = assessments.segmentQuestion(assessment);
        // while open, answers given in live workshop sessions wait: their rooms follow them in steps of their own
        long received = open ? store.countOutsideSessions(assessment.id) : store.count(assessment.id);
        long size = open ? Release.interimSize(Math.toIntExact(received), assessment.minGroupSize) : received;
        ReleaseKey key = new ReleaseKey(assessment.id, open, size, fingerprint(tree));
        Release release = releases.get(key, k -> timed("release", open, () -> {
            List<RoomOrder> rooms = open ? List.of() : store.roomOrders(assessment.id);
            int items = instrument.items().size();
            return Release.of(assessment.id, InstrumentShape.of(instrument), question.orElse(null), tree,
                    assessment.minGroupSize, assessment.commentThreshold, open,
                    open ? store.scanOutsideSessions(assessment.id, items)
                            : store.scanClosed(assessment.id, items, RoomBlocks.segmentsShown(rooms,
                                    question.map(q -> q.options().size()).orElse(0), assessment.minGroupSize)),
                    codes.counts(assessment.id), store.commentsOutsideSessions(assessment.id),
                    commentsOfRooms(rooms), rooms);
        })).await().indefinitely();
        return new Context(assessment, organization, instrument, release);
    }

    private Map<Long, List<ResponseComment>> commentsOfRooms(List<RoomOrder> rooms) {
        Map<Long, List<ResponseComment>> comments = new HashMap<>();
        rooms.forEach(room -> comments.put(room.sessionId(), store.sessionComments(room.sessionId())));
        return comments;
    }

    /**
     * Times a computation that the caches did not have ({@code selving.report.computations}): reading the
     * responses and cutting a release, or the figures of one report out of it.
     */
    private <T> T timed(String part, boolean open, Supplier<T> computation) {
        return Timer.builder(COMPUTATIONS).description("Report computations (cache misses) and their time")
                .tag("part", part).tag("assessment", open ? "open" : "closed").register(registry)
                .record(computation);
    }

    /** A release is the same while the assessment's responses and the unit tree are. */
    record ReleaseKey(long assessmentId, boolean interim, long responses, String tree) {
    }

    /** Figures are the same for the same release, group, level, language and comparison. */
    record FiguresKey(ReleaseKey release, int node, int column, int level, String language, boolean withChange) {
    }

    /** A within/without section is the same for the same two releases, group, level and language. */
    record WithinWithoutKey(ReleaseKey inside, ReleaseKey outside, int node, int column, int level, String language) {
    }

    private static ReleaseKey keyOf(Release release) {
        return new ReleaseKey(release.assessmentId, release.interim, release.rows(), fingerprint(release.tree));
    }

    private static String fingerprint(CellTree tree) {
        StringBuilder text = new StringBuilder();
        for (int node = 0; node < tree.size(); node++) {
            text.append(tree.unitId(node)).append(':').append(tree.parent(node)).append(':').append(tree.path(node))
                    .append('\n');
        }
        return Integer.toHexString(text.toString().hashCode()) + "-" + text.length();
    }

    Report report(Context context, ReportRequest request, boolean withChange) {
        Release release = context.release();
        Instrument instrument = context.instrument();
        CellTree tree = release.tree;
        int node = node(context, request.unitId());
        int top = directory.unitLimit().map(tree::nodeOf).orElse(CellTree.ROOT);
        int column = column(release, request.segment());
        String language = language(instrument, request.language());
        List<Integer> levels = levels(tree, node);
        int level = level(tree, node, levels, request.level());
        refuseIfTooNarrow(context, node, column, top);

        FiguresKey key = new FiguresKey(keyOf(release), node, column, level, language, withChange);
        Disclosed<Report.Figures> figures = this.figures.get(key,
                k -> timed("figures", release.interim, () -> new ReportBuilder(release, language, node, column, level)
                        .figures(withChange ? previous(context, request) : Section.unavailable(
                                Section.Unavailable.NO_PREVIOUS_ASSESSMENT))))
                .await().indefinitely();

        Assessment a = context.assessment();
        Optional<Assessment> paired = a.pairedAssessmentId != null
                ? Optional.of(assessments.assessment(a.pairedAssessmentId)) : pairing.mirrorOf(a.id);
        String segmentLabel = column == Headcount.ALL ? null : release.segmentLabel(column, language);
        return new Report(
                new Report.About(a.id, a.organizationId, context.organization().name, a.title, a.status,
                        instrument.key(), instrument.title().getOrDefault(language, instrument.key()), language,
                        instrument.languages(), a.minGroupSize, a.commentThreshold, instrument.isMirror(),
                        paired.map(p -> new Report.AssessmentLink(p.id, p.title)).orElse(null)),
                new Report.Scope(tree.reportedUnitId(node), tree.path(node),
                        column == Headcount.ALL ? null : request.segment(), segmentLabel, level, levels,
                        ancestors(release, node, top), segmentChoices(release, node, language)),
                new Report.Basis(release.interim, release.rows(), releasesResponseData(release)), figures,
                withChange && !instrument.isMirror() ? withinWithout(context, node, column, level, language, figures)
                        : Section.unavailable(Section.Unavailable.NO_MIRROR));
    }

    /**
     * The report's group as outsiders see it, from the mirror assessment paired with this one: what
     * the mirror's own report shows of the same unit, cut again for this report's k when it is the
     * larger ({@link Release#disclosureAtLeast}), and while the mirror is open only for the whole
     * organization, as its own report.
     */
    private Section<WithinWithout> withinWithout(Context context, int node, int column, int level, String language,
            Disclosed<Report.Figures> figures) {
        if (!figures.shown()) {
            return Section.unavailable(Section.Unavailable.REPORT_WITHHELD);
        }
        Optional<Assessment> mirror = pairing.mirrorOf(context.assessment().id);
        if (mirror.isEmpty()) {
            return Section.unavailable(Section.Unavailable.NO_MIRROR);
        }
        if (mirror.get().status == AssessmentStatus.DRAFT) {
            return Section.unavailable(Section.Unavailable.MIRROR_DRAFT);
        }
        Context outside = context(mirror.get().id);
        Release in = context.release();
        Release out = outside.release();
        if (!outside.instrument().isMirror()
                || !outside.instrument().mirrors().instrument().equals(context.instrument().key())) {
            return Section.unavailable(Section.Unavailable.NO_MIRROR);
        }
        Long unitId = in.tree.reportedUnitId(node);
        int outsideNode = out.tree.nodeOfReported(unitId);
        if (outsideNode < 0) {
            return Section.unavailable(Section.Unavailable.NOT_IN_MIRROR);
        }
        if (out.interim && (outsideNode != CellTree.ROOT || directory.unitLimit().isPresent())) {
            return Section.unavailable(Section.Unavailable.MIRROR_INTERIM);
        }
        if (!out.disclosureAtLeast(in.k).shown(outsideNode, Headcount.ALL)) {
            return Section.unavailable(Section.Unavailable.TOO_FEW_OUTSIDERS);
        }
        Report outsiders = report(outside, new ReportRequest(unitId, null, null,
                outside.instrument().languages().contains(language) ? language : null), false);
        WithinWithoutKey key = new WithinWithoutKey(keyOf(in), keyOf(out), node, column, level, language);
        WithinWithout.Mirror about = new WithinWithout.Mirror(mirror.get().id, mirror.get().title, out.interim, out.rows());
        return withinWithout.get(key, k -> Section.of(new WithinWithoutBuilder(in, node, column, figures.value(), out,
                outsideNode, outsiders.figures().value(), about).build())).await().indefinitely();
    }

    /** The units above the node, up to the top of what the caller may see. */
    private static List<Report.UnitChoice> ancestors(Release release, int node, int top) {
        List<Report.UnitChoice> ancestors = new ArrayList<>();
        for (int n = release.tree.parent(node); n >= 0 && release.tree.isWithin(n, top); n = release.tree.parent(n)) {
            boolean shown = release.disclosure.shown(n, Headcount.ALL) && (n == CellTree.ROOT || !release.interim);
            ancestors.add(0, new Report.UnitChoice(release.tree.reportedUnitId(n),
                    release.tree.name(n), shown));
        }
        return ancestors;
    }

    private static List<Report.SegmentChoice> segmentChoices(Release release, int node, String language) {
        List<Report.SegmentChoice> choices = new ArrayList<>();
        for (int s = 1; s <= release.segmentCount(); s++) {
            choices.add(new Report.SegmentChoice(release.segmentKey(s), release.segmentLabel(s, language),
                    !release.interim && release.disclosure.shown(node, s)));
        }
        return choices;
    }

    private int node(Context context, Long unitId) {
        if (unitId == null) {
            return CellTree.ROOT;
        }
        directory.unit(context.organization().id, unitId);
        int node = context.release().tree.nodeOf(unitId);
        if (node < 0) {
            throw ProblemException.notFound("Unit " + unitId + " was created after this assessment closed.");
        }
        return node;
    }

    private static int column(Release release, String segment) {
        if (segment == null) {
            return Headcount.ALL;
        }
        if (release.segmentQuestion == null) {
            throw ProblemException.invalid("segment", "this assessment asks no segment question");
        }
        int position = release.segmentQuestion.positionOf(segment);
        if (position == 0) {
            throw ProblemException.invalid("segment", "must be one of " + String.join(", ",
                    release.segmentQuestion.keys()));
        }
        return position;
    }

    private static String language(Instrument instrument, String language) {
        if (language == null) {
            return instrument.defaultLanguage();
        }
        if (!instrument.languages().contains(language)) {
            throw ProblemException.invalid("lang", "the questionnaire is in " + String.join(", ", instrument.languages()));
        }
        return language;
    }

    /** The depths below the node that have units. */
    private static List<Integer> levels(CellTree tree, int node) {
        int deepest = tree.depth(node);
        for (int n = node; n < tree.end(node); n++) {
            deepest = Math.max(deepest, tree.depth(n));
        }
        List<Integer> levels = new ArrayList<>();
        for (int depth = tree.depth(node) + 1; depth <= deepest; depth++) {
            levels.add(depth);
        }
        return levels;
    }

    private static int level(CellTree tree, int node, List<Integer> levels, Integer asked) {
        if (asked == null) {
            return levels.isEmpty() ? tree.depth(node) + 1 : levels.get(levels.size() - 1);
        }
        if (!levels.contains(asked)) {
            throw ProblemException.invalid("level", levels.isEmpty() ? "this unit has no units below it"
                    : "must be one of " + levels);
        }
        return asked;
    }

    /**
     * A report may narrow down only to a group the disclosure decisions show; the whole of what the
     * caller may see (the organization, or the unit a manager is limited to) is always answered, with
     * its figures withheld when the disclosure decisions withhold them. An open assessment publishes
     * organization-wide figures only, so a manager limited to a unit waits for it to close.
     */
    private static void refuseIfTooNarrow(Context context, int node, int column, int top) {
        Release release = context.release();
        boolean whole = node == top && column == Headcount.ALL;
        if (whole && (top == CellTree.ROOT || !release.interim)) {
            return;
        }
        if (release.interim) {
            throw ProblemException.conflict("The assessment is still open: until it closes, only organization-wide"
                    + " figures are published, so that no one can follow a unit's answers as they come in.");
        }
        if (!release.disclosure.shown(node, column)) {
            List<FieldError> errors = new ArrayList<>();
            String reason = release.disclosure.withheld(node, column) == Withheld.FEWER_THAN_K
                    ? "fewer than " + release.k + " responses"
                    : "its figures would let a smaller group's answers be worked out by subtraction";
            if (node != CellTree.ROOT) {
                errors.add(new FieldError("unit", reason));
            }
            if (column != Headcount.ALL) {
                errors.add(new FieldError("segment", reason));
            }
            throw new ProblemException(403, "Group too small to report",
                    "This report would narrow down to a group that is not shown: " + reason + ".", errors);
        }
    }

    /** The same group's report in the latest earlier closed assessment of the organization with the same questionnaire. */
    private Section<Report> previous(Context context, ReportRequest request) {
        Assessment current = context.assessment();
        Optional<Assessment> previous = assessments.list(current.organizationId).stream()
                .filter(a -> a.status == AssessmentStatus.CLOSED && !a.id.equals(current.id)
                        && isEarlier(a, current)
                        && assessments.instrument(a).key().equals(context.instrument().key()))
                .findFirst();
        if (previous.isEmpty()) {
            return Section.unavailable(Section.Unavailable.NO_PREVIOUS_ASSESSMENT);
        }
        Context before = context(previous.get().id);
        if (request.segment() != null && (before.release().segmentQuestion == null
                || before.release().segmentQuestion.positionOf(request.segment()) == 0)) {
            return Section.unavailable(Section.Unavailable.NO_PREVIOUS_ASSESSMENT);
        }
        int node = before.release().tree.nodeOfReported(request.unitId());
        int column = column(before.release(), request.segment());
        if (node < 0 || !before.release().disclosure.shown(node, column)) {
            return Section.unavailable(Section.Unavailable.PREVIOUS_WITHHELD);
        }
        return Section.of(report(before, new ReportRequest(request.unitId(), request.segment(), null,
                request.language() == null || !before.instrument().languages().contains(request.language()) ? null
                        : request.language()), false));
    }

    private static boolean isEarlier(Assessment a, Assessment b) {
        return a.createdAt.isBefore(b.createdAt) || a.createdAt.equals(b.createdAt) && a.id < b.id;
    }
}
