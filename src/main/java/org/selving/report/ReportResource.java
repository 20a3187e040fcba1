package org.selving.report;

import java.io.StringWriter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.selving.security.Roles;

import io.quarkus.security.Authenticated;

/**
 * The report of an assessment: JSON (the whole report), and CSV of its tables and of the anonymized
 * response data. Every figure passes through the assessment's disclosure decisions; a request that
 * would narrow the report to a withheld group is refused with 403.
 */
@Path("/api/assessments/{id}")
@Authenticated
public class ReportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ReportService reports;

    /**
     * @param unit    id of a unit: the report covers it and everything below it
     * @param segment key of a segment option: the report covers only the people who chose it
     * @param level   depth of the heatmap's units (1 = top-level units); default the deepest
     * @param lang    language of the texts (one of the questionnaire's)
     */
    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    public Report report(long id, @RestQuery String unit, @RestQuery String segment, @RestQuery String level,
            @RestQuery String lang) {
        return reports.report(id, ReportRequest.parse(unit, segment, level, lang));
    }

    /** The same report as a file to keep. */
    @GET
    @Path("report.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reportFile(long id, @RestQuery String unit, @RestQuery String segment, @RestQuery String level,
            @RestQuery String lang) {
        return attachment(report(id, unit, segment, level, lang), "assessment-" + id + "-report.json");
    }

    /** The report's tables, one figure per line. */
    @GET
    @Path("report.csv")
    @Produces(CSV)
    public Response reportTables(long id, @RestQuery String unit, @RestQuery String segment, @RestQuery String level,
            @RestQuery String lang) throws java.io.IOException {
        StringWriter csv = new StringWriter();
        ReportCsv.write(report(id, unit, segment, level, lang), csv);
        return attachment(csv.toString(), "assessment-" + id + "-report.csv");
    }

    /** One row per respondent, labelled only as far as anonymity allows; streamed. */
    @GET
    @Path("responses.csv")
    @Produces(CSV)
    public Response responseData(long id) {
        return attachment(reports.responseData(id), "assessment-" + id + "-responses.csv");
    }

    /**
     * Per unit: access codes issued and, as the report shows them, used (a closed assessment, groups
     * of at least k); the codes themselves were shown once, when issued.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @GET
    @Path("access-codes")
    @Produces(MediaType.APPLICATION_JSON)
    public CodeUse codeUse(long id) {
        return reports.codeUse(id);
    }

    private static Response attachment(Object entity, String fileName) {
        return Response.ok(entity).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
