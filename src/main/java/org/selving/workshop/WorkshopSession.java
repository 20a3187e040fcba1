package org.selving.workshop;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A live session of an open assessment, run by a consultant in a room: the room's people join with
 * the join code and answer for the session's unit. It keeps the day it was held, never a time: its
 * answers point at it. Changed through {@link WorkshopService} (facilitators) and
 * {@link Participants} (answers), each change counted in {@link #version} so that every instance's
 * screens follow it ({@link LiveRooms}).
 */
@Entity
@Table(name = "workshop_session")
public class WorkshopSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public Long assessmentId;

    @Column(name = "unit_id")
    public Long unitId;

    /** The account that started it (copied, as the audit log does, so that it outlives the account). */
    @Column(name = "started_by")
    public Long startedBy;

    /** The code people join with while the session runs; {@code null} once it has ended. */
    @Column(name = "join_code")
    public String joinCode;

    @Enumerated(EnumType.STRING)
    public WorkshopPhase phase;

    /** The first round's answers so far. */
    public int answers;

    /** The second round's answers so far. */
    public int aims;

    /** The dimension keys shown on the screen, comma-separated, or {@link #ALL_REVEALED}. */
    public String revealed;

    /** Whether the screen shows the room's segments side by side. */
    @Column(name = "gap_shown")
    public boolean gapShown;

    public int version;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public static final String ALL_REVEALED = "*";
}
