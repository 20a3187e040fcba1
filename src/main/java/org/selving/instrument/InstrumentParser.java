package org.selving.instrument;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.selving.instrument.InstrumentDefinitionException.Problem;

/**
 * Reads one questionnaire file (the YAML format of {@code surveys/README.md}) into a validated
 * {@link Instrument}. Every problem is reported with the file name, the field path and what is
 * wrong; problems in the content are all collected, so one run shows everything to fix.
 */
public final class InstrumentParser {

    /** Keys become CSV column names and database values: short, lower case, unambiguous. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    static final int DEFAULT_COMMENT_MAX_LENGTH = 2000;
    /** response_comment.body is VARCHAR(4000). */
    static final int COMMENT_MAX_LENGTH_LIMIT = 4000;
    /** Answers are stored as one signed byte, 1..points, with 0 for "not answered". */
    static final int MAX_POINTS = 101;
    /** instrument_version.title is VARCHAR(300). */
    static final int MAX_TITLE_LENGTH = 300;

    private static final String MISSING = "missing required field";
    /** How Jackson words the errors that have no exception type of their own. */
    private static final String DUPLICATE_FIELD = "Duplicate field ";
    private static final String TRAILING_TOKENS = "Trailing token";

    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * @param fileName how the file is named in error messages, e.g. {@code surveys/selving.yaml}
     * @throws InstrumentDefinitionException when the file is not a valid questionnaire
     */
    public Instrument parse(String fileName, byte[] content) {
        return new Validation(fileName).instrument(read(fileName, content));
    }

    // The file as written, before validation: every field optional so that a missing one is
    // reported by the validation with its path instead of a generic binding error.

    record InstrumentFile(String key, Map<String, String> title, Map<String, String> description,
            List<String> languages, List<ScaleEntry> scales, List<DimensionEntry> dimensions,
            List<ItemEntry> outcomes, List<CommentEntry> comments) {
    }

    record ScaleEntry(String key, Integer min, Integer max, Map<String, List<String>> labels,
            Map<String, List<String>> anchors, Integer favorableFrom, Integer unfavorableTo) {
    }

    record DimensionEntry(String key, Map<String, String> title, Map<String, String> description, String scale,
            List<ItemEntry> items) {
    }

    record ItemEntry(String key, Map<String, String> text, String scale, Boolean reverse, Boolean required) {
    }

    /** {@code reverse} is read only to explain why it does not belong on a free-text prompt. */
    record CommentEntry(String key, Map<String, String> text, Integer maxLength, Boolean reverse) {
    }

    private InstrumentFile read(String fileName, byte[] content) {
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new InstrumentDefinitionException(fileName, "", "the file is empty");
        }
        try {
            return yaml.readValue(content, InstrumentFile.class);
        } catch (JacksonException e) {
            throw new InstrumentDefinitionException(fileName, List.of(problemOf(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns what Jackson or SnakeYAML reports into a field path and words for a file's author. */
    private static Problem problemOf(JacksonException e) {
        String path = pathOf(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String allowed = unknown.getKnownPropertyIds() == null ? ""
                    : "; allowed here: " + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new Problem(path, "unknown field '" + unknown.getPropertyName() + "'" + allowed);
        }
        if (e instanceof InvalidFormatException invalid) {
            return new Problem(path, "'" + invalid.getValue() + "' is not " + expected(invalid.getTargetType()));
        }
        String message = innermost(e).getOriginalMessage();
        if (message.startsWith(TRAILING_TOKENS)) {
            return new Problem("", "the file holds more than one YAML document (---): write one questionnaire per file");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Problem(path, "wrong kind of value: expected " + expected(mismatch.getTargetType()));
        }
        if (message.startsWith(DUPLICATE_FIELD)) {
            String name = message.substring(DUPLICATE_FIELD.length()).replace("'", "");
            if (!(path.equals(name) || path.endsWith("." + name))) {
                path = path.isEmpty() ? name : path + "." + name;
            }
            return new Problem(path, "duplicate key '" + name + "': a key may appear only once in a mapping (line "
                    + e.getLocation().getLineNr() + ")");
        }
        // SnakeYAML's own message shows the line, the column and the text around the error.
        return new Problem(path, "not valid YAML: " + message);
    }

    private static JacksonException innermost(JacksonException e) {
        JacksonException innermost = e;
        while (innermost.getCause() instanceof JacksonException cause) {
            innermost = cause;
        }
        return innermost;
    }

    private static String pathOf(JacksonException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                appendStep(path, ref.getFieldName(), ref.getIndex());
            }
            return path.toString();
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            Deque<JsonStreamContext> contexts = new ArrayDeque<>();
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                contexts.push(c);
            }
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext c : contexts) {
                appendStep(path, c.inObject() ? c.getCurrentName() : null, c.inArray() ? c.getCurrentIndex() : -1);
            }
            return path.toString();
        }
        return "";
    }

    private static void appendStep(StringBuilder path, String field, int index) {
        if (index >= 0) {
            path.append('[').append(index).append(']');
        } else if (field != null) {
            path.append(path.length() == 0 ? "" : ".").append(field);
        }
    }

    private static String expected(Class<?> type) {
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (name: value)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type == String.class ? "a text" : type.getSimpleName();
    }

    /** Checks one file's content and builds the instrument; collects every problem on the way. */
    private static final class Validation {

        private final String fileName;
        private final List<Problem> problems = new ArrayList<>();
        private List<String> languages = List.of();
        private final Map<String, String> scaleKeys = new LinkedHashMap<>();
        private final Map<String, String> dimensionKeys = new HashMap<>();
        /** Items and comment prompts share one namespace: both become columns of a CSV import. */
        private final Map<String, String> answerKeys = new HashMap<>();

        Validation(String fileName) {
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
            Map<String, ResponseScale> scales = scales(file.scales());
            String defaultScale = scaleKeys.isEmpty() ? null : scaleKeys.keySet().iterator().next();
            List<Dimension> dimensions = dimensions(file.dimensions(), defaultScale);
            List<Item> outcomes = items(file.outcomes(), "outcomes", null, defaultScale);
            List<CommentPrompt> comments = comments(file.comments());
            if (!problems.isEmpty()) {
                throw new InstrumentDefinitionException(fileName, problems);
            }
            return InstrumentJson.withContentHash(new Instrument(file.key(), null, title, description, languages,
                    scales, dimensions, outcomes, comments));
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
                        Boolean.TRUE.equals(entry.required()));
            });
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
}
