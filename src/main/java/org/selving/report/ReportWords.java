package org.selving.report;

import org.selving.web.MirrorMessages;

/** The codes a {@link Report} holds (readings, why a part is missing or withheld) in the reader's words. */
final class ReportWords {

    private final ReportMessages text;
    private final MirrorMessages mirror;
    private final int minGroupSize;

    ReportWords(ReportMessages text, MirrorMessages mirror, int minGroupSize) {
        this.text = text;
        this.mirror = mirror;
        this.minGroupSize = minGroupSize;
    }

    String reliability(Reading.Reliability reading) {
        return switch (reading) {
            case RELIABLE -> text.reliability_reliable();
            case ACCEPTABLE -> text.reliability_acceptable();
            case USE_WITH_CARE -> text.reliability_use_with_care();
            case UNRELIABLE -> text.reliability_unreliable();
            case NOT_COMPUTABLE -> text.not_computable();
        };
    }

    String unitDifferences(Reading.UnitDifferences reading) {
        return switch (reading) {
            case UNITS_DIFFER -> text.units_differ();
            case UNITS_DIFFER_LITTLE -> text.units_differ_little();
            case UNIT_AVERAGES_UNSTEADY -> text.unit_averages_unsteady();
            case NOT_COMPUTABLE -> text.not_computable();
        };
    }

    String difference(Reading.Difference reading) {
        return switch (reading) {
            case HIGHER -> text.difference_higher();
            case LOWER -> text.difference_lower();
            case NO_CLEAR_DIFFERENCE -> text.difference_none();
            case NOT_COMPUTABLE -> text.not_computable();
        };
    }

    /** Why a part of the report is missing. */
    String unavailable(Section.Unavailable reason) {
        return switch (reason) {
            case INTERIM -> text.unavailable_interim();
            case NO_SEGMENT_QUESTION -> text.unavailable_no_segment_question();
            case SEGMENT_SCOPE -> text.unavailable_segment_scope();
            case NO_UNITS_BELOW -> text.unavailable_no_units_below();
            case NO_CODES -> text.unavailable_no_codes();
            case NO_PREVIOUS_ASSESSMENT -> text.unavailable_no_previous_assessment();
            case PREVIOUS_WITHHELD -> text.unavailable_previous_withheld();
            case TOO_FEW_FOR_DRIVERS -> text.unavailable_too_few_for_drivers();
            case NO_OUTCOME -> text.unavailable_no_outcome();
            case NO_COMMENTS -> text.unavailable_no_comments();
            case LIVE_ROOM -> text.unavailable_live_room();
            case NO_MIRROR -> mirror.unavailable_no_mirror();
            case MIRROR_DRAFT -> mirror.unavailable_mirror_draft();
            case MIRROR_INTERIM -> mirror.unavailable_mirror_interim();
            case NOT_IN_MIRROR -> mirror.unavailable_not_in_mirror();
            case TOO_FEW_OUTSIDERS -> mirror.unavailable_too_few_outsiders(minGroupSize);
            case TOO_FEW_UNITS -> mirror.unavailable_too_few_units();
            case REPORT_WITHHELD -> mirror.unavailable_report_withheld();
        };
    }

    String withheld(Withheld reason) {
        return reason == Withheld.FEWER_THAN_K ? text.withheld_fewer(minGroupSize) : text.withheld_protects();
    }
}
