package org.selving.clients;

import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createMirrorAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;
import org.selving.testing.SyntheticAnswers;

/**
 * A consultant's portfolio for the view of clients side by side (accounts' password {@code Api.PASSWORD}):
 * five clients whose latest closed assessment shows its figures, three of them with a closed mirror of
 * outsiders; one whose report withholds them (3 respondents); one with an open assessment only. Another
 * consultant has a client of their own, and the first client has a manager.
 *
 * @param shown       the five clients that show their figures, in name order
 * @param mirrored    the three of them whose reports have outsiders
 */
record Clients(List<Long> shown, List<Long> mirrored, long withheld, long notClosed, long otherConsultantsClient,
        String consultant, String otherConsultant, String manager, List<String> names) {

    /** Name, staff, their climate, outsiders (0: no mirror), their climate. */
    private record Client(String name, int staff, double climate, int outsiders, double outsideClimate) {
    }

    private static final List<Client> SHOWN = List.of(
            new Client("Alder Works", 12, 0.4, 8, 0.2),
            new Client("Birch Cooperative", 10, -0.2, 7, -0.4),
            new Client("Cedar Housing", 15, 0.1, 9, 0.1),
            new Client("Dogwood Library", 8, -0.5, 0, 0),
            new Client("Elm Transit", 11, 0.0, 0, 0));

    static Clients create(String prefix, ResponseStore store, InstrumentCatalog catalog) {
        Random random = new Random(prefix.hashCode());
        List<Long> ids = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        List<Long> mirrored = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Client client : SHOWN) {
            String name = prefix + " " + client.name();
            long org = createOrganization(name);
            long team = createUnit(org, "Team", null);
            long internal = closedAssessment(store, catalog, org, team, client.staff(), client.climate(), random);
            if (client.outsiders() > 0) {
                long mirror = createMirrorAssessment(org, internal, "");
                open(mirror);
                SyntheticAnswers.store(store, catalog.find("selving_mirror").orElseThrow(), mirror, team,
                        client.outsiders(), client.outsideClimate(), random);
                close(mirror);
                mirrored.add(org);
            }
            ids.add(org);
            shown.add(org);
            names.add(name);
        }
        long withheld = createOrganization(prefix + " Fir Clinic");
        closedAssessment(store, catalog, withheld, createUnit(withheld, "Team", null), 3, 0, random);
        long notClosed = createOrganization(prefix + " Gum Foods");
        createUnit(notClosed, "Team", null);
        open(createAssessment(notClosed, ""));
        ids.add(withheld);
        ids.add(notClosed);
        names.add(prefix + " Fir Clinic");
        names.add(prefix + " Gum Foods");
        long other = createOrganization(prefix + " Hazel Bank");
        closedAssessment(store, catalog, other, createUnit(other, "Team", null), 9, 0.2, random);

        String mail = prefix.toLowerCase().replace(' ', '-');
        String consultant = mail + "-consultant@clients.test";
        String otherConsultant = mail + "-other@clients.test";
        String manager = mail + "-manager@clients.test";
        createAccount(consultant, "CONSULTANT", "\"clientIds\": " + ids);
        createAccount(otherConsultant, "CONSULTANT", "\"clientIds\": [" + other + "]");
        createAccount(manager, "MANAGER", "\"organizationId\": " + shown.get(0));
        return new Clients(shown, mirrored, withheld, notClosed, other, consultant, otherConsultant, manager, names);
    }

    private static long closedAssessment(ResponseStore store, InstrumentCatalog catalog, long org, long team, int staff,
            double climate, Random random) {
        long assessment = createAssessment(org, "");
        open(assessment);
        SyntheticAnswers.store(store, catalog.find("selving").orElseThrow(), assessment, team, staff, climate, random);
        close(assessment);
        return assessment;
    }
}
