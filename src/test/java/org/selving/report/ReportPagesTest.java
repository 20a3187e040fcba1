package org.selving.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;

import io.quarkus.test.junit.QuarkusTest;

/** The report page for an open assessment, a refused group and a draft, as a browser gets them. */
@QuarkusTest
class ReportPagesTest {

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    @Test
    void anOpenAssessmentShowsInterimOrganizationWideFiguresOnly() {
        long org = createOrganization("Pages: open");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        asAdmin().accept("text/html").get("/assessments/" + assessment + "/report?lang=en").then().statusCode(200)
                .body(containsString("Figures appear once 10 responses are in"))
                .body(not(containsString("At a glance")));
        new Respondents(store, catalog.find("selving").orElseThrow(), assessment, 61).add(team, 0, 12, 0);
        asAdmin().accept("text/html").get("/assessments/" + assessment + "/report?lang=en").then().statusCode(200)
                .body(containsString("They cover the first 5 responses"))
                .body(containsString("At a glance"))
                .body(containsString("Appears when the assessment closes."));
        asAdmin().accept("text/html").get("/assessments/" + assessment + "/report?lang=fr").then().statusCode(200)
                .body(containsString("Chiffres provisoires"));
    }

    @Test
    void aWithheldGroupOrADraftGetsTheFriendlyErrorPage() {
        SampleLike sample = SampleLike.create("Pages: refused", store, catalog.find("selving").orElseThrow());
        asAdmin().accept("text/html").get("/assessments/" + sample.assessment() + "/report?unit=" + sample.maintenance())
                .then().statusCode(403).contentType("text/html").body(containsString("could not be handled"));
        long draft = createAssessment(sample.org(), "");
        asAdmin().accept("text/html").get("/assessments/" + draft + "/report").then().statusCode(409)
                .contentType("text/html");
        asAdmin().accept("text/html").get("/assessments/999999/report").then().statusCode(404).contentType("text/html");
    }
}
