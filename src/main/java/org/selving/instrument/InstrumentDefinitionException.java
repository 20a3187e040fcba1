package org.selving.instrument;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A questionnaire file that cannot be used, with every problem found in it. The message names the
 * file, then one line per problem: the field path (e.g. {@code dimensions[2].items[1].text.fr})
 * and what is wrong, so the author can fix the file without reading code.
 */
public class InstrumentDefinitionException extends RuntimeException {

    /** One thing wrong in a file; {@code path} is empty for the file as a whole. */
    public record Problem(String path, String message) {

        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    private final String file;
    private final List<Problem> problems;

    public InstrumentDefinitionException(String file, List<Problem> problems) {
        super(describe(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public InstrumentDefinitionException(String file, String path, String message) {
        this(file, List.of(new Problem(path, message)));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String file, List<Problem> problems) {
        if (problems.size() == 1) {
            return "Questionnaire file " + file + ": " + problems.get(0);
        }
        return "Questionnaire file " + file + " has " + problems.size() + " problems:"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
