package org.selving.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.selving.operations.SchemaReady;
import org.selving.web.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creates the first administrator on a start that finds none, from {@code selving.admin.email} and
 * {@code selving.admin.password} (SELVING_ADMIN_EMAIL, SELVING_ADMIN_PASSWORD). Once there is an
 * administrator these are ignored: changing them later changes nothing, and there is no default
 * password (only the dev profile sets one, for the demonstration). A password that is too weak stops
 * the start, so a typo in a deployment is noticed at once.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    @ConfigProperty(name = "selving.admin.email")
    Optional<String> email;

    @ConfigProperty(name = "selving.admin.password")
    Optional<String> password;

    @Inject
    AccountService accounts;

    @Inject
    SystemAccess system;

    @Inject
    Validator validator;

    void onSchemaReady(@Observes SchemaReady ready) {
        system.run(this::createIfNone);
    }

    void createIfNone() {
        if (QuarkusTransaction.requiringNew().call(() -> Account.count("role", Role.ADMINISTRATOR)) > 0) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn("There is no administrator yet: set SELVING_ADMIN_EMAIL and SELVING_ADMIN_PASSWORD (at least "
                    + Passwords.MIN_LENGTH + " characters) and restart to create the first one. Respondents can answer meanwhile.");
            return;
        }
        NewAccount administrator = new NewAccount(email.get(), "Administrator", Role.ADMINISTRATOR, password.get(),
                null, null, List.of());
        validator.validate(administrator).stream().findFirst().ifPresent(violation -> {
            throw new IllegalStateException("selving.admin." + violation.getPropertyPath() + " " + violation.getMessage());
        });
        try {
            accounts.create(administrator);
        } catch (ProblemException refused) {
            throw new IllegalStateException("The first administrator cannot be created: " + refused.getMessage());
        }
        LOG.infof("Created the first administrator, %s", Emails.normalize(email.get()));
    }
}
