package org.selving.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.selving.instrument.InstrumentDefinitionException.Problem;
import org.selving.instrument.InstrumentFile.CommentEntry;
import org.selving.instrument.InstrumentFile.DimensionEntry;
import org.selving.instrument.InstrumentFile.ItemEntry;
import org.selving.instrument.InstrumentFile.ScaleEntry;

/**
 * Checks one questionnaire file's content and builds the instrument; collects every problem on the
 * way, so that one run shows everything to fix.
 */
final class InstrumentValidation {

    /** Keys become CSV column names and database values: short, lower case, unambiguous. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final int DEFAULT_COMMENT_MAX_LENGTH = 2000;
    /** response_comment.body is VARCHAR(4000). */
    private static final int COMMENT_MAX_LENGTH_LIMIT = 4000;
    /** Answers are stored as one signed byte, 1..points, with 0 for "not answered". */
    private static final int MAX_POINTS = 101;
    /** instrument_version.title is VARCHAR(300). */
    private static final int MAX_TITLE_LENGTH = 300;

    private static final String MISSING = "missing required field";

    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();
    private List<String> languages = List.of();
    private final Map<String, String> scaleKeys = new LinkedHashMap<>();
    private final Map<String, String> dimensionKeys = new HashMap<>();
    /** Items and comment prompts share one namespace: both become columns of a CSV import. */
    private final Map<String, String> answerKeys = new HashMap<>();
    /** Internal item keys paired so far, with the path of the item pairing each. */
    private final Map<String, String> pairedKeys = new HashMap<>();
    private boolean mirror;

    InstrumentValidation(String fileName) {
        this.fileName = fileName;
    }

    Instrument instrument(InstrumentFile file) {
        key(file.key(), "key");
        languages(file.languages());
        Map<String, String> title = texts(file.title(), "title", true);
        title.forEach((language, text) -> {
            if (text.length() > MAX_TITLE_LENGTH) {
                problem("title." + language, "longer than " + MAX_TITLE_LENGTH + " characters");
            }
        });
        Map<String, String> description = texts(file.description(), "description", true);
        MirrorTarget mirrors = mirrors(file.mirrors());
        Map<String, ResponseScale> scales = scales(file.scales());
        String defaultScale = scaleKeys.isEmpty() ? null : scaleKeys.keySet().iterator().next();
        List<Dimension> dimensions = dimensions(file.dimensions(), defaultScale);
        List<Item> outcomes = items(file.outcomes(), "outcomes", null, defaultScale);
        List<CommentPrompt> comments = comments(file.comments());
        if (mirror && pairedKeys.isEmpty()) {
            problem("mirrors", "a mirror questionnaire pairs at least one item with an item of '"
                    + file.mirrors().instrument() + "' (pairs_with)");
        }
        if (!problems.isEmpty()) {
            throw new InstrumentDefinitionException(fileName, problems);
        }
        return InstrumentJson.withContentHash(new Instrument(file.key(), null, title, description, languages,
                scales, dimensions, outcomes, comments, mirrors));
    }

    /**
     * What a mirror questionnaire mirrors. Whether that questionnaire and its dimension exist is
     * checked once every file is read ({@link MirrorValidation}).
     */
    private MirrorTarget mirrors(InstrumentFile.MirrorsEntry entry) {
        if (entry == null) {
            return null;
        }
        mirror = true;
        boolean valid = key(entry.instrument(), "mirrors.instrument")
                & key(entry.outwardDimension(), "mirrors.outward_dimension");
        return valid ? new MirrorTarget(entry.instrument(), entry.outwardDimension()) : null;
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    private <T> T required(T value, String path) {
        if (value == null) {
            problem(path, MISSING);
        }
        return value;
    }

    private boolean key(String key, String path) {
        if (required(key, path) == null) {
            return false;
        }
        if (!KEY.matcher(key).matches()) {
            problem(path, "'" + key + "' is not a valid key: use lower-case letters a-z, digits and _,"
                    + " starting with a letter, at most 64 characters");
            return false;
        }
        return true;
    }

    /** @param seen keys already used in the same namespace, with the path of the entry using each */
    private void uniqueKey(String key, String path, Map<String, String> seen, String kind) {
        if (key(key, path)) {
            String entry = path.substring(0, path.length() - ".key".length());
            String earlier = seen.putIfAbsent(key, entry);
            if (earlier != null) {
                problem(path, "duplicate " + kind + " key '" + key + "', already used at " + earlier);
            }
        }
    }

    private void languages(List<String> declared) {
        if (required(declared, "languages") == null) {
            return;
        }
        if (declared.isEmpty()) {
            problem("languages", "declare at least one language");
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            String language = declared.get(i);
            String path = "languages[" + i + "]";
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                problem(path, "'" + language + "' is not a language code such as en, fr or pt-BR");
            } else if (valid.contains(language)) {
                problem(path, "language '" + language + "' is declared twice");
            } else {
                valid.add(language);
            }
        }
        languages = valid;
    }

    /** A text in every declared language and in no other; blanks count as missing. */
    private Map<String, String> texts(Map<String, String> texts, String path, boolean mandatory) {
        if (texts == null) {
            if (mandatory) {
                problem(path, MISSING);
            }
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String language : languages) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                problem(path + "." + language, "missing translation for language '" + language + "'");
            } else {
                result.put(language, text.strip());
            }
        }
        undeclaredLanguages(texts, path);
        return result;
    }

    private void undeclaredLanguages(Map<String, ?> byLanguage, String path) {
        byLanguage.keySet().stream().filter(language -> !languages.contains(language)).forEach(language ->
                problem(path + "." + language, "language '" + language + "' is not declared in languages "
                        + languages));
    }

    private Map<String, ResponseScale> scales(List<ScaleEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            problem("scales", "declare at least one response scale");
            return Map.of();
        }
        Map<String, ResponseScale> scales = new LinkedHashMap<>();
        each(entries, "scales", this::scale).forEach(scale -> scales.put(scale.key(), scale));
        return scales;
    }

    /** @return null when the scale is too broken to be used */
    private ResponseScale scale(ScaleEntry entry, String path) {
        uniqueKey(entry.key(), path + ".key", scaleKeys, "scale");
        Integer min = required(entry.min(), path + ".min");
        Integer max = required(entry.max(), path + ".max");
        if (min == null || max == null) {
            return null;
        }
        int points = max - min + 1;
        if (points < 2) {
            problem(path + ".max", "empty scale: max (" + max + ") must be above min (" + min + ")");
            return null;
        }
        if (points > MAX_POINTS) {
            problem(path + ".max", "the scale has " + points + " points; at most " + MAX_POINTS + " are allowed");
            return null;
        }
        String range = "(" + min + " to " + max + ")";
        Map<String, List<String>> labels = Map.of();
        Map<String, List<String>> anchors = Map.of();
        if (entry.labels() != null && entry.anchors() != null) {
            problem(path, "give either labels (one per point) or anchors (for min and max), not both");
        } else if (entry.labels() != null) {
            labels = labelLists(entry.labels(), path + ".labels", points,
                    "the scale has " + points + " points " + range);
        } else if (entry.anchors() != null) {
            anchors = labelLists(entry.anchors(), path + ".anchors", 2,
                    "anchors name the two ends of the scale, min and max");
        } else {
            problem(path + ".labels", MISSING + ": give labels (one per point, " + points
                    + " here) or anchors (two: for min and max)");
        }
        Integer favorableFrom = required(entry.favorableFrom(), path + ".favorable_from");
        Integer unfavorableTo = required(entry.unfavorableTo(), path + ".unfavorable_to");
        boolean splitOnScale = onScale(favorableFrom, min, max, path + ".favorable_from", range)
                & onScale(unfavorableTo, min, max, path + ".unfavorable_to", range);
        if (!splitOnScale || entry.key() == null) {
            return null;
        }
        if (unfavorableTo >= favorableFrom) {
            problem(path + ".unfavorable_to", "unfavorable_to (" + unfavorableTo
                    + ") must be below favorable_from (" + favorableFrom + ")");
        }
        return new ResponseScale(entry.key(), min, max, labels, anchors, favorableFrom, unfavorableTo);
    }

    private boolean onScale(Integer value, int min, int max, String path, String range) {
        if (value == null) {
            return false;
        }
        if (value < min || value > max) {
            problem(path, value + " is outside the scale " + range);
            return false;
        }
        return true;
    }

    private Map<String, List<String>> labelLists(Map<String, List<String>> byLanguage, String path, int count,
            String why) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String language : languages) {
            List<String> labels = byLanguage.get(language);
            String languagePath = path + "." + language;
            if (labels == null) {
                problem(languagePath, "missing translation for language '" + language + "'");
                continue;
            }
            if (labels.size() != count) {
                problem(languagePath, "has " + labels.size() + " labels but needs " + count + ": " + why);
                continue;
            }
            List<String> stripped = new ArrayList<>();
            for (int j = 0; j < labels.size(); j++) {
                String label = labels.get(j);
                if (label == null || label.isBlank()) {
                    problem(languagePath + "[" + j + "]", "empty label");
                } else {
                    stripped.add(label.strip());
                }
            }
            result.put(language, stripped);
        }
        undeclaredLanguages(byLanguage, path);
        return result;
    }

    private String scaleReference(String scale, String path, String inherited) {
        if (scale == null) {
            return inherited;
        }
        if (!scaleKeys.containsKey(scale)) {
            problem(path, "unknown scale '" + scale + "'; declared scales: "
                    + String.join(", ", scaleKeys.keySet()));
        }
        return scale;
    }

    private List<Dimension> dimensions(List<DimensionEntry> entries, String defaultScale) {
        if (entries == null || entries.isEmpty()) {
            problem("dimensions", "declare at least one dimension");
            return List.of();
        }
        return each(entries, "dimensions", (entry, path) -> {
            uniqueKey(entry.key(), path + ".key", dimensionKeys, "dimension");
            Map<String, String> title = texts(entry.title(), path + ".title", true);
            Map<String, String> description = texts(entry.description(), path + ".description", false);
            String scale = scaleReference(entry.scale(), path + ".scale", defaultScale);
            if (entry.items() == null || entry.items().isEmpty()) {
                problem(path + ".items", "a dimension needs at least one item");
            }
            List<Item> items = items(entry.items(), path + ".items", entry.key(), scale);
            return new Dimension(entry.key(), title, description, items);
        });
    }

    private List<Item> items(List<ItemEntry> entries, String listPath, String dimension, String inheritedScale) {
        return each(entries, listPath, (entry, path) -> {
            uniqueKey(entry.key(), path + ".key", answerKeys, "item");
            Map<String, String> text = texts(entry.text(), path + ".text", true);
            String scale = scaleReference(entry.scale(), path + ".scale", inheritedScale);
            return new Item(entry.key(), dimension, text, scale, Boolean.TRUE.equals(entry.reverse()),
                    Boolean.TRUE.equals(entry.required()), pairsWith(entry.pairsWith(), path, dimension));
        });
    }

    /** An item's pairing with an internal item: only in a mirror questionnaire, only for a dimension's item, once each. */
    private String pairsWith(String internalKey, String itemPath, String dimension) {
        if (internalKey == null) {
            return null;
        }
        String path = itemPath + ".pairs_with";
        if (!mirror) {
            problem(path, "only a mirror questionnaire pairs its items: declare what it mirrors first"
                    + " (mirrors: instrument, outward_dimension)");
            return null;
        }
        if (dimension == null) {
            problem(path, "an outcome item is not paired: only the items of a dimension mirror an internal item");
            return null;
        }
        if (!key(internalKey, path)) {
            return null;
        }
        String earlier = pairedKeys.putIfAbsent(internalKey, itemPath);
        if (earlier != null) {
            problem(path, "'" + internalKey + "' is already paired with " + earlier + ": an internal item is mirrored once");
            return null;
        }
        return internalKey;
    }

    private List<CommentPrompt> comments(List<CommentEntry> entries) {
        return each(entries, "comments", (entry, path) -> {
            uniqueKey(entry.key(), path + ".key", answerKeys, "item");
            Map<String, String> text = texts(entry.text(), path + ".text", true);
            if (entry.reverse() != null) {
                problem(path + ".reverse", "a free-text prompt cannot be reverse-keyed:"
                        + " only items answered on a scale are scored");
            }
            int maxLength = Objects.requireNonNullElse(entry.maxLength(), DEFAULT_COMMENT_MAX_LENGTH);
            if (maxLength < 1 || maxLength > COMMENT_MAX_LENGTH_LIMIT) {
                problem(path + ".max_length", maxLength + " is not between 1 and " + COMMENT_MAX_LENGTH_LIMIT);
            }
            return new CommentPrompt(entry.key(), text, maxLength);
        });
    }

    /**
     * Checks each entry of a list with its path ({@code listPath[i]}); an absent list is an
     * empty one, a blank entry is a problem.
     *
     * @param check returns what the entry becomes, or null when it is too broken to use
     */
    private <E, T> List<T> each(List<E> entries, String listPath, BiFunction<E, String, T> check) {
        if (entries == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = listPath + "[" + i + "]";
            E entry = entries.get(i);
            if (entry == null) {
                problem(path, "empty entry");
                continue;
            }
            T checked = check.apply(entry, path);
            if (checked != null) {
                result.add(checked);
            }
        }
        return result;
    }
}
