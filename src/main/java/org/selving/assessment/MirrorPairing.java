package org.selving.assessment;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentVersion;
import org.selving.web.FieldError;
import org.selving.web.ProblemException;

/**
 * Which internal assessment an assessment of a mirror questionnaire is paired with
 * ({@link Assessment#pairedAssessmentId}): one of the same organization, of the questionnaire the
 * mirror mirrors, not paired with another mirror, and not a draft once the mirror takes answers.
 * Every refusal names the field {@code pairedAssessmentId}: 400 for a pairing that can never be,
 * 409 for one that the assessments' state forbids now.
 */
@ApplicationScoped
public class MirrorPairing {

    static final String FIELD = "pairedAssessmentId";

    /**
     * Refuses the pairing asked for a mirror assessment (being created when {@code mirror} is null).
     *
     * @param instrument   the mirror assessment's questionnaire (the pinned one once it is open)
     * @param takesAnswers the mirror is open or closed, or being opened
     */
    void check(long organizationId, Assessment mirror, Instrument instrument, Long pairedId, boolean takesAnswers) {
        if (pairedId == null) {
            return;
        }
        if (!instrument.isMirror()) {
            throw ProblemException.invalid(FIELD, "'" + instrument.key() + "' is not a mirror questionnaire: only an"
                    + " assessment of a mirror questionnaire (one that names what it mirrors, such as selving_mirror)"
                    + " is paired with an internal assessment");
        }
        Assessment internal = Assessment.findById(pairedId);
        if (internal == null || internal.organizationId != organizationId) {
            throw ProblemException.invalid(FIELD, "no assessment " + pairedId + " in this organization: a mirror is"
                    + " paired with an internal assessment of the same organization");
        }
        String asked = InstrumentVersion.<InstrumentVersion>findById(internal.instrumentVersionId).instrumentKey;
        String mirrored = instrument.mirrors().instrument();
        if (!asked.equals(mirrored)) {
            throw ProblemException.invalid(FIELD, "assessment " + pairedId + " asks the questionnaire '" + asked
                    + "'; '" + instrument.key() + "' mirrors '" + mirrored + "'");
        }
        Optional<Assessment> other = mirrorOf(pairedId).filter(m -> mirror == null || !m.id.equals(mirror.id));
        if (other.isPresent()) {
            throw ProblemException.conflict(FIELD, "assessment " + pairedId + " is already paired with the mirror"
                    + " assessment " + other.get().id + " (“" + other.get().title + "”)");
        }
        if (takesAnswers && internal.status == AssessmentStatus.DRAFT) {
            throw new ProblemException(409, "Conflict", "The internal assessment " + internal.id + " is a draft.",
                    List.of(new FieldError(FIELD, "assessment " + internal.id + " (“" + internal.title + "”) is a"
                            + " draft: a mirror that takes answers is paired with an internal assessment that is"
                            + " open or closed; open it first")));
        }
    }

    /** An internal draft paired with a mirror keeps the questionnaire the mirror mirrors. */
    void checkInternalChange(Assessment internal, String instrumentKey) {
        mirrorOf(internal.id).ifPresent(mirror -> {
            if (!instrumentKey.equals(InstrumentVersion.<InstrumentVersion>findById(internal.instrumentVersionId)
                    .instrumentKey)) {
                throw ProblemException.conflict("instrument", "the mirror assessment " + mirror.id
                        + " is paired with this one: pair it with another assessment before changing the questionnaire");
            }
        });
    }

    /** The mirror assessment paired with an internal assessment, if any. */
    public Optional<Assessment> mirrorOf(long internalId) {
        return Assessment.find("pairedAssessmentId", internalId).firstResultOptional();
    }
}
