package org.selving.instrument;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pins instrument content in the database and reads it back. A pinned version is immutable, so
 * its parsed definition is cached for the life of the application; editing or deleting the file
 * it came from changes nothing here.
 */
@ApplicationScoped
public class InstrumentVersions {

    private final Map<Long, Instrument> definitions = new ConcurrentHashMap<>();

    /**
     * The stored version holding exactly this content, inserted if it is not stored yet. Joins the
     * caller's transaction (or runs in its own).
     */
    @Transactional
    public InstrumentVersion pin(Instrument instrument) {
        return InstrumentVersion.findByContent(instrument.key(), instrument.contentHash()).orElseGet(() -> {
            InstrumentVersion version = new InstrumentVersion();
            version.instrumentKey = instrument.key();
            version.contentHash = instrument.contentHash();
            version.title = instrument.title().get(instrument.defaultLanguage());
            version.definition = InstrumentJson.toJson(instrument);
            version.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            version.persist();
            return version;
        });
    }

    /**
     * The instrument a stored version holds, with the hash stored beside it.
     *
     * @throws NoSuchElementException when no version has this id
     * @throws IllegalStateException  when the stored definition does not match its stored hash: the
     *                                database was altered or damaged, and answers pinned to this
     *                                version can no longer be read with confidence
     */
    public Instrument definition(long versionId) {
        return definitions.computeIfAbsent(versionId,
                id -> QuarkusTransaction.joiningExisting().call(() -> load(id)));
    }

    private static Instrument load(long versionId) {
        InstrumentVersion version = InstrumentVersion.findById(versionId);
        if (version == null) {
            throw new NoSuchElementException("no instrument version " + versionId);
        }
        // The stored text is what was hashed when it was pinned: hashing it as stored checks it
        // without a round trip through the model (and holds even if the canonical form changes later).
        if (!InstrumentJson.contentHash(version.definition).equals(version.contentHash)) {
            throw new IllegalStateException("instrument version " + versionId + " is corrupted: its stored definition"
                    + " does not match its content hash " + version.contentHash);
        }
        return InstrumentJson.fromJson(version.definition, version.contentHash);
    }
}
