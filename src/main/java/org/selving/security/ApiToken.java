package org.selving.security;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A personal API token for automation: acts as its account, known only by its hash. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash")
    public byte[] tokenHash;

    @Column(name = "account_id")
    public Long accountId;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    /** {@code null}: until revoked. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The day it was last used (a day is precise enough to spot forgotten tokens). */
    @Column(name = "last_used_on")
    public LocalDate lastUsedOn;
}
