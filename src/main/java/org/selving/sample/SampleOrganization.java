package org.selving.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.selving.operations.SchemaReady;
import org.selving.assessment.AccessCodeService;
import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentSettings;
import org.selving.assessment.CodeRequest;
import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.Instrument;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationService;
import org.selving.organization.Unit;
import org.selving.organization.UnitRequest;
import org.selving.organization.UnitService;
import org.selving.response.DurableCommit;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;
import org.selving.security.SystemAccess;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A demonstration organization, created on the first start so a newcomer can try everything at once:
 * Northwind Cooperative, two divisions of teams (one team of three, so reports show suppression), an
 * earlier closed assessment and an open one (open link, segment question, access codes), both with
 * synthetic answers drawn with a fixed seed; the earlier one paired with a closed mirror assessment of
 * its members, partners and suppliers ({@link SampleOutsiders}), so its report shows within and without.
 * Four smaller clients of the same consultant ({@link SampleClients}) give the view of clients side by
 * side something to show. Created once, marked {@code organization.sample}; turned
 * off with {@code selving.sample.enabled=false}. Codes are stored hashed only, so the unused ones are
 * written to {@code selving.sample.codes-file} on creation.
 */
@ApplicationScoped
public class SampleOrganization {

    private static final Logger LOG = Logger.getLogger(SampleOrganization.class);
    private static final String NAME = "Northwind Cooperative";
    private static final long SEED = 20_260_301L;

    /** Division, team, people in the team, how it is doing (added to every answer's latent score). */
    private record Team(String division, String name, int people, double climate) {
    }

    private static final List<Team> TEAMS = List.of(
            new Team("Operations", "Warehouse", 14, -0.3),
            new Team("Operations", "Logistics", 9, 0.2),
            new Team("Operations", "Maintenance", 3, -0.5),
            new Team("Member Services", "Support", 12, 0.4),
            new Team("Member Services", "Outreach", 7, 0.0));

    /** Members, partners and suppliers who answered the mirror about each team (Maintenance's too few to show). */
    private static final Map<String, Integer> OUTSIDERS = Map.of("Warehouse", 14, "Logistics", 11, "Maintenance", 4,
            "Support", 24, "Outreach", 15);

    /** What the file of codes needs to say: the open assessment and each team's unused codes. */
    private record Created(long assessmentId, Map<String, List<String>> unusedCodes) {
    }

    private static final List<List<String>> COMMENTS = List.of(
            List.of("People cover for each other when someone is out.",
                    "Our weekly stand-up: short, and everyone gets to speak.",
                    "Colleagues who explain things patiently to newcomers.",
                    "We say openly when something went wrong and fix it together.",
                    "The team leads listen, even when the news is bad.",
                    "Shared documentation that is actually kept up to date."),
            List.of("Decisions from the leadership team should come with the reasons behind them.",
                    "Less working in silos between Operations and Member Services.",
                    "Celebrate what goes well, not only talk about what went wrong.",
                    "Clearer roles: who decides what is often unclear.",
                    "Time to pass knowledge on before people leave or change jobs.",
                    "Ask the people who talk to members before changing how we serve them."));

    @ConfigProperty(name = "selving.sample.enabled")
    boolean enabled;

    @ConfigProperty(name = "selving.sample.codes-file")
    Path codesFile;

    @Inject
    OrganizationService organizations;

    @Inject
    UnitService units;

    @Inject
    AssessmentService assessments;

    @Inject
    AccessCodeService codes;

    @Inject
    ResponseStore store;

    @Inject
    DurableCommit durableCommit;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    SampleClients clients;

    @Inject
    SystemAccess system;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (enabled) {
            system.run(() -> {
                createIfAbsent();
                demoAccounts.createIfAbsent();
            });
        }
    }

    /** Creates the sample unless it exists (whatever it has been renamed to since). */
    public void createIfAbsent() {
        if (QuarkusTransaction.requiringNew().call(() -> Organization.count("sample", true)) > 0) {
            LOG.infof("Sample organization present; unused access codes from its creation: %s", codesFile.toAbsolutePath());
            return;
        }
        Created created = QuarkusTransaction.requiringNew().call(this::create);
        durableCommit.await();
        writeCodes(created);
        LOG.infof("Created the sample organization %s; its unused access codes are in %s", NAME,
                codesFile.toAbsolutePath());
    }

    private Created create() {
        Organization organization = organizations.create(NAME, true);

        Map<String, Long> divisions = new LinkedHashMap<>();
        Map<Team, Unit> teams = new LinkedHashMap<>();
        for (Team team : TEAMS) {
            long division = divisions.computeIfAbsent(team.division(),
                    name -> units.create(organization.id, new UnitRequest(name, null)).id);
            teams.put(team, units.create(organization.id, new UnitRequest(team.name(), division)));
        }

        Random random = new Random(SEED);
        LocalDate today = LocalDate.now();

        Assessment spring = assessments.create(organization.id, settings("Internal health, spring", false));
        assessments.open(spring.id);
        Instrument instrument = assessments.instrument(spring);
        List<StoredResponse> earlier = new ArrayList<>();
        for (Map.Entry<Team, Unit> team : teams.entrySet()) {
            int respondents = Math.max(3, (int) Math.round(team.getKey().people() * 0.8));
            for (int r = 0; r < respondents; r++) {
                earlier.add(respondent(random, instrument, spring.id, team.getValue().id, team.getKey().climate() - 0.3,
                        today.minusDays(180 + random.nextInt(14))));
            }
        }
        store.insert(earlier);
        assessments.close(spring.id);

        Assessment autumn = assessments.create(organization.id, settings("Internal health, autumn", true));
        assessments.open(autumn.id);
        Map<String, List<String>> unused = new LinkedHashMap<>();
        List<StoredResponse> current = new ArrayList<>();
        for (Map.Entry<Team, Unit> team : teams.entrySet()) {
            List<String> issued = codes.issue(autumn.id, new CodeRequest(team.getValue().id, team.getKey().people()))
                    .codes();
            int respondents = team.getKey().people() <= 3 ? 2 : (int) Math.round(team.getKey().people() * 0.65);
            for (int r = 0; r < respondents; r++) {
                codes.spend(codes.find(issued.get(r)).orElseThrow());
                current.add(respondent(random, instrument, autumn.id, team.getValue().id, team.getKey().climate(),
                        today.minusDays(random.nextInt(5))));
            }
            unused.put(team.getKey().division() + " / " + team.getKey().name() + " (unit " + team.getValue().id + ")",
                    issued.subList(respondents, issued.size()));
        }
        store.insert(current);
        List<SampleOutsiders.Team> outsiders = new ArrayList<>();
        teams.forEach((team, unit) -> outsiders.add(new SampleOutsiders.Team(unit.id, OUTSIDERS.get(team.name()),
                0.8 * (team.climate() - 0.3))));
        SampleOutsiders.create(assessments, store, organization.id, spring.id, "Members and partners, spring", outsiders,
                random, today.minusDays(175));
        clients.create(random, today);
        return new Created(autumn.id, unused);
    }

    static AssessmentSettings settings(String title, boolean openLink) {
        SegmentQuestion segments = new SegmentQuestion(
                Map.of("en", "Which describes your position best?", "fr", "Qu'est-ce qui décrit le mieux votre poste ?"),
                List.of(new SegmentQuestion.Option("staff", Map.of("en", "Staff member", "fr", "Membre du personnel")),
                        new SegmentQuestion.Option("manager", Map.of("en", "Manager or team lead", "fr", "Cadre ou chef d'équipe")),
                        new SegmentQuestion.Option("senior", Map.of("en", "Senior leader", "fr", "Membre de la direction"))));
        return new AssessmentSettings("selving", title, (OffsetDateTime) null, null, 5, 10, openLink, segments, null);
    }

    /** One synthetic member of staff ({@link SyntheticPerson}) with a segment and, sometimes, a comment. */
    static StoredResponse respondent(Random random, Instrument instrument, long assessmentId, long unitId,
            double climate, LocalDate day) {
        byte[] packed = SyntheticPerson.answers(random, instrument, 0.3, climate, 0.04, item -> 0);
        double segmentDraw = random.nextDouble();
        int segment = segmentDraw < 0.75 ? 1 : segmentDraw < 0.95 ? 2 : 3;
        List<StoredResponse.Comment> comments = new ArrayList<>();
        for (int p = 0; p < Math.min(COMMENTS.size(), instrument.comments().size()); p++) {
            if (random.nextDouble() < 0.3) {
                List<String> texts = COMMENTS.get(p);
                comments.add(new StoredResponse.Comment(instrument.comments().get(p).key(),
                        texts.get(random.nextInt(texts.size()))));
            }
        }
        return new StoredResponse(assessmentId, unitId, segment, packed, day, comments);
    }

    private void writeCodes(Created created) {
        long assessmentId = created.assessmentId();
        StringBuilder text = new StringBuilder()
                .append("# Selving sample: unused access codes of \"Internal health, autumn\" at ").append(NAME)
                .append(" (assessment ").append(assessmentId).append(").\n")
                .append("# Each code works once. Only their hashes are stored, so this file is the only copy.\n")
                .append("# Answer in a browser: type a code on http://localhost:8080/ or, without a code, open the\n")
                .append("# assessment's open link http://localhost:8080/respond/open/").append(assessmentId).append('\n')
                .append("# Or answer with a code through the JSON API, for example:\n")
                .append("#   curl -i -H 'Content-Type: application/json' -d '{\"code\": \"<code>\", \"answers\": {\"know_purpose\": 4}}'")
                .append(" http://localhost:8080/api/responses\n")
                .append("# The assessment also has an open link: instead of a code, send \"assessmentId\": ")
                .append(assessmentId).append(" and the \"unitId\" of a team below.\n");
        created.unusedCodes().forEach((team, list) -> {
            text.append('\n').append(team).append('\n');
            list.forEach(code -> text.append("  ").append(code).append('\n'));
        });
        try {
            if (codesFile.getParent() != null) {
                Files.createDirectories(codesFile.getParent());
            }
            Files.writeString(codesFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the sample's access codes to " + codesFile + " failed", e);
        }
    }
}
