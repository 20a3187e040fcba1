package org.selving.instrument;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.util.ClassPathUtils;

/**
 * The questionnaires available for new assessments, read once at start-up: the built-in ones, which
 * the build copies from the project's {@code surveys/} into the application ({@code surveys/} on the
 * classpath), then every {@code *.yaml} file of the directory {@code selving.surveys.dir} when it is set,
 * a file there replacing the built-in questionnaire of the same key. A broken file stops start-up (see
 * {@code surveys/README.md}): running with a questionnaire silently missing would be worse. Assessments
 * never read from here once opened; they use their pinned {@link InstrumentVersions}.
 * A mirror questionnaire is checked against the questionnaire it mirrors ({@link MirrorValidation}).
 */
@Startup
@ApplicationScoped
public class InstrumentCatalog {

    private static final Logger LOG = Logger.getLogger(InstrumentCatalog.class);
    private static final String EXTENSION = ".yaml";
    /** Where the build puts the project's surveys/ (see the pom's resources). */
    static final String BUILT_IN = "surveys";

    @ConfigProperty(name = "selving.surveys.dir")
    Optional<String> directory;

    private Map<String, Instrument> byKey;

    @PostConstruct
    void load() {
        Map<String, Instrument> instruments = new TreeMap<>();
        builtIn().forEach(instrument -> instruments.put(instrument.key(), instrument));
        String builtIn = describe(instruments.values());
        String fromDirectory = "";
        if (directory.isPresent()) {
            Path dir = Path.of(directory.get());
            Map<String, String> fileNames = new HashMap<>();
            List<Instrument> own = readDirectory(dir, fileNames);
            fromDirectory = "; from " + dir.toAbsolutePath() + ": " + own.stream()
                    .map(i -> describe(List.of(i)) + (replaces(instruments.get(i.key()), i) ? " replacing the built-in one" : ""))
                    .collect(Collectors.joining(", "));
            own.forEach(instrument -> instruments.put(instrument.key(), instrument));
            // a mirror of the directory may mirror a built-in questionnaire, and a replaced one must still fit its mirrors
            MirrorValidation.check(instruments, fileNames);
        }
        byKey = Map.copyOf(instruments);
        LOG.infof("Questionnaires: built in: %s%s", builtIn, fromDirectory);
    }

    private static boolean replaces(Instrument builtIn, Instrument own) {
        return builtIn != null && !builtIn.contentHash().equals(own.contentHash());
    }

    private static String describe(Collection<Instrument> instruments) {
        return instruments.stream().map(i -> i.key() + " (" + i.contentHash().substring(0, 12) + ")")
                .collect(Collectors.joining(", "));
    }

    /** Sorted by key. */
    public List<Instrument> all() {
        return byKey.values().stream().sorted(Comparator.comparing(Instrument::key)).toList();
    }

    public Optional<Instrument> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The questionnaires built into the application, sorted by key: {@code surveys/} on the class path,
     * a directory while developing and testing, a folder of the jar once packaged.
     */
    static List<Instrument> builtIn() {
        List<Instrument> instruments = new ArrayList<>();
        try {
            ClassPathUtils.consumeAsPaths(Thread.currentThread().getContextClassLoader(), BUILT_IN,
                    dir -> instruments.addAll(loadDirectory(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in questionnaires", e);
        }
        if (instruments.isEmpty()) {
            throw new IllegalStateException("The application holds no built-in questionnaire (" + BUILT_IN
                    + "/ on the class path): build it with mvn package");
        }
        return instruments.stream().sorted(Comparator.comparing(Instrument::key)).toList();
    }

    /**
     * Parses every {@code *.yaml} file of a directory, sorted by key, and checks its mirror questionnaires
     * against the questionnaires of the same directory.
     *
     * @throws InstrumentDefinitionException for the first broken file
     * @throws IllegalStateException         when the directory is missing or holds no questionnaire
     */
    static List<Instrument> loadDirectory(Path dir) {
        Map<String, String> fileNames = new HashMap<>();
        List<Instrument> instruments = readDirectory(dir, fileNames);
        MirrorValidation.check(instruments.stream().collect(Collectors.toMap(Instrument::key, i -> i)), fileNames);
        return instruments;
    }

    /**
     * Parses every {@code *.yaml} file of a directory, sorted by key, without checking mirrors.
     *
     * @param fileNames receives the file each questionnaire was read from (by key), for messages
     */
    private static List<Instrument> readDirectory(Path dir, Map<String, String> fileNames) {
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
