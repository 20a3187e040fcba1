package org.selving.sample;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationDirectory;
import org.selving.security.Account;
import org.selving.security.AccountService;
import org.selving.security.NewAccount;
import org.selving.security.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The sample's demonstration accounts, for trying every role in dev mode (README, "Try it"): a
 * consultant of the sample organizations (Northwind Cooperative and its four other clients), Northwind's
 * manager, and the manager of its Operations division only.
 * They exist only where {@code selving.sample.demo-password} is set, which the dev profile alone does;
 * the administrator comes from {@code selving.admin.*} like everywhere else.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    static final String CONSULTANT = "consultant@example.org";
    static final String MANAGER = "manager@example.org";
    static final String DIVISION_MANAGER = "operations@example.org";

    @ConfigProperty(name = "selving.sample.demo-password")
    Optional<String> password;

    @Inject
    OrganizationDirectory directory;

    @Inject
    AccountService accounts;

    /** Creates those of the demo accounts that do not exist (they are recreated if deleted). */
    void createIfAbsent() {
        if (password.isEmpty()) {
            return;
        }
        // Northwind Cooperative is the first sample organization; the others are the consultant's other clients
        List<Organization> samples = QuarkusTransaction.requiringNew()
                .call(() -> Organization.<Organization>list("sample = true order by id"));
        Organization sample = samples.get(0);
        long operations = directory.units(sample.id).resolve("Operations").orElseThrow().id;
        create(new NewAccount(CONSULTANT, "Casey Consultant", Role.CONSULTANT, password.get(), null, null,
                samples.stream().map(o -> o.id).toList()));
        create(new NewAccount(MANAGER, "Morgan Manager", Role.MANAGER, password.get(), sample.id, null, List.of()));
        create(new NewAccount(DIVISION_MANAGER, "Dana Operations", Role.MANAGER, password.get(), sample.id, operations,
                List.of()));
    }

    private void create(NewAccount account) {
        if (QuarkusTransaction.requiringNew().call(() -> Account.findByEmail(account.email())) == null) {
            accounts.create(account);
            LOG.infof("Demo account %s (%s), password as in the README", account.email(), account.role());
        }
    }
}
