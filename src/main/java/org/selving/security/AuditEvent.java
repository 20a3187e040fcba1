package org.selving.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change made by an administrator or a consultant; written by {@link AuditLog}, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "account_email")
    public String accountEmail;

    public String action;

    @Column(name = "target_type")
    public String targetType;

    @Column(name = "target_id")
    public Long targetId;

    @Column(name = "organization_id")
    public Long organizationId;

    public String detail;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
