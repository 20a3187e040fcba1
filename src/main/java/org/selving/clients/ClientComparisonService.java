package org.selving.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.clients.ClientComparison.Client;
import org.selving.clients.ClientComparison.Column;
import org.selving.clients.ClientComparison.Distribution;
import org.selving.clients.ClientComparison.Figures;
import org.selving.clients.ClientComparison.Outsiders;
import org.selving.clients.ClientComparison.Point;
import org.selving.clients.ClientComparison.Scatter;
import org.selving.clients.ClientComparison.Standing;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentCatalog;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationDirectory;
import org.selving.report.Report;
import org.selving.report.ReportRequest;
import org.selving.report.ReportService;
import org.selving.report.WithinWithout;
import org.selving.stats.Correlation;
import org.selving.stats.Descriptives;
import org.selving.stats.Reason;
import org.selving.stats.Result;
import org.selving.stats.Spread;
import org.selving.web.ProblemException;

/**
 * Builds the view of clients side by side from the organizations the caller may see (a consultant's
 * clients, every organization for an administrator) and from each one's report as
 * {@link ReportService} gives it to the caller, so that nothing enters that the client's own report
 * does not show. Managers never reach it (the endpoints allow administrators and consultants only).
 */
@ApplicationScoped
public class ClientComparisonService {

    /** A spread and a correlation across organizations need at least this many. */
    static final int MIN_ORGANIZATIONS = 5;

    @Inject
    OrganizationDirectory directory;

    @Inject
    AssessmentService assessments;

    @Inject
    ReportService reports;

    @Inject
    InstrumentCatalog catalog;

    /** The internal questionnaires clients can be compared on, sorted by key. */
    public List<Instrument> instruments() {
        return catalog.all().stream().filter(i -> !i.isMirror()).toList();
    }

    /**
     * @param instrumentKey an internal questionnaire (not a mirror)
     * @param language      one of its languages, {@code null} for its default
     */
    public ClientComparison compare(String instrumentKey, String language) {
        Instrument instrument = instrument(instrumentKey);
        String lang = language == null ? instrument.defaultLanguage() : language;
        if (!instrument.languages().contains(lang)) {
            throw ProblemException.invalid("lang", "the questionnaire is in " + String.join(", ", instrument.languages()));
        }
        List<Column> columns = instrument.dimensions().stream()
                .map(d -> new Column(d.key(), d.title().getOrDefault(lang, d.key()))).toList();
        List<Client> clients = new ArrayList<>();
        for (Organization organization : directory.organizations()) {
            clients.add(client(organization, instrument.key(), lang, columns));
        }
        List<Client> shown = clients.stream().filter(c -> c.standing() == Standing.SHOWN).toList();
        Distribution distribution = shown.size() < MIN_ORGANIZATIONS ? null : distribution(shown, columns.size());
        if (distribution != null) {
            clients = clients.stream().map(c -> placed(c, distribution)).toList();
        }
        return new ClientComparison(instrument.key(), instrument.title().getOrDefault(lang, instrument.key()), lang,
                instrument.languages(), columns, clients, shown.size(), distribution, scatter(clients));
    }

    private Instrument instrument(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalid("instrument", "name the questionnaire to compare clients on, one of "
                    + String.join(", ", instruments().stream().map(Instrument::key).toList()));
        }
        return catalog.find(key.strip()).filter(i -> !i.isMirror()).orElseThrow(() -> ProblemException.invalid(
                "instrument", "no internal questionnaire '" + key.strip() + "'; available: "
                        + String.join(", ", instruments().stream().map(Instrument::key).toList())));
    }

    /** An organization with its latest closed assessment of the questionnaire, as that assessment's report shows it. */
    private Client client(Organization organization, String instrumentKey, String language, List<Column> columns) {
        Optional<Assessment> latest = assessments.list(organization.id).stream()
                .filter(a -> a.status == AssessmentStatus.CLOSED && assessments.instrument(a).key().equals(instrumentKey))
                .findFirst();
        if (latest.isEmpty()) {
            return new Client(organization.id, organization.name, null, null, Standing.NO_CLOSED_ASSESSMENT, null, null,
                    null);
        }
        Assessment assessment = latest.get();
        String reportLanguage = assessments.instrument(assessment).languages().contains(language) ? language : null;
        Report report = reports.report(assessment.id, new ReportRequest(null, null, null, reportLanguage));
        if (!report.figures().shown()) {
            return new Client(organization.id, organization.name, assessment.id, assessment.title, Standing.WITHHELD,
                    report.figures().withheld(), null, null);
        }
        Report.Figures figures = report.figures().value();
        List<Result<Double>> indices = new ArrayList<>();
        for (Column column : columns) {
            indices.add(figures.dimensions().stream().filter(d -> d.key().equals(column.key())).findFirst()
                    .map(d -> d.score().map(Descriptives::index))
                    .orElse(Result.notComputable(Reason.NOT_CONFIGURED, "this version has no dimension " + column.key())));
        }
        Outsiders outsiders = null;
        if (report.withinWithout().available()) {
            WithinWithout ww = report.withinWithout().value();
            outsiders = new Outsiders(ww.mirror().assessmentId(), ww.outsiders(), ww.outsideIndex(), ww.mirror().interim());
        }
        return new Client(organization.id, organization.name, assessment.id, assessment.title, Standing.SHOWN, null,
                new Figures(figures.respondents(), figures.overallIndex(), indices, null), outsiders);
    }

    private static Distribution distribution(List<Client> shown, int dimensions) {
        List<Result<Spread>> spreads = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            int column = d;
            spreads.add(spread(shown.stream().map(c -> c.figures().dimensions().get(column)).toList()));
        }
        return new Distribution(spread(shown.stream().map(c -> c.figures().overallIndex()).toList()), spreads);
    }

    /** The spread of a figure over the organizations that have it, from five of them. */
    private static Result<Spread> spread(List<Result<Double>> values) {
        double[] present = values.stream().filter(Result::isComputed).mapToDouble(Result::value).toArray();
        if (present.length < MIN_ORGANIZATIONS) {
            return Result.notComputable(Reason.TOO_FEW_CASES, "a spread across organizations needs "
                    + MIN_ORGANIZATIONS + " of them, got " + present.length);
        }
        return Spread.of(present);
    }

    /** The client with the quarter each of its figures falls in. */
    private static Client placed(Client client, Distribution distribution) {
        if (client.standing() != Standing.SHOWN) {
            return client;
        }
        Figures f = client.figures();
        List<Integer> quarters = new ArrayList<>();
        quarters.add(quarter(f.overallIndex(), distribution.overall()));
        for (int d = 0; d < f.dimensions().size(); d++) {
            quarters.add(quarter(f.dimensions().get(d), distribution.dimensions().get(d)));
        }
        return new Client(client.organizationId(), client.organization(), client.assessmentId(),
                client.assessmentTitle(), client.standing(), null,
                new Figures(f.respondents(), f.overallIndex(), f.dimensions(), quarters), client.outsiders());
    }

    private static Integer quarter(Result<Double> value, Result<Spread> spread) {
        return value.isComputed() && spread.isComputed() ? spread.value().quarterOf(value.value()) : null;
    }

    private static Scatter scatter(List<Client> clients) {
        List<Point> points = new ArrayList<>();
        for (Client client : clients) {
            if (client.outsiders() != null && client.figures().overallIndex().isComputed()
                    && client.outsiders().outsideIndex().isComputed()) {
                points.add(new Point(client.organizationId(), client.organization(),
                        client.figures().overallIndex().value(), client.outsiders().outsideIndex().value(),
                        client.outsiders().outsiders()));
            }
        }
        Result<Correlation> correlation = points.size() < MIN_ORGANIZATIONS
                ? Result.notComputable(Reason.TOO_FEW_CASES, "a correlation across organizations needs "
                        + MIN_ORGANIZATIONS + " of them, got " + points.size())
                : Correlation.pearson(points.stream().mapToDouble(Point::insideIndex).toArray(),
                        points.stream().mapToDouble(Point::outsideIndex).toArray());
        return new Scatter(points, correlation);
    }
}
