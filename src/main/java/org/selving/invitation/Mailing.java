package org.selving.invitation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The e-mail side of one assessment, created with its first participant list: where the links lead,
 * how reminders go, how many rounds were sent, and when the list was deleted. It names nobody.
 */
@Entity
public class Mailing extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public Long assessmentId;

    /** The address the links in the mails start with, unless {@code selving.public-url} is set. */
    @Column(name = "base_url")
    public String baseUrl;

    @Column(name = "max_reminders")
    public int maxReminders;

    @Column(name = "reminder_gap_days")
    public int reminderGapDays;

    @Column(name = "automatic_reminders")
    public boolean automaticReminders;

    @Column(name = "reminder_rounds")
    public int reminderRounds;

    @Column(name = "last_round_at")
    public Instant lastRoundAt;

    /** {@code null} while the list holds people (or never did). */
    @Column(name = "list_deleted_at")
    public Instant listDeletedAt;

    ReminderSettings settings() {
        return new ReminderSettings(maxReminders, reminderGapDays, automaticReminders);
    }
}
