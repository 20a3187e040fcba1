package org.selving.response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.assessment.Intake;
import org.selving.instrument.CommentPrompt;
import org.selving.instrument.Item;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.Unit;
import org.selving.organization.UnitTree;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;
import org.selving.web.FieldError;
import org.selving.web.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports answers collected offline (paper sessions, past surveys) from a CSV file
 * ({@link CsvAnswerFile}): all rows or none, every bad row reported with its line and column, and the
 * same file never imported twice into an assessment.
 */
@ApplicationScoped
public class ResponseImportService {

    /** A problem listing more would be unreadable; the detail says how many there are in all. */
    static final int MAX_LISTED_ERRORS = 1000;

    /** In a file, a problem is named by its column (the item or prompt key), or "row" for the whole line. */
    private static final ResponseService.FieldNames CSV_FIELDS = new ResponseService.FieldNames("", "",
            CsvAnswerFile.SEGMENT, "row");

    @Inject
    AssessmentService assessments;

    @Inject
    OrganizationDirectory directory;

    @Inject
    ResponseService responses;

    @Inject
    ResponseStore store;

    @Inject
    DurableCommit durableCommit;

    @Inject
    AuditLog audit;

    @Inject
    ResponseMetrics metrics;

    public List<ImportView> list(long assessmentId) {
        assessments.assessment(assessmentId);
        return ResponseImport.<ResponseImport>list("assessmentId = ?1 order by id", assessmentId).stream()
                .map(ImportView::of).toList();
    }

    /**
     * Checks every row, then stores them all in one transaction; returns once they are on disk.
     * The assessment must be open; its window is not applied (paper answers are often typed in later).
     */
    public ImportView importCsv(long assessmentId, byte[] file, String fileName) {
        try {
            ImportView imported = importChecked(assessmentId, file, fileName);
            metrics.imported(true);
            return imported;
        } catch (ProblemException e) {
            metrics.imported(false);
            throw e;
        }
    }

    private ImportView importChecked(long assessmentId, byte[] file, String fileName) {
        Assessment assessment = assessments.assessment(assessmentId);
        if (assessment.status != AssessmentStatus.OPEN) {
            throw ProblemException.conflict("Answers can only be imported into an open assessment; this one is "
                    + assessment.status.name().toLowerCase() + ".");
        }
        String hash = sha256(file);
        if (ResponseImport.count("assessmentId = ?1 and fileHash = ?2", assessmentId, hash) > 0) {
            throw ProblemException.conflict("file", "This file has already been imported into this assessment.");
        }
        Intake intake = assessments.intake(assessmentId).orElseThrow();
        AnswerPacking packing = responses.packing(intake);
        CsvAnswerFile csv = new CsvAnswerFile(packing.instrument().items().stream().map(Item::key).toList(),
                new HashSet<>(packing.instrument().comments().stream().map(CommentPrompt::key).toList()),
                intake.segmentQuestion() != null);
        csv.read(file);
        List<FieldError> errors = new ArrayList<>(csv.errors());
        UnitTree units = directory.units(assessment.organizationId);
        List<StoredResponse> rows = new ArrayList<>();
        for (CsvAnswerFile.Row row : csv.rows()) {
            List<FieldError> rowErrors = new ArrayList<>();
            Unit unit = units.resolve(row.unit()).orElse(null);
            if (unit == null) {
                rowErrors.add(new FieldError(CsvAnswerFile.UNIT, units.isAmbiguous(row.unit())
                        ? "'" + row.unit() + "' names several units; give its path, e.g. 'Division/Team'"
                        : "no unit '" + row.unit() + "' in this organization"));
            }
            StoredResponse response = responses.compose(intake, unit == null ? 0 : unit.id, row.answers(),
                    row.comments(), row.segment(), CSV_FIELDS, rowErrors);
            rowErrors.forEach(e -> errors.add(new FieldError(e.field(), e.message(), row.line())));
            rows.add(response);
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            throw new ProblemException(400, "Invalid file", errors.size() + " problem(s) in the file; nothing was imported"
                    + (errors.size() > MAX_LISTED_ERRORS ? " (the first " + MAX_LISTED_ERRORS + " are listed)" : "") + ".",
                    errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)));
        }
        ResponseImport record = QuarkusTransaction.requiringNew().call(() -> {
            ResponseImport imported = new ResponseImport();
            imported.assessmentId = assessmentId;
            imported.fileHash = hash;
            imported.fileName = fileName;
            imported.rowCount = rows.size();
            imported.importedAt = Instant.now();
            imported.persist();
            store.insert(rows);
            audit.record(Action.RESPONSES_IMPORTED, assessmentId, assessment.organizationId,
                    rows.size() + " responses from " + (fileName == null ? "a file" : fileName));
            return imported;
        });
        durableCommit.await();
        return ImportView.of(record);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
