package org.selving.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selving.instrument.InstrumentDefinitionException.Problem;

/**
 * Checks what a mirror questionnaire says about another file, once every file is read: the
 * questionnaire it mirrors exists and is not a mirror itself, its outward dimension exists, and each
 * paired item names an item of one of that questionnaire's dimensions answered on the same scale
 * (same points and the same favorable / unfavorable split), so that the two can be set side by side
 * on one 0-100 index.
 */
final class MirrorValidation {

    private MirrorValidation() {
    }

    /**
     * @param fileNames the file each instrument was read from, for the messages
     * @throws InstrumentDefinitionException for the first mirror file with problems, listing them all
     */
    static void check(Map<String, Instrument> byKey, Map<String, String> fileNames) {
        for (Instrument mirror : byKey.values()) {
            if (mirror.isMirror()) {
                List<Problem> problems = problems(mirror, byKey);
                if (!problems.isEmpty()) {
                    throw new InstrumentDefinitionException(fileNames.get(mirror.key()), problems);
                }
            }
        }
    }

    private static List<Problem> problems(Instrument mirror, Map<String, Instrument> byKey) {
        List<Problem> problems = new ArrayList<>();
        String targetKey = mirror.mirrors().instrument();
        Instrument target = byKey.get(targetKey);
        if (target == null || target.isMirror()) {
            problems.add(new Problem("mirrors.instrument", target == null
                    ? "no questionnaire '" + targetKey + "' to mirror; available: "
                            + String.join(", ", byKey.keySet().stream().sorted().toList())
                    : "'" + targetKey + "' is itself a mirror questionnaire: mirror the internal one"));
            return problems;
        }
        String outward = mirror.mirrors().outwardDimension();
        if (target.dimensions().stream().noneMatch(d -> d.key().equals(outward))) {
            problems.add(new Problem("mirrors.outward_dimension", "'" + targetKey + "' has no dimension '" + outward
                    + "'; its dimensions: " + String.join(", ", target.dimensions().stream().map(Dimension::key).toList())));
        }
        for (int d = 0; d < mirror.dimensions().size(); d++) {
            List<Item> items = mirror.dimensions().get(d).items();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item.pairsWith() != null) {
                    pairing(mirror, item, target).ifPresent(message -> problems.add(
                            new Problem(pathOf(mirror, item) + ".pairs_with", message)));
                }
            }
        }
        return problems;
    }

    /** What is wrong with one item's pairing, if anything. */
    private static Optional<String> pairing(Instrument mirror, Item item, Instrument target) {
        String targetKey = target.key();
        Optional<Item> paired = target.items().stream().filter(i -> i.key().equals(item.pairsWith())).findFirst();
        if (paired.isEmpty()) {
            return Optional.of("'" + targetKey + "' has no item '" + item.pairsWith() + "'");
        }
        if (paired.get().isOutcome()) {
            return Optional.of("'" + item.pairsWith() + "' is an outcome item of '" + targetKey
                    + "'; pair with an item of one of its dimensions");
        }
        ResponseScale here = mirror.scaleOf(item);
        ResponseScale there = target.scaleOf(paired.get());
        if (here.min() != there.min() || here.max() != there.max() || here.favorableFrom() != there.favorableFrom()
                || here.unfavorableTo() != there.unfavorableTo()) {
            return Optional.of("'" + item.pairsWith() + "' has another scale: " + describe(there) + " in '" + targetKey
                    + "', " + describe(here) + " here; paired items are answered on the same scale");
        }
        return Optional.empty();
    }

    private static String describe(ResponseScale scale) {
        return "'" + scale.key() + "' " + scale.min() + " to " + scale.max() + " (favorable from "
                + scale.favorableFrom() + ", unfavorable to " + scale.unfavorableTo() + ")";
    }

    /** The path of a dimension's item as the file's author wrote it. */
    private static String pathOf(Instrument instrument, Item item) {
        for (int d = 0; d < instrument.dimensions().size(); d++) {
            int i = instrument.dimensions().get(d).items().indexOf(item);
            if (i >= 0) {
                return "dimensions[" + d + "].items[" + i + "]";
            }
        }
        throw new IllegalArgumentException(item.key() + " is not an item of a dimension of " + instrument.key());
    }
}
