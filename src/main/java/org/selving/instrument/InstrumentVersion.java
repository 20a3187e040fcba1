package org.selving.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * The exact content of an instrument as an assessment was opened with it: the canonical JSON
 * ({@link InstrumentJson}) and its hash. Written once, never changed (hence {@code @Immutable}).
 * Read the definition through {@link InstrumentVersions#definition(long)}, which caches it.
 */
@Entity
@Immutable
@Table(name = "instrument_version")
public class InstrumentVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "instrument_key", nullable = false)
    public String instrumentKey;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** In the instrument's default language, for lists that should not parse the definition. */
    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "definition", nullable = false)
    public String definition;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    static Optional<InstrumentVersion> findByContent(String instrumentKey, String contentHash) {
        return find("instrumentKey = ?1 and contentHash = ?2", instrumentKey, contentHash).firstResultOptional();
    }
}
