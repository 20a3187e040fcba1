package org.selving.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Access codes generated together for one unit of one assessment (the codes are in access_code). */
@Entity
@Table(name = "code_batch")
public class CodeBatch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public Long assessmentId;

    @Column(name = "unit_id")
    public Long unitId;

    public int quantity;

    /** Issued for a participant list (one code per invited person), not printed. */
    public boolean invitations;

    @Column(name = "created_at")
    public Instant createdAt;
}
