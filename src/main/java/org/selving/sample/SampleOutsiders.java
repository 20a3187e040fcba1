package org.selving.sample;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentSettings;
import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;

/**
 * The outsiders of a sample organization: members, partners and suppliers answering the mirror
 * questionnaire about the team they deal with most, in a closed assessment paired with an internal
 * one. They see each team much as its staff do, only less warmly where an outsider feels it first:
 * bad news comes to them late, and its people work less as one than its staff believe.
 */
final class SampleOutsiders {

    static final String INSTRUMENT = "selving_mirror";

    /** One team as outsiders know it: how many answer about it, and how it is doing. */
    record Team(long unitId, int outsiders, double climate) {
    }

    private static final SegmentQuestion SEGMENTS = new SegmentQuestion(
            Map.of("en", "How do you deal with them?", "fr", "Quelle relation avez-vous avec eux ?"),
            List.of(new SegmentQuestion.Option("member", Map.of("en", "Member or customer", "fr", "Membre ou client")),
                    new SegmentQuestion.Option("partner", Map.of("en", "Partner", "fr", "Partenaire")),
                    new SegmentQuestion.Option("supplier", Map.of("en", "Supplier", "fr", "Fournisseur"))));

    private SampleOutsiders() {
    }

    /** Creates the mirror assessment paired with {@code internalId}, its outsiders' answers, and closes it. */
    static Assessment create(AssessmentService assessments, ResponseStore store, long organizationId, long internalId,
            String title, List<Team> teams, Random random, LocalDate day) {
        Assessment mirror = assessments.create(organizationId, new AssessmentSettings(INSTRUMENT, title,
                (OffsetDateTime) null, null, 5, 10, true, SEGMENTS, internalId));
        assessments.open(mirror.id);
        Instrument instrument = assessments.instrument(mirror);
        List<StoredResponse> answers = new ArrayList<>();
        for (Team team : teams) {
            for (int r = 0; r < team.outsiders(); r++) {
                byte[] packed = SyntheticPerson.answers(random, instrument, 0.2, team.climate(), 0.05,
                        SampleOutsiders::feltFirstOutside);
                double draw = random.nextDouble();
                int segment = draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3;
                answers.add(new StoredResponse(mirror.id, team.unitId(), segment, packed, day.minusDays(random.nextInt(10)),
                        List.of()));
            }
        }
        store.insert(answers);
        assessments.close(mirror.id);
        return mirror;
    }

    private static double feltFirstOutside(Item item) {
        return switch (item.dimension() == null ? "" : item.dimension()) {
            case "openness" -> -0.6;
            case "working_as_one" -> -0.3;
            default -> 0;
        };
    }
}
