package org.selving.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the catalog reads its directory at start-up; a failure here stops the application. */
class InstrumentCatalogLoadingTest {

    @TempDir
    Path dir;

    @Test
    void everyYamlFileIsReadAndOtherFilesAreLeftAlone() throws IOException {
        Files.writeString(dir.resolve("sample.yaml"), SampleInstrument.YAML);
        Files.writeString(dir.resolve("other.yaml"), SampleInstrument.YAML.replace("key: sample", "key: other"));
        Files.writeString(dir.resolve("README.md"), "# not a questionnaire");
        assertEquals(List.of("other", "sample"),
                InstrumentCatalog.loadDirectory(dir).stream().map(Instrument::key).toList());
    }

    @Test
    void aBrokenFileStopsLoadingAndNamesTheFileTheFieldAndTheProblem() throws IOException {
        Files.writeString(dir.resolve("sample.yaml"), SampleInstrument.YAML);
        Files.writeString(dir.resolve("broken.yaml"), SampleInstrument.YAML.replace("key: sample", "key: broken")
                .replace("fr: Les gens se taisent.", "de: Die Leute schweigen."));
        InstrumentDefinitionException e = assertThrows(InstrumentDefinitionException.class,
                () -> InstrumentCatalog.loadDirectory(dir));
        String message = e.getMessage();
        assertTrue(message.contains(dir.resolve("broken.yaml").toString()), message);
        assertTrue(message.contains("dimensions[0].items[1].text.fr: missing translation for language 'fr'"), message);
        assertTrue(message.contains("dimensions[0].items[1].text.de: language 'de' is not declared"), message);
    }

    @Test
    void aFileMustBeNamedAfterItsKey() throws IOException {
        Files.writeString(dir.resolve("health.yaml"), SampleInstrument.YAML);
        InstrumentDefinitionException e = assertThrows(InstrumentDefinitionException.class,
                () -> InstrumentCatalog.loadDirectory(dir));
        assertTrue(e.getMessage().contains("health.yaml: key: key 'sample' does not match the file name:"
                + " name the file sample.yaml or change the key"), e.getMessage());
    }

    @Test
    void aYmlFileIsRefusedRatherThanSilentlyIgnored() throws IOException {
        Files.writeString(dir.resolve("sample.yml"), SampleInstrument.YAML);
        InstrumentDefinitionException e = assertThrows(InstrumentDefinitionException.class,
                () -> InstrumentCatalog.loadDirectory(dir));
        assertTrue(e.getMessage().contains("sample.yml: questionnaire files must end in .yaml"), e.getMessage());
    }

    @Test
    void aMissingDirectorySaysWhichSettingToFix() {
        Path missing = dir.resolve("nowhere");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InstrumentCatalog.loadDirectory(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("selving.surveys.dir"),
                e.getMessage());
    }

    @Test
    void aDirectoryWithoutQuestionnairesIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InstrumentCatalog.loadDirectory(dir));
        assertTrue(e.getMessage().contains("holds no *.yaml file"), e.getMessage());
    }

    @Test
    void theBuiltInQuestionnairesAreTheProjectsSurveysCopiedOntoTheClassPath() throws IOException {
        List<Instrument> builtIn = InstrumentCatalog.builtIn();
        assertEquals(List.of("pulse", "selving", "selving_mirror"), builtIn.stream().map(Instrument::key).toList());
        assertEquals(InstrumentCatalog.loadDirectory(Path.of("surveys")).stream().map(Instrument::contentHash).toList(),
                builtIn.stream().map(Instrument::contentHash).toList(), "the same content as surveys/");
    }

    @Test
    void aMirrorOfYourOwnDirectoryMayMirrorABuiltInQuestionnaireAndIsCheckedAgainstIt() throws IOException {
        String mirror = Files.readString(Path.of("surveys", "selving_mirror.yaml")).replace("key: selving_mirror",
                "key: our_mirror");
        Files.writeString(dir.resolve("our_mirror.yaml"), mirror);
        InstrumentCatalog catalog = new InstrumentCatalog();
        catalog.directory = java.util.Optional.of(dir.toString());
        catalog.load();
        assertTrue(catalog.find("our_mirror").orElseThrow().isMirror());

        Files.writeString(dir.resolve("our_mirror.yaml"), mirror.replace("pairs_with: out_voice_heard",
                "pairs_with: no_such_item"));
        InstrumentDefinitionException e = assertThrows(InstrumentDefinitionException.class, catalog::load);
        assertTrue(e.getMessage().contains(dir.resolve("our_mirror.yaml").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("pairs_with"), e.getMessage());
    }
}
