package org.selving.response;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.open;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.form;
import static org.selving.testing.Pages.html;
import static org.selving.testing.Pages.idAfter;
import static org.selving.testing.Pages.page;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.instrument.Item;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Importing a CSV file from the console: uploaded as a browser does (multipart), imported whole or
 * refused with every bad line exactly as the API lists it, and audited alike.
 */
@QuarkusTest
class ImportPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InstrumentCatalog catalog;

    static Tenants tenants;
    static String consultant;

    @BeforeEach
    void tenants() {
        if (tenants == null) {
            tenants = Tenants.create("importpages");
            consultant = signIn(tenants.consultantA(), PASSWORD);
        }
    }

    private String file(String... units) {
        List<String> items = catalog.find("selving").orElseThrow().items().stream().map(Item::key).toList();
        StringBuilder csv = new StringBuilder("unit," + String.join(",", items) + "\n");
        for (String unit : units) {
            csv.append(unit).append(',').append(String.join(",", Collections.nCopies(items.size(), "4"))).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aFileIsImportedAndListed() {
        long id = tenants.assessmentA();
        page(consultant).get("/assessments/" + id + "/imports").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""), containsString("No file has been imported yet."));
        String location = form(consultant).multiPart("file", "paper.csv", file("Ops/North", "Sales").getBytes(UTF_8),
                "text/csv").post("/assessments/" + id + "/imports").then().statusCode(303).extract().header("Location");
        long imported = idAfter("imported=", location);
        page(consultant).get("/assessments/" + id + "/imports?imported=" + imported).then().statusCode(200)
                .body(containsString("2 responses were imported from paper.csv."),
                        containsString("<td>paper.csv</td><td class=\"number\">2</td>"));
        asAdmin().get("/api/assessments/" + id + "/imports").then().body("rows", hasItem(2));
        asAdmin().queryParam("organizationId", tenants.orgA()).get("/api/audit").then()
                .body("find { it.action == 'RESPONSES_IMPORTED' }.accountEmail", equalTo(tenants.consultantA()));

        assertUnchangedBy(dataSource, () -> form(consultant).multiPart("file", "again.csv",
                file("Ops/North", "Sales").getBytes(UTF_8), "text/csv").post("/assessments/" + id + "/imports").then()
                .statusCode(409).body(containsString(html("This file has already been imported into this assessment."))));
    }

    @Test
    void aBadFileIsRefusedLineByLineAsTheApiRefusesIt() {
        long id = tenants.assessmentA();
        String bad = file("Ops/North", "Nowhere", "Sales").replaceFirst("\nSales,4", "\nSales,9");
        assertUnchangedBy(dataSource, () -> {
            List<Map<String, Object>> errors = asAdmin().contentType("text/csv").body(bad.getBytes(UTF_8))
                    .post("/api/assessments/" + id + "/imports").then().statusCode(400).extract().jsonPath()
                    .getList("errors");
            assertEquals(2, errors.size(), errors.toString());
            String page = form(consultant).multiPart("file", "bad.csv", bad.getBytes(UTF_8), "text/csv")
                    .post("/assessments/" + id + "/imports").then().statusCode(400).extract().asString();
            assertTrue(page.contains("Nothing was imported."), page);
            for (Map<String, Object> error : errors) {
                String row = "<tr><td>" + error.get("line") + "</td><td>" + html((String) error.get("field")) + "</td><td>"
                        + html((String) error.get("message")) + "</td></tr>";
                assertTrue(page.contains(row), row + " in " + page);
            }
        });
    }

    @Test
    void aFileIsNeededAnOpenAssessmentAndTheFormsToken() {
        long id = tenants.assessmentA();
        assertUnchangedBy(dataSource, () -> {
            form(consultant).multiPart("other", "x").post("/assessments/" + id + "/imports").then().statusCode(400)
                    .body(containsString("choose a file to import"));
            page(consultant).multiPart("file", "forged.csv", file("Sales").getBytes(UTF_8), "text/csv")
                    .post("/assessments/" + id + "/imports").then().statusCode(400)
                    .body(containsString("<h1>This form has expired</h1>"));
        });
        long closed = createAssessment(tenants.orgA(), "");
        open(closed);
        close(closed);
        page(consultant).get("/assessments/" + closed + "/imports").then().statusCode(200)
                .body(containsString("only while the assessment is open"), not(containsString("type=\"file\"")));
        assertUnchangedBy(dataSource, () -> form(consultant).multiPart("file", "late.csv", file("Sales").getBytes(UTF_8),
                "text/csv").post("/assessments/" + closed + "/imports").then().statusCode(409)
                .body(containsString("this one is closed")));
    }
}
