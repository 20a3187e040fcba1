package org.selving.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One cycle of asking an organization's people: which questionnaire (pinned version), when, and the
 * anonymity rules its reports follow. Change it through {@link AssessmentService}, which enforces
 * what may change in which status.
 */
@Entity
public class Assessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public Long organizationId;

    /** The exact instrument content answers are stored against; never changes once open. */
    @Column(name = "instrument_version_id")
    public Long instrumentVersionId;

    public String title;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    /** {@code null}: answers are taken as soon as it is open. */
    @Column(name = "opens_at")
    public Instant opensAt;

    /** {@code null}: answers are taken until it is closed. */
    @Column(name = "closes_at")
    public Instant closesAt;

    /** k: no figure is shown over fewer respondents. */
    @Column(name = "min_group_size")
    public int minGroupSize;

    /** Comments of a group are shown only when it has at least this many respondents. */
    @Column(name = "comment_threshold")
    public int commentThreshold;

    /** Whether people may answer without a code, picking their unit themselves. */
    @Column(name = "open_link")
    public boolean openLink;

    /** JSON of a {@link SegmentQuestion}, {@code null} when none is asked. */
    @Column(name = "segment_question")
    public String segmentQuestion;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * For an assessment of a mirror questionnaire: the internal assessment of the same organization it
     * is paired with ({@link MirrorPairing}); {@code null} otherwise or while not paired yet.
     */
    @Column(name = "paired_assessment_id")
    public Long pairedAssessmentId;
}
