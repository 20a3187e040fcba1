package org.selving.invitation;

import static org.selving.testing.Api.asAdmin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.restassured.response.ValidatableResponse;

/** What the invitation tests share: lists sent through the API, waiting for mails, and time moved on. */
final class Invitations {

    /** A personal link in a mail, with the code it carries. */
    static final Pattern LINK = Pattern.compile("(https?://[^\\s\"<]+)/respond/([A-Z0-9]{12})\\?lang=(\\w+)");
    static final Pattern UNSUBSCRIBE = Pattern.compile("(https?://[^\\s\"<]+)/unsubscribe/([A-Za-z0-9_-]{43})");

    private Invitations() {
    }

    /** {@code {"email": ..., "unitId": ..., "language": ...}} for each person: "email unitId [language]". */
    static String json(String... people) {
        StringBuilder body = new StringBuilder("{\"participants\": [");
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i].split(" ");
            body.append(i == 0 ? "" : ", ").append("{\"email\": \"").append(p[0]).append("\", \"unitId\": ").append(p[1])
                    .append(p.length > 2 ? ", \"language\": \"" + p[2] + "\"" : "").append('}');
        }
        return body.append("]}").toString();
    }

    static ValidatableResponse addJson(long assessmentId, String body) {
        return asAdmin().body(body).post("/api/assessments/" + assessmentId + "/participants").then();
    }

    static ValidatableResponse addCsv(long assessmentId, String csv) {
        return asAdmin().contentType("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/assessments/" + assessmentId + "/participants").then();
    }

    static ValidatableResponse remind(long assessmentId) {
        return asAdmin().post("/api/assessments/" + assessmentId + "/invitations/reminders").then();
    }

    static ValidatableResponse status(long assessmentId) {
        return asAdmin().get("/api/assessments/" + assessmentId + "/invitations").then().statusCode(200);
    }

    /** The code of the personal link in a mail's text. */
    static String codeIn(String text) {
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no personal link in:\n" + text);
        }
        return link.group(2);
    }

    static String unsubscribeTokenIn(String text) {
        Matcher link = UNSUBSCRIBE.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no unsubscribe link in:\n" + text);
        }
        return link.group(2);
    }

    /** Waits up to 30 s (the sender runs every second) for the condition. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Moves the assessment's mail history back by {@code days}, as if that much time had passed: sent
     * mails, reminder rounds and the people's addition.
     */
    static void daysPass(DataSource dataSource, long assessmentId, int days) {
        String shift = "INTERVAL '" + days + "' DAY";
        for (String sql : List.of(
                "UPDATE mail_outbox SET sent_at = sent_at - " + shift + " WHERE assessment_id = ? AND sent_at IS NOT NULL",
                "UPDATE mailing SET last_round_at = last_round_at - " + shift + " WHERE assessment_id = ? AND last_round_at IS NOT NULL",
                "UPDATE participant SET added_at = added_at - " + shift + " WHERE assessment_id = ?")) {
            try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
                update.setLong(1, assessmentId);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
