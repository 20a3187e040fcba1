package org.selving.response;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.instrument.Item;
import org.selving.web.Problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Importing answers collected on paper: all rows or none, every bad row reported, no file twice. */
@QuarkusTest
class ResponseImportApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    long org;
    long assessment;
    List<String> items;

    @BeforeEach
    void openAssessment() {
        org = createOrganization("Paper Mill");
        long north = createUnit(org, "North", null);
        long south = createUnit(org, "South", null);
        createUnit(org, "Packing", north);
        createUnit(org, "Packing", south);
        createUnit(org, "Shipping", south);
        assessment = createAssessment(org, "\"segmentQuestion\": " + SEGMENT_QUESTION);
        open(assessment);
        items = catalog.find("selving").orElseThrow().items().stream().map(Item::key).toList();
    }

    /** A row with the unit, segment and comment given and every item answered with {@code value}. */
    String row(String unit, String segment, int value, String comment) {
        return unit + "," + segment + "," + String.join(",", Collections.nCopies(items.size(), String.valueOf(value)))
                + "," + comment;
    }

    String header() {
        return "unit,segment," + String.join(",", items) + ",comment_strength";
    }

    ValidatableResponse upload(String csv) {
        return upload(csv.getBytes(StandardCharsets.UTF_8));
    }

    ValidatableResponse upload(byte[] csv) {
        return asAdmin().contentType("text/csv").body(csv).queryParam("fileName", "session.csv")
                .post("/api/assessments/" + assessment + "/imports").then();
    }

    @Test
    void aGoodFileIsImportedWholeAndOnlyOnce() {
        String csv = "\uFEFF" + header() + "\r\n"
                + row("Shipping", "staff", 4, "\"Fair, \"\"open\"\"\nand kind\"") + "\r\n"
                + row("north / packing", "", 2, "") + "\r\n"
                + row("South/Packing", "manager", 5, "Good") + "\r\n";
        upload(csv).statusCode(201).body("rows", equalTo(3), "fileName", equalTo("session.csv"));

        ResponseMatrix stored = store.scan(assessment, items.size());
        assertEquals(3, stored.respondents());
        // stored in an order of their own, not the file's: found by what each line says
        int shipping = -1;
        java.util.Set<String> rows = new java.util.HashSet<>();
        for (int r = 0; r < 3; r++) {
            rows.add(stored.segments()[r] + ":" + stored.packed(r, 1));
            if (stored.segments()[r] == 1) {
                shipping = r;
            }
        }
        assertEquals(java.util.Set.of("1:4", "0:2", "2:5"), rows, "segment and answer of each line");
        assertEquals(4, stored.packed(shipping, 0), "4 on the 1-5 scale");
        assertEquals(5, stored.packed(shipping, items.size() - 1), "4 on the 0-10 scale");
        asAdmin().get("/api/assessments/" + assessment + "/imports").then().statusCode(200)
                .body("rows", contains(3));
        List<String> comments = new ArrayList<>();
        store.comments(assessment).forEach(c -> comments.add(c.body()));
        assertEquals(List.of("Fair, \"open\"\nand kind", "Good"), comments);

        assertUnchangedBy(dataSource, () -> upload(csv).statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("already been imported")));
    }

    @Test
    void aBadRowAmongGoodOnesImportsNothingAndNamesEveryBadRow() {
        String csv = header() + "\n"
                + row("Shipping", "staff", 4, "") + "\n"
                + row("Shipping", "staff", 6, "") + "\n"
                + row("Packing", "staff", 3, "") + "\n"
                + row("Nowhere", "intern", 3, "") + "\n"
                + row("Shipping", "staff", 3, "").replaceFirst(",3,", ",three,") + "\n"
                + "Shipping,staff\n";
        assertUnchangedBy(dataSource, () -> upload(csv).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.line", hasItem(3), "errors.line", hasItem(4), "errors.line", hasItem(5),
                        "errors.line", hasItem(6), "errors.line", hasItem(7))
                .body("errors.find { it.line == 3 && it.field == '" + items.get(0) + "' }.message",
                        equalTo("must be between 1 and 5"))
                .body("errors.find { it.line == 4 }.message", containsString("names several units"))
                .body("errors.findAll { it.line == 5 }.field", containsInAnyOrder("unit", "segment"))
                .body("errors.find { it.line == 6 }.field", equalTo(items.get(0)))
                .body("errors.find { it.line == 7 }.field", equalTo("row")));
    }

    @Test
    void missingAndUnknownColumnsAreNamed() {
        String header = header().replace("," + items.get(3) + ",", ",").replace("unit,", "team,");
        assertUnchangedBy(dataSource, () -> upload(header + ",mood\nShipping\n").statusCode(400)
                .body("errors.field", containsInAnyOrder(items.get(3), "unit", "team", "mood"))
                .body("errors.line", hasItem(1)));
    }

    @Test
    void aWrongDelimiterIsRecognized() {
        String csv = header().replace(',', ';') + "\n" + row("Shipping", "staff", 4, "").replace(',', ';') + "\n";
        assertUnchangedBy(dataSource, () -> upload(csv).statusCode(400)
                .body("errors[0].field", equalTo("file"), "errors[0].message", containsString("';'")));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() {
        String csv = header() + "\n" + row("Shipping", "staff", 4, "Très bien") + "\n";
        assertUnchangedBy(dataSource, () -> upload(csv.getBytes(StandardCharsets.ISO_8859_1)).statusCode(400)
                .body("errors[0].message", containsString("not UTF-8"), "errors[0].line", equalTo(2)));
    }

    @Test
    void emptyOrUnreadableFilesAreRefused() {
        assertUnchangedBy(dataSource, () -> {
            upload("").statusCode(400).body("errors[0].message", containsString("empty"));
            upload(" \n\n").statusCode(400).body("errors[0].message", containsString("empty"));
            upload(header() + "\n").statusCode(400).body("errors[0].message", containsString("no respondents"));
            upload(header() + "\n" + row("Shipping", "staff", 4, "\"unclosed \"quote here") + "\n").statusCode(400)
                    .body("errors[0].field", equalTo("file"), "errors[0].message", containsString("quote"));
        });
    }

    @Test
    void onlyCsvIsTakenAndOnlyIntoAnOpenAssessment() {
        String csv = header() + "\n" + row("Shipping", "staff", 4, "") + "\n";
        long draft = createAssessment(org, "");
        assertUnchangedBy(dataSource, () -> {
            asAdmin().contentType("application/json").body("{}").post("/api/assessments/" + assessment + "/imports")
                    .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
            asAdmin().contentType("text/csv").body(csv).post("/api/assessments/" + draft + "/imports")
                    .then().statusCode(409);
            asAdmin().contentType("text/csv").body(csv).post("/api/assessments/999999/imports").then().statusCode(404);
        });
    }
}
