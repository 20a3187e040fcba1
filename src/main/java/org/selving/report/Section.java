package org.selving.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A part of the report, or why this report has none (a draft's segments, drivers below 30
 * responses...). JSON: {@code {"available": true, "value": ...}} or
 * {@code {"available": false, "unavailable": "TOO_FEW_FOR_DRIVERS"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section<T>(T value, Unavailable unavailable) {

    /** Why a part of the report is missing. */
    public enum Unavailable {
        /** The assessment is still open: only organization-wide figures are published until it closes. */
        INTERIM,
        /** The assessment asks no segment question. */
        NO_SEGMENT_QUESTION,
        /** The report is about one segment already. */
        SEGMENT_SCOPE,
        /** The unit has no units below it. */
        NO_UNITS_BELOW,
        /** No access codes were issued in this part of the organization. */
        NO_CODES,
        /** No earlier closed assessment of this organization used the same questionnaire. */
        NO_PREVIOUS_ASSESSMENT,
        /** The earlier assessment does not show this group (fewer than k responses then). */
        PREVIOUS_WITHHELD,
        /** Drivers need at least 30 respondents who answered every dimension and the outcome. */
        TOO_FEW_FOR_DRIVERS,
        /** The questionnaire has no outcome item to explain. */
        NO_OUTCOME,
        /** No group here has enough comments to show. */
        NO_COMMENTS,
        /** Not part of a live workshop room's figures (reliability, drivers and the like are for reports). */
        LIVE_ROOM,
        /** No mirror assessment (outsiders' view) is paired with this assessment. */
        NO_MIRROR,
        /** The paired mirror assessment is a draft: outsiders have not answered yet. */
        MIRROR_DRAFT,
        /** The paired mirror assessment is still open: outsiders' figures by unit or segment appear when it closes. */
        MIRROR_INTERIM,
        /** The unit was created after the paired mirror assessment closed. */
        NOT_IN_MIRROR,
        /** Fewer than k outsiders answered about this part of the organization. */
        TOO_FEW_OUTSIDERS,
        /** Fewer than three units show both staff's and outsiders' figures. */
        TOO_FEW_UNITS,
        /** This report's own figures are withheld. */
        REPORT_WITHHELD
    }

    public Section {
        if ((value == null) == (unavailable == null)) {
            throw new IllegalArgumentException("a section is either available or says why not");
        }
    }

    static <T> Section<T> of(T value) {
        return new Section<>(value, null);
    }

    static <T> Section<T> unavailable(Unavailable reason) {
        return new Section<>(null, reason);
    }

    @JsonProperty("available")
    public boolean available() {
        return value != null;
    }
}
