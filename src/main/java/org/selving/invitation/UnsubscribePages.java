package org.selving.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.selving.web.Page;
import org.selving.web.PageLanguage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Stopping reminders, for the people on a list (no account: the random token in the mail's link is
 * all it takes). The link shows a page with a button, so that a mail program or a link scanner that
 * opens links by itself stops nothing; the button stops the reminders and cancels any waiting. A
 * token that is unknown, or whose list was deleted, gets the same page saying that no mail will come
 * from it any more, which is true either way.
 */
@Path("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class UnsubscribePages {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PageLanguage language;

    @CheckedTemplate(basePath = "invitation")
    static class Templates {
        /** @param title the assessment's title, {@code null} when the token is unknown */
        static native TemplateInstance unsubscribe(Page page, String token, String title, boolean done);
    }

    @GET
    public TemplateInstance ask(@RestPath String token) {
        return page(token, titleOf(token).orElse(null), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance stop(@RestPath String token) {
        Optional<String> title = titleOf(token);
        if (title.isPresent()) {
            QuarkusTransaction.requiringNew().run(() -> {
                update("UPDATE participant SET unsubscribed = TRUE WHERE unsubscribe_token = ?", token);
                update("""
                        UPDATE mail_outbox SET state = 'CANCELLED' WHERE kind = 'REMINDER' AND state = 'PENDING'
                        AND participant_id IN (SELECT id FROM participant WHERE unsubscribe_token = ?)""", token);
            });
        }
        return page(token, title.orElse(null), true);
    }

    private TemplateInstance page(String token, String title, boolean done) {
        Page page = language.page();
        return Templates.unsubscribe(page, token, title, done).setLocale(page.locale());
    }

    private Optional<String> titleOf(String token) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT a.title FROM participant p JOIN assessment a ON a.id = p.assessment_id
                        WHERE p.unsubscribe_token = ?""")) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an unsubscribe link failed", e);
        }
    }

    private void update(String sql, String token) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, token);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Stopping reminders failed", e);
        }
    }
}
