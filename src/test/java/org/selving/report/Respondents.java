package org.selving.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.selving.instrument.Instrument;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;
import org.selving.testing.SyntheticAnswers;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Synthetic respondents of the selving questionnaire, stored through the real {@link ResponseStore}:
 * each has a general view of the organization plus the group's {@code climate}, answers each item
 * around it (negatively worded items the other way round) and skips a few.
 */
final class Respondents {

    private final ResponseStore store;
    private final Instrument instrument;
    private final long assessmentId;
    private final Random random;
    /** What was stored: unit, segment, count. */
    private final List<long[]> stored = new ArrayList<>();

    Respondents(ResponseStore store, Instrument instrument, long assessmentId, long seed) {
        this.store = store;
        this.instrument = instrument;
        this.assessmentId = assessmentId;
        this.random = new Random(seed);
    }

    /** Stores {@code count} respondents of the unit with segment {@code segment} (0 = none given). */
    Respondents add(long unitId, int segment, int count, double climate) {
        return add(unitId, segment, count, climate, List.of());
    }

    /** As {@link #add(long, int, int, double)}, each writing these comments. */
    Respondents add(long unitId, int segment, int count, double climate, List<StoredResponse.Comment> comments) {
        List<StoredResponse> responses = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            responses.add(new StoredResponse(assessmentId, unitId, segment, answers(random, instrument, climate),
                    LocalDate.now(), comments));
        }
        QuarkusTransaction.requiringNew().run(() -> store.insert(responses));
        stored.add(new long[] {unitId, segment, count});
        return this;
    }

    /** Respondents per smallest group, as the attacker numbers them. */
    long[] perGroup(Attacker attacker) {
        long[] counts = new long[attacker.groupCount()];
        for (long[] cell : stored) {
            counts[attacker.node(cell[0]) * attacker.width() + (int) cell[1]] += cell[2];
        }
        return counts;
    }

    /** An attacker of the assessment, after reading everything, who knows which groups are empty. */
    Attacker attackedBy(long org) {
        return attackedBy(new Attacker(org, assessmentId));
    }

    /** The attacker, after reading everything of the assessment, knowing which groups are empty. */
    Attacker attackedBy(Attacker attacker) {
        return attacker.knowingEmptyGroups(perGroup(attacker)).readEverything();
    }

    /** One person's packed answers. */
    static byte[] answers(Random random, Instrument instrument, double climate) {
        return SyntheticAnswers.packed(random, instrument, climate);
    }
}
