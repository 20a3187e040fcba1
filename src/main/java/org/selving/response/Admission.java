package org.selving.response;

import org.selving.assessment.CodeHolder;
import org.selving.assessment.Intake;
import org.selving.instrument.Instrument;

/**
 * Someone allowed to answer an assessment for a unit, by code or open link: what the questionnaire
 * page shows ({@code instrument}, the segment question in {@code intake}) and where the answers go.
 *
 * @param code the access code to spend with the answers, {@code null} for the open link
 */
public record Admission(Intake intake, long unitId, Instrument instrument, CodeHolder code) {
}
