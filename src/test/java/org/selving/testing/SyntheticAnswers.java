package org.selving.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Synthetic respondents of any questionnaire: each has a general view of the organization plus the
 * group's {@code climate}, answers each item around it (negatively worded items the other way round)
 * and skips a few.
 */
public final class SyntheticAnswers {

    private SyntheticAnswers() {
    }

    /** One person's answers, packed as the store keeps them. */
    public static byte[] packed(Random random, Instrument instrument, double climate) {
        double general = random.nextGaussian();
        List<Item> items = instrument.items();
        byte[] packed = new byte[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (random.nextDouble() < 0.03) {
                continue;
            }
            Item item = items.get(i);
            ResponseScale scale = instrument.scaleOf(item);
            double middle = (scale.min() + scale.max()) / 2.0;
            double spread = (scale.max() - scale.min()) / 4.0;
            double health = 0.2 + 0.7 * general + climate + 0.6 * random.nextGaussian();
            long value = Math.round(middle + spread * (item.reverse() ? -health : health));
            value = Math.max(scale.min(), Math.min(scale.max(), value));
            packed[i] = (byte) (value - scale.min() + 1);
        }
        return packed;
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
