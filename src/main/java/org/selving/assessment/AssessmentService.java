package org.selving.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentCatalog;
import org.selving.instrument.InstrumentVersion;
import org.selving.instrument.InstrumentVersions;
import org.selving.organization.OrganizationDirectory;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;
import org.selving.web.FieldError;
import org.selving.web.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Assessments and their cycle: created as drafts, opened (the instrument version is pinned for good),
 * closed. Enforces what may change when: k, the comment threshold, the instrument and the segment
 * question are fixed once answers may exist; a mirror assessment's pairing ({@link MirrorPairing}) once
 * it is closed.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    OrganizationDirectory directory;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    InstrumentVersions versions;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    Event<AssessmentClosed> closed;

    @Inject
    MirrorPairing pairing;

    /** The assessments of an organization, newest first. */
    public List<Assessment> list(long organizationId) {
        directory.organization(organizationId);
        return Assessment.list("organizationId = ?1 order by createdAt desc, id desc", organizationId);
    }

    /**
     * Locks the assessment's row until the caller's transaction ends: for derived data of a closed
     * assessment that two requests, or two instances on one database, must not write at once (its
     * packed response blocks, its pinned unit tree). Whoever waited then finds it written.
     */
    public void lock(long assessmentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("SELECT id FROM assessment WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, assessmentId);
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("Locking assessment " + assessmentId + " failed", e);
        }
    }

    /** An assessment the caller may see (through its organization), or a 404 that reads the same either way. */
    public Assessment assessment(long id) {
        Assessment assessment = Assessment.findById(id);
        if (assessment == null || !directory.sees(assessment.organizationId)) {
            throw ProblemException.notFound("No assessment " + id + ".");
        }
        return assessment;
    }

    @Transactional
    public Assessment create(long organizationId, AssessmentSettings settings) {
        directory.organization(organizationId);
        Instrument instrument = checked(settings, null);
        pairing.check(organizationId, null, instrument, settings.pairedAssessmentId(), false);
        Assessment assessment = new Assessment();
        assessment.organizationId = organizationId;
        assessment.status = AssessmentStatus.DRAFT;
        assessment.createdAt = Instant.now();
        apply(assessment, settings, instrument);
        assessment.persist();
        audit.record(Action.ASSESSMENT_CREATED, assessment.id, organizationId, assessment.title);
        return assessment;
    }

    /** Replaces the settings; a draft is re-pinned to the questionnaire as it is now. */
    @Transactional
    public Assessment update(long id, AssessmentSettings settings) {
        Assessment assessment = assessment(id);
        Instrument instrument = checked(settings, assessment);
        pairing.checkInternalChange(assessment, instrument.key());
        pairing.check(assessment.organizationId, assessment, instrument, settings.pairedAssessmentId(),
                assessment.status != AssessmentStatus.DRAFT);
        apply(assessment, settings, instrument);
        audit.record(Action.ASSESSMENT_CHANGED, id, assessment.organizationId, assessment.title);
        return assessment;
    }

    /**
     * Pairs a mirror assessment with an internal one ({@code null}: no pairing), its other settings
     * as they are: the console's pairing form, checked exactly as the API's settings.
     */
    @Transactional
    public Assessment pair(long id, Long pairedAssessmentId) {
        AssessmentSettings s = view(assessment(id)).settings();
        return update(id, new AssessmentSettings(s.instrument(), s.title(), s.opensAt(), s.closesAt(), s.minGroupSize(),
                s.commentThreshold(), s.openLink(), s.segmentQuestion(), pairedAssessmentId));
    }

    /** Starts taking answers, pinning the questionnaire as it is now; the version never changes again. */
    @Transactional
    public Assessment open(long id) {
        Assessment assessment = assessment(id);
        if (assessment.status != AssessmentStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft can be opened; this assessment is "
                    + assessment.status.name().toLowerCase() + ".");
        }
        if (assessment.closesAt != null && !assessment.closesAt.isAfter(Instant.now())) {
            throw ProblemException.conflict("closesAt", "The window ended at " + assessment.closesAt
                    + "; set a later closesAt before opening.");
        }
        String key = instrumentKey(assessment);
        Instrument instrument = catalog.find(key).orElseThrow(() -> ProblemException.conflict("instrument",
                "The questionnaire '" + key + "' is no longer available; choose another one."));
        pairing.check(assessment.organizationId, assessment, instrument, assessment.pairedAssessmentId, true);
        assessment.instrumentVersionId = versions.pin(instrument).id;
        assessment.status = AssessmentStatus.OPEN;
        audit.record(Action.ASSESSMENT_OPENED, id, assessment.organizationId, null);
        return assessment;
    }

    @Transactional
    public Assessment close(long id) {
        Assessment assessment = assessment(id);
        if (assessment.status != AssessmentStatus.OPEN) {
            throw ProblemException.conflict("Only an open assessment can be closed; this one is "
                    + assessment.status.name().toLowerCase() + ".");
        }
        assessment.status = AssessmentStatus.CLOSED;
        audit.record(Action.ASSESSMENT_CLOSED, id, assessment.organizationId, null);
        closed.fire(new AssessmentClosed(id, assessment.organizationId));
        return assessment;
    }

    public AssessmentView view(Assessment a) {
        InstrumentVersion version = InstrumentVersion.findById(a.instrumentVersionId);
        AssessmentSettings settings = new AssessmentSettings(version.instrumentKey, a.title,
                offset(a.opensAt), offset(a.closesAt), a.minGroupSize, a.commentThreshold, a.openLink,
                segmentQuestion(a).orElse(null), a.pairedAssessmentId);
        return new AssessmentView(a.id, a.organizationId, a.status, a.instrumentVersionId, version.contentHash,
                a.createdAt, Intake.accepting(a.status, a.opensAt, a.closesAt, Instant.now()), settings,
                pairing.mirrorOf(a.id).map(mirror -> mirror.id).orElse(null));
    }

    public Optional<SegmentQuestion> segmentQuestion(Assessment assessment) {
        return Optional.ofNullable(readSegmentQuestion(assessment.segmentQuestion));
    }

    /** The pinned instrument the assessment's answers are stored against. */
    public Instrument instrument(Assessment assessment) {
        return versions.definition(assessment.instrumentVersionId);
    }

    /**
     * What taking an answer needs to know about an assessment. Respondents are anonymous, so this is
     * not scoped by the caller's rights: holding a code or an open link is what grants access.
     */
    public Optional<Intake> intake(long assessmentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT organization_id, title, status, opens_at, closes_at, open_link, instrument_version_id,
                               segment_question, min_group_size, comment_threshold
                        FROM assessment WHERE id = ?""")) {
            select.setLong(1, assessmentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime opensAt = row.getObject(4, OffsetDateTime.class);
                OffsetDateTime closesAt = row.getObject(5, OffsetDateTime.class);
                return Optional.of(new Intake(assessmentId, row.getLong(1), row.getString(2),
                        AssessmentStatus.valueOf(row.getString(3)), opensAt == null ? null : opensAt.toInstant(),
                        closesAt == null ? null : closesAt.toInstant(), row.getBoolean(6), row.getLong(7),
                        readSegmentQuestion(row.getString(8)), row.getInt(9), row.getInt(10)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading assessment " + assessmentId + " failed", e);
        }
    }

    /** Checks settings against the catalog and the assessment's status; returns the instrument to pin. */
    private Instrument checked(AssessmentSettings s, Assessment current) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Instrument> instrument = catalog.find(s.instrument());
        if (instrument.isEmpty()) {
            errors.add(new FieldError("instrument", "no questionnaire '" + s.instrument() + "'; available: "
                    + String.join(", ", catalog.all().stream().map(Instrument::key).toList())));
        }
        if (s.opensAt() != null && s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        int k = minGroupSize(s);
        if (commentThreshold(s) < k) {
            errors.add(new FieldError("commentThreshold", "must be at least minGroupSize (" + k + ")"));
        }
        if (s.segmentQuestion() != null) {
            List<String> languages = current != null && current.status != AssessmentStatus.DRAFT
                    ? instrument(current).languages()
                    : instrument.map(Instrument::languages).orElse(List.of());
            checkSegmentQuestion(s.segmentQuestion(), languages, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (current != null && current.status != AssessmentStatus.DRAFT) {
            checkFixed(s, current);
            return instrument(current);
        }
        return instrument.orElseThrow();
    }

    /** Once answers may exist, changing these would change how they are read or who they could expose. */
    private void checkFixed(AssessmentSettings s, Assessment current) {
        String state = current.status.name().toLowerCase();
        List<String> changed = new ArrayList<>();
        if (!s.instrument().equals(instrumentKey(current))) {
            changed.add("instrument");
        }
        if (minGroupSize(s) != current.minGroupSize) {
            changed.add("minGroupSize");
        }
        if (commentThreshold(s) != current.commentThreshold) {
            changed.add("commentThreshold");
        }
        if (!Objects.equals(s.segmentQuestion(), segmentQuestion(current).orElse(null))) {
            changed.add("segmentQuestion");
        }
        if (current.status == AssessmentStatus.CLOSED) {
            if (!Objects.equals(instant(s.opensAt()), current.opensAt)) {
                changed.add("opensAt");
            }
            if (!Objects.equals(instant(s.closesAt()), current.closesAt)) {
                changed.add("closesAt");
            }
            if (openLink(s) != current.openLink) {
                changed.add("openLink");
            }
            if (!Objects.equals(s.pairedAssessmentId(), current.pairedAssessmentId)) {
                changed.add(MirrorPairing.FIELD);
            }
        }
        if (!changed.isEmpty()) {
            throw new ProblemException(409, "Conflict", "The assessment is " + state + "; "
                    + String.join(", ", changed) + " can no longer change.",
                    changed.stream().map(f -> new FieldError(f, "fixed while the assessment is " + state)).toList());
        }
    }

    private static void checkSegmentQuestion(SegmentQuestion q, List<String> languages, List<FieldError> errors) {
        checkTexts("segmentQuestion.text", q.text(), languages, errors);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            SegmentQuestion.Option option = q.options().get(i);
            String field = "segmentQuestion.options[" + i + "]";
            if (!keys.add(option.key())) {
                errors.add(new FieldError(field + ".key", "duplicate option '" + option.key() + "'"));
            }
            checkTexts(field + ".label", option.label(), languages, errors);
        }
    }

    private static void checkTexts(String field, Map<String, String> texts, List<String> languages,
            List<FieldError> errors) {
        for (String language : languages) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                errors.add(new FieldError(field + "." + language, "missing: the questionnaire is also in " + language));
            } else if (text.length() > 200) {
                errors.add(new FieldError(field + "." + language, "at most 200 characters"));
            }
        }
        for (String language : texts.keySet()) {
            if (!languages.contains(language)) {
                errors.add(new FieldError(field + "." + language, "the questionnaire has no language '"
                        + language + "'; it has " + String.join(", ", languages)));
            }
        }
    }

    private void apply(Assessment a, AssessmentSettings s, Instrument instrument) {
        if (a.status == AssessmentStatus.DRAFT) {
            a.instrumentVersionId = versions.pin(instrument).id;
        }
        a.title = s.title().strip();
        a.opensAt = instant(s.opensAt());
        a.closesAt = instant(s.closesAt());
        a.minGroupSize = minGroupSize(s);
        a.commentThreshold = commentThreshold(s);
        a.openLink = openLink(s);
        a.segmentQuestion = writeSegmentQuestion(s.segmentQuestion());
        a.pairedAssessmentId = s.pairedAssessmentId();
    }

    private static String instrumentKey(Assessment assessment) {
        InstrumentVersion version = InstrumentVersion.findById(assessment.instrumentVersionId);
        return version.instrumentKey;
    }

    private static int minGroupSize(AssessmentSettings s) {
        return s.minGroupSize() == null ? AssessmentSettings.DEFAULT_MIN_GROUP_SIZE : s.minGroupSize();
    }

    private static int commentThreshold(AssessmentSettings s) {
        return s.commentThreshold() != null ? s.commentThreshold()
                : Math.max(AssessmentSettings.DEFAULT_COMMENT_THRESHOLD, minGroupSize(s));
    }

    private static boolean openLink(AssessmentSettings s) {
        return Boolean.TRUE.equals(s.openLink());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private String writeSegmentQuestion(SegmentQuestion question) {
        try {
            return question == null ? null : json.writeValueAsString(question);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SegmentQuestion readSegmentQuestion(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, SegmentQuestion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored segment question is not readable: " + stored, e);
        }
    }
}
