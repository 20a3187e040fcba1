package org.selving.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * On PostgreSQL a deleted row stays in its table's file, not visible to SQL, until VACUUM removes it,
 * stamped with the number of the transaction that deleted it: for a spent access code or a spent live
 * session ticket, the transaction that stored the answers. Whoever deletes such rows vacuums their
 * tables soon after. H2 has no such thing to do.
 */
@ApplicationScoped
public class DeletedRows {

    private static final Logger LOG = Logger.getLogger(DeletedRows.class);

    @Inject
    AgroalDataSource dataSource;

    /** Vacuums these tables on PostgreSQL (outside any transaction; the app's role owns the tables). */
    public void vacuum(String... tables) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                statement.execute("VACUUM " + String.join(", ", tables));
            }
        } catch (SQLException e) {
            LOG.warnf("VACUUM of %s failed: %s", String.join(", ", tables), e.getMessage());
        }
    }
}
