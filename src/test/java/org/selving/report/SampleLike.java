package org.selving.report;

import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import org.selving.instrument.Instrument;
import org.selving.response.ResponseStore;

/**
 * An organization shaped like the sample one, with a closed assessment: two divisions, five teams,
 * Maintenance of 3 people; staff, managers and senior leaders, and one person who gave no segment.
 */
record SampleLike(long org, long operations, long warehouse, long logistics, long maintenance, long services,
        long support, long outreach, long assessment, Respondents respondents) {

    static final int RESPONDENTS = 45;

    static SampleLike create(String name, ResponseStore store, Instrument selving) {
        long org = createOrganization(name);
        long operations = createUnit(org, "Operations", null);
        long warehouse = createUnit(org, "Warehouse", operations);
        long logistics = createUnit(org, "Logistics", operations);
        long maintenance = createUnit(org, "Maintenance", operations);
        long services = createUnit(org, "Member Services", null);
        long support = createUnit(org, "Support", services);
        long outreach = createUnit(org, "Outreach", services);
        long assessment = createAssessment(org, "\"segmentQuestion\": " + SEGMENT_QUESTION);
        open(assessment);
        Respondents respondents = new Respondents(store, selving, assessment, 5)
                .add(warehouse, 1, 10, -0.3).add(warehouse, 2, 3, -0.3).add(warehouse, 3, 1, -0.3)
                .add(logistics, 1, 7, 0.2).add(logistics, 2, 2, 0.2)
                .add(maintenance, 1, 2, -0.5).add(maintenance, 2, 1, -0.5)
                .add(support, 1, 9, 0.4).add(support, 2, 2, 0.4).add(support, 0, 1, 0.4)
                .add(outreach, 1, 6, 0).add(outreach, 3, 1, 0);
        close(assessment);
        return new SampleLike(org, operations, warehouse, logistics, maintenance, services, support, outreach,
                assessment, respondents);
    }
}
