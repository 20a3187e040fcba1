package org.selving.response;

import org.selving.assessment.Intake;
import org.selving.instrument.Instrument;

/**
 * Someone allowed to answer an assessment for a unit, by code or open link: what the questionnaire
 * page shows ({@code instrument}, the segment question in {@code intake}) and where the answers go.
 */
public record Admission(Intake intake, long unitId, Instrument instrument) {
}
