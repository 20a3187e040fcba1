package org.selving.instrument;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The questionnaires available for new assessments: every {@code *.yaml} file of the directory
 * {@code selving.surveys.dir}, read once at start-up. A broken file stops start-up (see
 * {@code surveys/README.md}): running with a questionnaire silently missing would be worse.
 * A mirror questionnaire is checked against the questionnaire it mirrors ({@link MirrorValidation}).
 * Assessments never read from here once opened; they use their pinned {@link InstrumentVersions}.
 */
@Startup
@ApplicationScoped
public class InstrumentCatalog {

    private static final Logger LOG = Logger.getLogger(InstrumentCatalog.class);
    private static final String EXTENSION = ".yaml";

    @ConfigProperty(name = "selving.surveys.dir")
    String directory;

    private Map<String, Instrument> byKey;

    @PostConstruct
    void load() {
        Path dir = Path.of(directory);
        List<Instrument> instruments = loadDirectory(dir);
        byKey = instruments.stream().collect(Collectors.toUnmodifiableMap(Instrument::key, Function.identity()));
        LOG.infof("Loaded %d questionnaire(s) from %s: %s", instruments.size(), dir.toAbsolutePath(),
                instruments.stream().map(i -> i.key() + " (" + i.contentHash().substring(0, 12) + ")")
                        .collect(Collectors.joining(", ")));
    }

    /** Sorted by key. */
    public List<Instrument> all() {
        return byKey.values().stream().sorted(Comparator.comparing(Instrument::key)).toList();
    }

    public Optional<Instrument> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Parses every {@code *.yaml} file of a directory, sorted by key.
     *
     * @throws InstrumentDefinitionException for the first broken file
     * @throws IllegalStateException         when the directory is missing or holds no questionnaire
     */
    static List<Instrument> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Questionnaire directory " + dir.toAbsolutePath()
                    + " does not exist; set selving.surveys.dir");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InstrumentParser parser = new InstrumentParser();
        Map<String, Instrument> byKey = new TreeMap<>();
        Map<String, String> fileNames = new HashMap<>();
        for (Path file : files) {
            if (isQuestionnaire(file)) {
                Instrument instrument = parseFile(parser, file);
                byKey.put(instrument.key(), instrument);
                fileNames.put(instrument.key(), file.toString());
            }
        }
        if (byKey.isEmpty()) {
            throw new IllegalStateException("Questionnaire directory " + dir.toAbsolutePath() + " holds no *"
                    + EXTENSION + " file");
        }
        MirrorValidation.check(byKey, fileNames);
        return List.copyOf(byKey.values());
    }

    private static boolean isQuestionnaire(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".yml")) {
            // Would otherwise be ignored without a word, and the author left wondering why.
            throw new InstrumentDefinitionException(file.toString(), "",
                    "questionnaire files must end in " + EXTENSION + ": rename it");
        }
        return name.endsWith(EXTENSION);
    }

    private static Instrument parseFile(InstrumentParser parser, Path file) {
        Instrument instrument;
        try {
            instrument = parser.parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String expectedName = instrument.key() + EXTENSION;
        if (!file.getFileName().toString().equals(expectedName)) {
            throw new InstrumentDefinitionException(file.toString(), "key", "key '" + instrument.key()
                    + "' does not match the file name: name the file " + expectedName + " or change the key");
        }
        return instrument;
    }
}
