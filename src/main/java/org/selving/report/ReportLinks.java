package org.selving.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import org.selving.report.ReportView.Link;

/**
 * Where a report page leads: the same assessment's report for another unit, segment or level, in
 * the reader's language, and the downloads of what the page shows.
 */
final class ReportLinks {

    private final Report report;
    private final String language;
    private final ReportMessages text;

    ReportLinks(Report report, String language, ReportMessages text) {
        this.report = report;
        this.language = language;
        this.text = text;
    }

    /** The report of the same assessment for another unit, segment or level, in the same language. */
    String href(Long unitId, String segment, Integer level) {
        UriBuilder uri = UriBuilder.fromPath("/assessments/{id}/report");
        if (unitId != null) {
            uri.queryParam("unit", unitId);
        }
        if (segment != null) {
            uri.queryParam("segment", segment);
        }
        if (level != null) {
            uri.queryParam("level", level);
        }
        uri.queryParam("lang", language);
        return uri.build(report.about().assessmentId()).toString();
    }

    List<Link> trail() {
        List<Link> trail = new ArrayList<>();
        for (Report.UnitChoice ancestor : report.scope().ancestors()) {
            trail.add(new Link(ancestor.name(), ancestor.shown() ? href(ancestor.unitId(), null, null) : null, false));
        }
        trail.add(new Link(report.scope().unitId() == null ? report.about().organization()
                : ReportView.lastName(report.scope().path()), null, true));
        return trail;
    }

    List<Link> segmentLinks() {
        List<Link> links = new ArrayList<>();
        if (report.scope().segments().isEmpty()) {
            return links;
        }
        links.add(new Link(text.segment_everybody(), report.scope().segment() == null ? null
                : href(report.scope().unitId(), null, null), report.scope().segment() == null));
        for (Report.SegmentChoice choice : report.scope().segments()) {
            boolean current = choice.key().equals(report.scope().segment());
            links.add(new Link(choice.label(), current || !choice.shown() ? null
                    : href(report.scope().unitId(), choice.key(), null), current));
        }
        return links;
    }

    List<Link> levelLinks() {
        List<Link> links = new ArrayList<>();
        for (int level : report.scope().levels()) {
            boolean current = level == report.scope().level();
            links.add(new Link(text.level(level), current ? null
                    : href(report.scope().unitId(), report.scope().segment(), level), current));
        }
        return links;
    }

    private String download(String file) {
        String query = href(report.scope().unitId(), report.scope().segment(), report.scope().level());
        return "/api/assessments/" + report.about().assessmentId() + "/" + file + query.substring(query.indexOf('?'));
    }

    String jsonHref() {
        return download("report.json");
    }

    String tablesHref() {
        return download("report.csv");
    }

    String responsesHref() {
        return "/api/assessments/" + report.about().assessmentId() + "/responses.csv";
    }
}
