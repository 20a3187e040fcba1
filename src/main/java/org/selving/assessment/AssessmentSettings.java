package org.selving.assessment;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the person running an assessment decides, as sent to create it (POST) or replace its settings
 * (PUT; send the {@code settings} of the current view back with the changes). Absent values take
 * their defaults. Once the assessment is open, instrument, minGroupSize, commentThreshold and
 * segmentQuestion must stay as they are.
 *
 * @param instrument       key of a questionnaire in {@code surveys/}, e.g. {@code selving}
 * @param opensAt          first moment answers are taken; absent: as soon as it is opened
 * @param closesAt         answers are refused from this moment; absent: until it is closed
 * @param minGroupSize     k, default 5, at least 3
 * @param commentThreshold default 10 (or k when k is larger), never below k
 * @param openLink         default false: answering needs an access code
 * @param segmentQuestion  absent: no segment question
 * @param pairedAssessmentId for an assessment of a mirror questionnaire (outsiders answering, such as
 *                         {@code selving_mirror}): the internal assessment of the same organization it
 *                         mirrors; absent: not paired (yet). Fixed once the assessment is closed
 */
public record AssessmentSettings(
        @NotBlank @Size(max = 64) String instrument,
        @NotBlank @Size(max = 200) String title,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        @Min(3) @Max(1000) Integer minGroupSize,
        @Min(3) @Max(1000) Integer commentThreshold,
        Boolean openLink,
        @Valid SegmentQuestion segmentQuestion,
        Long pairedAssessmentId) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    public static final int DEFAULT_COMMENT_THRESHOLD = 10;
}
