package org.selving.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone who signs in: an administrator, a consultant or a manager. Change it through
 * {@link AccountService}, which keeps role, organization and unit consistent and ends sessions when
 * it must.
 */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Lower case; unique. */
    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** bcrypt, modular crypt format. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** A manager's organization; {@code null} for the other roles. */
    @Column(name = "organization_id")
    public Long organizationId;

    /** A manager limited to this unit and everything below it; {@code null}: the whole organization. */
    @Column(name = "unit_id")
    public Long unitId;

    /** Locked by an administrator: no sign-in, no session, no token works. */
    public boolean disabled;

    /** Consecutive failed sign-ins since the last successful one. */
    @Column(name = "failed_logins")
    public int failedLogins;

    /** After too many failed sign-ins, none is accepted before this moment. */
    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Account findByEmail(String email) {
        return find("email", Emails.normalize(email)).firstResult();
    }

    /** Whether it may sign in, or use its sessions and tokens, right now. */
    public boolean isLocked(Instant now) {
        return disabled || lockedUntil != null && now.isBefore(lockedUntil);
    }
}
