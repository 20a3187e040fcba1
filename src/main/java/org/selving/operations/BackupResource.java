package org.selving.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.security.Roles;
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;

/**
 * Online backups of the embedded H2 database, for administrators: H2's {@code BACKUP TO} copies the
 * database file into a zip under {@code selving.backup.dir} while the app keeps taking answers (the
 * database file is locked by the running app, so nothing outside it can copy it safely). PostgreSQL is
 * backed up with its own tools (pg_dump), so there this answers 409 and says so (README, "Backup and
 * restore").
 */
@jakarta.ws.rs.Path("/api/backups")
@RolesAllowed(Roles.ADMINISTRATOR)
public class BackupResource {

    private static final Logger LOG = Logger.getLogger(BackupResource.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Where the backup was written and how big it is. */
    public record Backup(String file, long bytes) {
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "selving.backup.dir")
    Path directory;

    @Inject
    AgroalDataSource dataSource;

    /** Writes a backup of the H2 database now; 201 once it is complete on disk. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Backup> write() {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            throw ProblemException.conflict("This database is PostgreSQL: back it up with pg_dump, as the README's"
                    + " \"Backup and restore\" shows.");
        }
        if (jdbcUrl.startsWith("jdbc:h2:mem:")) {
            throw ProblemException.conflict("This database lives in memory only: there is nothing to back up.");
        }
        Path file = directory.resolve("selving-" + STAMP.format(Instant.now()) + ".zip").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw ProblemException.conflict("A backup was written this very second; try again in a moment.");
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // the path is ours (a configured directory and a time stamp), never the caller's
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            long bytes = Files.size(file);
            LOG.infof("Database backed up to %s (%,d bytes)", file, bytes);
            return RestResponse.status(RestResponse.Status.CREATED, new Backup(file.toString(), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a backup to " + file + " failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing a backup to " + file + " failed", e);
        }
    }
}
