package org.selving.sample;

import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;

/**
 * The answers of one synthetic person, for the sample (and the tests): a general view of the
 * organization, plus the group's climate, plus noise per item, negatively worded items answered the
 * other way round, a few items skipped.
 */
public final class SyntheticPerson {

    private SyntheticPerson() {
    }

    /**
     * @param base    where answers centre, on a scale of about -2 to 2 around each scale's middle
     * @param skipped the chance of leaving an item unanswered
     * @param shift   added to the view of each item (say, outsiders who hear bad news late)
     * @return the answers packed as stored: value - min + 1, 0 for none
     */
    public static byte[] answers(Random random, Instrument instrument, double base, double climate, double skipped,
            ToDoubleFunction<Item> shift) {
        double general = random.nextGaussian();
        List<Item> items = instrument.items();
        byte[] packed = new byte[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (random.nextDouble() < skipped) {
                continue;
            }
            Item item = items.get(i);
            ResponseScale scale = instrument.scaleOf(item);
            double middle = (scale.min() + scale.max()) / 2.0;
            double spread = (scale.max() - scale.min()) / 4.0;
            double health = base + 0.7 * general + climate + shift.applyAsDouble(item) + 0.6 * random.nextGaussian();
            long value = Math.round(middle + spread * (item.reverse() ? -health : health));
            value = Math.max(scale.min(), Math.min(scale.max(), value));
            packed[i] = (byte) (value - scale.min() + 1);
        }
        return packed;
    }
}
