package org.selving.response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.AccessCodeService;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.CodeHolder;
import org.selving.assessment.Intake;
import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.InstrumentVersions;
import org.selving.operations.DatabaseUnavailable;
import org.selving.security.CodeThrottle;
import org.selving.web.FieldError;
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;

/**
 * Taking answers, for the JSON API and the web form alike: who may answer what, every check on the
 * answers (reported per field, all at once), and storing them so that an acknowledged response is
 * on disk and nothing links it to the code that was spent for it.
 */
@ApplicationScoped
public class ResponseService {

    @Inject
    AssessmentService assessments;

    @Inject
    AccessCodeService codes;

    @Inject
    InstrumentVersions versions;

    @Inject
    ResponseWriter writer;

    @Inject
    DurableCommit durableCommit;

    @Inject
    ResponseMetrics metrics;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CodeThrottle throttle;

    private final Map<Long, AnswerPacking> packings = new ConcurrentHashMap<>();

    /**
     * Lets the holder of an unused code in: the questionnaire and where the answers will go. Spends
     * nothing: the code is spent by {@link #submit}. An unknown code and a used one are refused alike,
     * after the same single look-up, and count against the client's {@link CodeThrottle}.
     *
     * @throws ProblemException 403 on {@code code} when it cannot be used, 429 while the client is throttled
     */
    public Admission admitWithCode(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("code", "required");
        }
        throttle.check();
        CodeHolder holder = codes.find(code).filter(found -> !found.used()).orElse(null);
        if (holder == null) {
            throw unusableCode();
        }
        Intake intake = assessments.intake(holder.assessmentId()).orElseThrow();
        intake.requireAccepting(Instant.now());
        return new Admission(intake, holder.unitId(), packing(intake).instrument(), holder);
    }

    /**
     * The assessment behind an open link, before anyone has picked a unit (the page that offers the
     * choice): refused exactly as {@link #admitByLink(long, long)} refuses it, the unit aside. An
     * assessment answered with codes only is refused exactly like one that does not exist, so that
     * trying ids tells nobody which exist.
     */
    public Intake openLink(long assessmentId) {
        Intake intake = assessments.intake(assessmentId).filter(Intake::openLink).orElseThrow(() ->
                ProblemException.invalid("assessmentId", "no assessment " + assessmentId + " with an open link"));
        intake.requireAccepting(Instant.now());
        return intake;
    }

    /** Lets anyone in through an assessment's open link, answering for the unit they picked. */
    public Admission admitByLink(long assessmentId, long unitId) {
        Intake intake = openLink(assessmentId);
        if (organizationOf(unitId) != intake.organizationId()) {
            throw ProblemException.invalid("unitId", "no unit " + unitId + " in this assessment's organization");
        }
        return new Admission(intake, unitId, packing(intake).instrument(), null);
    }

    /**
     * Checks and stores one response; returns once it is committed to disk.
     *
     * @throws ProblemException 400 with every field at fault, 403/409 when answers are not taken
     */
    public void submit(ResponseSubmission submission) {
        try {
            Admission admission = admit(submission);
            List<FieldError> errors = new ArrayList<>();
            StoredResponse response = compose(admission.intake(), admission.unitId(), submission.answers(),
                    submission.comments(), submission.segment(), JSON_FIELDS, errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            if (writer.write(response, admission.code()) == ResponseWriter.Outcome.REFUSED) {
                throw unusableCode();
            }
            durableCommit.await();
            metrics.accepted(admission.code() != null);
        } catch (ProblemException e) {
            metrics.refused(e.status());
            throw e;
        } catch (RuntimeException e) {
            metrics.refused(DatabaseUnavailable.causedBy(e) ? 503 : 500);
            throw e;
        }
    }

    /**
     * Checks one response given in a live workshop session, for the session's unit: the same checks,
     * field names and problems as {@link #submit}. The session stores it, in its own transaction.
     *
     * @throws ProblemException 400 with every field at fault, 409 when the assessment takes no answers now
     */
    public StoredResponse check(Intake intake, long unitId, Map<String, Integer> answers, Map<String, String> comments,
            String segment) {
        intake.requireAccepting(Instant.now());
        List<FieldError> errors = new ArrayList<>();
        StoredResponse response = compose(intake, unitId, answers, comments, segment, JSON_FIELDS, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return response;
    }

    /** How a problem is named: JSON paths for the API and the form, column names for CSV files. */
    record FieldNames(String answerPrefix, String commentPrefix, String segment, String whole) {
    }

    static final FieldNames JSON_FIELDS = new FieldNames("answers.", "comments.", "segment", "answers");

    /** Checks one response against its assessment's questionnaire; problems go to {@code errors}. */
    StoredResponse compose(Intake intake, long unitId, Map<String, Integer> answers, Map<String, String> comments,
            String segment, FieldNames names, List<FieldError> errors) {
        AnswerPacking packing = packing(intake);
        byte[] packed = packing.pack(answers, names.answerPrefix(), errors);
        List<StoredResponse.Comment> kept = packing.comments(comments, names.commentPrefix(), errors);
        int position = 0;
        if (segment != null && !segment.isBlank()) {
            SegmentQuestion question = intake.segmentQuestion();
            if (question == null) {
                errors.add(new FieldError(names.segment(), "this assessment asks no segment question"));
            } else {
                position = question.positionOf(segment.strip());
                if (position == 0) {
                    errors.add(new FieldError(names.segment(), "must be one of " + String.join(", ", question.keys())));
                }
            }
        }
        if (errors.isEmpty() && kept.isEmpty() && isBlank(packed)) {
            errors.add(new FieldError(names.whole(), "nothing answered: answer at least one question"));
        }
        return new StoredResponse(intake.assessmentId(), unitId, position, packed, LocalDate.now(), kept);
    }

    AnswerPacking packing(Intake intake) {
        return packings.computeIfAbsent(intake.instrumentVersionId(), id -> new AnswerPacking(versions.definition(id)));
    }

    private Admission admit(ResponseSubmission submission) {
        if (submission.code() != null) {
            if (submission.assessmentId() != null || submission.unitId() != null) {
                throw ProblemException.invalid("code", "give either an access code, or assessmentId and unitId");
            }
            return admitWithCode(submission.code());
        }
        List<FieldError> missing = new ArrayList<>();
        if (submission.assessmentId() == null) {
            missing.add(new FieldError("assessmentId", "required without an access code"));
        }
        if (submission.unitId() == null) {
            missing.add(new FieldError("unitId", "required without an access code"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        return admitByLink(submission.assessmentId(), submission.unitId());
    }

    /**
     * Counts the attempt against the client; says the same whether the code is unknown or was used, and
     * the same for any code people type to answer (access codes, live sessions' join codes).
     */
    public ProblemException unusableCode() {
        throttle.failed();
        return new ProblemException(403, "Forbidden", "This access code cannot be used: it is not a valid code, or it"
                + " has already been used (each code works once).",
                List.of(new FieldError("code", "not a valid code, or already used")));
    }

    private long organizationOf(long unitId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT organization_id FROM unit WHERE id = ?")) {
            select.setLong(1, unitId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading unit " + unitId + " failed", e);
        }
    }

    private static boolean isBlank(byte[] packed) {
        for (byte b : packed) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
