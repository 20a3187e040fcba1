package org.selving.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.selving.instrument.Instrument;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;
import org.selving.sample.SyntheticPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Synthetic respondents of any questionnaire ({@link SyntheticPerson}), stored through the real store. */
public final class SyntheticAnswers {

    private SyntheticAnswers() {
    }

    /** One person's answers, packed as the store keeps them. */
    public static byte[] packed(Random random, Instrument instrument, double climate) {
        return SyntheticPerson.answers(random, instrument, 0.2, climate, 0.03, item -> 0);
    }

    /** Stores {@code count} respondents of the unit, without segment, today, in one transaction. */
    public static void store(ResponseStore store, Instrument instrument, long assessmentId, long unitId, int count,
            double climate, Random random) {
        List<StoredResponse> responses = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            responses.add(new StoredResponse(assessmentId, unitId, 0, packed(random, instrument, climate), LocalDate.now(),
                    List.of()));
        }
        QuarkusTransaction.requiringNew().run(() -> store.insert(responses));
    }
}
