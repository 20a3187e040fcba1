package org.selving.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A division, department or team. Units form a tree of any depth within their organization; sibling
 * names are unique, so a path of names ("Operations / Warehouse") names one unit.
 */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public Long organizationId;

    /** {@code null} for a top-level unit. */
    @Column(name = "parent_id")
    public Long parentId;

    public String name;

    /** Order among siblings: units are listed in the order they were created or moved in. */
    public int position;
}
