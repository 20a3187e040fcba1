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
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.selving.instrument.InstrumentDefinitionException.Problem;

/**
 * Reads the YAML of a questionnaire file into an {@link InstrumentFile}, strictly (no duplicate
 * keys, no unknown fields, one document), and turns what Jackson or SnakeYAML reports into a field
 * path and words for the file's author.
 */
final class InstrumentYaml {

    /** How Jackson words the errors that have no exception type of their own. */
    private static final String DUPLICATE_FIELD = "Duplicate field ";
    private static final String TRAILING_TOKENS = "Trailing token";

    private static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private InstrumentYaml() {
    }

    static InstrumentFile read(String fileName, byte[] content) {
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new InstrumentDefinitionException(fileName, "", "the file is empty");
        }
        try {
            return MAPPER.readValue(content, InstrumentFile.class);
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
}
