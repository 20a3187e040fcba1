package org.selving.response;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CSV file of answers imported into an assessment; its hash refuses importing the same file twice. */
@Entity
@Table(name = "response_import")
public class ResponseImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public Long assessmentId;

    /** SHA-256 (hex) of the file's bytes. */
    @Column(name = "file_hash")
    public String fileHash;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "row_count")
    public int rowCount;

    @Column(name = "imported_at")
    public Instant importedAt;
}
