package org.selving.workshop;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something the room decided to do, typed in by the facilitator during the discussion. */
@Entity
@Table(name = "workshop_action")
public class WorkshopAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    public String description;

    /** Who sees to it, as the room named them; {@code null} when nobody was named. */
    public String owner;

    @Column(name = "due_on")
    public LocalDate dueOn;
}
