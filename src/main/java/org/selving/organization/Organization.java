package org.selving.organization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client whose internal health is assessed: it owns a tree of units and its assessments. */
@Entity
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The demonstration organization created on first start; marks it so it is never created twice. */
    public boolean sample;
}
