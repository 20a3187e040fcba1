package org.selving.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class InstrumentVersionsTest {

    private static final String ORIGINAL_TEXT = "Teams here mostly keep to themselves.";
    private static final String EDITED_TEXT = "Teams here rarely talk to one another.";
    private static final String CORRUPTION_TEXT = "Teams here seldom share what they know.";

    @Inject
    InstrumentCatalog catalog;

    @Inject
    InstrumentVersions versions;

    @Test
    void theCatalogOffersTheShippedSurveysSortedByKey() {
        assertEquals(java.util.List.of("pulse", "selving", "selving_mirror"), catalog.all().stream().map(Instrument::key).toList());
        assertEquals("selving", catalog.find("selving").orElseThrow().key());
        assertTrue(catalog.find("no_such_survey").isEmpty());
    }

    @Test
    void pinningTheSameContentTwiceGivesOneStoredVersion() {
        Instrument selving = catalog.find("selving").orElseThrow();
        InstrumentVersion first = versions.pin(selving);
        InstrumentVersion second = versions.pin(selving);
        assertEquals(first.id, second.id);
        assertEquals(selving.contentHash(), first.contentHash);
        assertEquals("Selving: internal health", first.title);
        assertEquals(selving, versions.definition(first.id));
    }

    @Test
    void editingOrDeletingTheFileNeverChangesWhatAPinnedVersionHolds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pulse.yaml");
        Files.copy(Path.of("surveys", "pulse.yaml"), file);
        InstrumentParser parser = new InstrumentParser();
        Instrument original = parser.parse(file.toString(), Files.readAllBytes(file));
        long originalId = versions.pin(original).id;

        Files.writeString(file, Files.readString(file).replace(ORIGINAL_TEXT, EDITED_TEXT), StandardCharsets.UTF_8);
        Instrument edited = parser.parse(file.toString(), Files.readAllBytes(file));
        long editedId = versions.pin(edited).id;
        Files.delete(file);

        assertNotEquals(originalId, editedId, "edited content is a new version");
        assertEquals(original, versions.definition(originalId));
        assertEquals(ORIGINAL_TEXT, textOfSilosItem(versions.definition(originalId)));
        assertEquals(EDITED_TEXT, textOfSilosItem(versions.definition(editedId)));
        // What is stored, not only what is cached, still holds the original content.
        InstrumentVersion stored = QuarkusTransaction.requiringNew()
                .call(() -> InstrumentVersion.<InstrumentVersion>findById(originalId));
        assertEquals(original, InstrumentJson.fromJson(stored.definition, stored.contentHash));
    }

    @Test
    void aStoredDefinitionThatNoLongerMatchesItsHashIsRefusedAsCorrupted() throws IOException {
        // Content of its own, so that no other test pins (or has cached) this version.
        String yaml = Files.readString(Path.of("surveys", "pulse.yaml")).replace(ORIGINAL_TEXT, CORRUPTION_TEXT);
        long id = versions.pin(new InstrumentParser().parse("pulse.yaml", yaml.getBytes(StandardCharsets.UTF_8))).id;
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, InstrumentVersion.getEntityManager()
                .createNativeQuery("UPDATE instrument_version SET definition = REPLACE(definition, ?1, ?2) WHERE id = ?3")
                .setParameter(1, CORRUPTION_TEXT).setParameter(2, EDITED_TEXT).setParameter(3, id)
                .executeUpdate()));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> versions.definition(id));
        assertTrue(e.getMessage().contains("instrument version " + id + " is corrupted"), e.getMessage());
        // Refused every time, not only until something is cached.
        assertThrows(IllegalStateException.class, () -> versions.definition(id));
    }

    @Test
    void anUnknownVersionIsReportedAsSuch() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> versions.definition(987654));
        assertTrue(e.getMessage().contains("987654"));
    }

    private static String textOfSilosItem(Instrument instrument) {
        return instrument.items().stream().filter(i -> i.key().equals("conn_silos")).findFirst().orElseThrow()
                .text().get("en");
    }
}
