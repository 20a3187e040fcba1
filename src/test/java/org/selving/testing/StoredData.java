package org.selving.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * A fingerprint of everything stored (row count and a hash of every value, per table), so a test can
 * assert that a refused request changed nothing at all: no row added, removed or updated.
 */
public final class StoredData {

    private static final List<String> TABLES = List.of("instrument_version", "organization", "unit",
            "assessment", "code_batch", "access_code", "unspent_code", "response", "response_comment", "response_import",
            "mailing", "participant", "mail_outbox",
            "account", "consultant_client", "api_token", "audit_event", "workshop_session", "workshop_ticket",
            "workshop_unspent", "workshop_aim", "workshop_action");

    private StoredData() {
    }

    public static Map<String, String> fingerprint(DataSource dataSource) {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int c = 1; c <= columns; c++) {
                            Object value = rs.getObject(c);
                            String text = value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
                            digest.update(text.getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
                tables.put(table, rows + " rows " + HexFormat.of().formatHex(digest.digest()));
            }
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** Runs the action (typically a refused request and its assertions) and asserts nothing stored changed. */
    public static void assertUnchangedBy(DataSource dataSource, Runnable action) {
        Map<String, String> before = fingerprint(dataSource);
        action.run();
        org.junit.jupiter.api.Assertions.assertEquals(before, fingerprint(dataSource), "stored data changed");
    }

    /** Counts the spent codes of the assessment given as the one parameter. */
    public static final String SPENT_CODES = """
            SELECT COUNT(*) FROM access_code c WHERE c.assessment_id = ?
            AND NOT EXISTS (SELECT 1 FROM unspent_code u WHERE u.access_code_id = c.id)""";

    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
