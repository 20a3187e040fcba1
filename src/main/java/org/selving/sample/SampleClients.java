package org.selving.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.instrument.Instrument;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationService;
import org.selving.organization.UnitRequest;
import org.selving.organization.UnitService;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;

/**
 * The sample consultant's other clients, so that the view of clients side by side has something to
 * show out of the box (a spread needs five organizations): four small organizations, each with one
 * closed assessment and a closed mirror of its outsiders. Marked as sample organizations too.
 */
@ApplicationScoped
class SampleClients {

    /** A team: its name, its staff who answered, how it is doing, its outsiders who answered. */
    private record Team(String name, int staff, double climate, int outsiders) {
    }

    private record Client(String name, List<Team> teams) {
    }

    static final List<Client> CLIENTS = List.of(
            new Client("Harbor Credit Union", List.of(new Team("Lending", 11, 0.3, 9), new Team("Branches", 15, 0.1, 14),
                    new Team("Back office", 8, -0.2, 0))),
            new Client("Riverside Library Network", List.of(new Team("Central library", 13, 0.5, 12),
                    new Team("Neighbourhood branches", 17, 0.3, 15))),
            new Client("Greenfield Housing Association", List.of(new Team("Tenancy", 14, -0.4, 12),
                    new Team("Repairs", 12, -0.7, 13), new Team("Development", 7, -0.1, 0))),
            new Client("Summit Outdoor Cooperative", List.of(new Team("Stores", 16, 0.2, 11), new Team("Online", 9, 0.0, 7))));

    @Inject
    OrganizationService organizations;

    @Inject
    UnitService units;

    @Inject
    AssessmentService assessments;

    @Inject
    ResponseStore store;

    /** Creates the four clients (in the caller's transaction); returns their ids. */
    List<Long> create(Random random, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (Client client : CLIENTS) {
            Organization organization = organizations.create(client.name(), true);
            Assessment internal = assessments.create(organization.id,
                    SampleOrganization.settings("Internal health, spring", false));
            assessments.open(internal.id);
            Instrument instrument = assessments.instrument(internal);
            List<StoredResponse> staff = new ArrayList<>();
            List<SampleOutsiders.Team> outsiders = new ArrayList<>();
            for (Team team : client.teams()) {
                long unit = units.create(organization.id, new UnitRequest(team.name(), null)).id;
                for (int r = 0; r < team.staff(); r++) {
                    staff.add(SampleOrganization.respondent(random, instrument, internal.id, unit, team.climate(),
                            today.minusDays(170 + random.nextInt(14))));
                }
                outsiders.add(new SampleOutsiders.Team(unit, team.outsiders(), team.climate() * 0.8));
            }
            store.insert(staff);
            assessments.close(internal.id);
            SampleOutsiders.create(assessments, store, organization.id, internal.id, "Members and partners, spring",
                    outsiders, random, today.minusDays(160));
            ids.add(organization.id);
        }
        return ids;
    }
}
