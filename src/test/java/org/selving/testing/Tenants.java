package org.selving.testing;

import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

/**
 * Two client organizations and the accounts around them, as the security tests need them:
 * A has a division Ops with teams North and South, and a top-level Sales; B has one team. Each has
 * an open assessment. Accounts (password {@link Api#PASSWORD}): a manager of A, a manager of A limited
 * to North, a consultant of A and a consultant of B. Emails start with the given prefix, so test
 * classes do not collide.
 */
public record Tenants(long orgA, long ops, long north, long south, long sales, long assessmentA, long orgB, long teamB,
        long assessmentB, String managerA, String northManagerA, String consultantA, String consultantB) {

    public static Tenants create(String prefix) {
        long orgA = createOrganization(prefix + " A");
        long ops = createUnit(orgA, "Ops", null);
        long north = createUnit(orgA, "North", ops);
        long south = createUnit(orgA, "South", ops);
        long sales = createUnit(orgA, "Sales", null);
        long assessmentA = createAssessment(orgA, "\"openLink\": true");
        open(assessmentA);
        long orgB = createOrganization(prefix + " B");
        long teamB = createUnit(orgB, "Team B", null);
        long assessmentB = createAssessment(orgB, "");
        open(assessmentB);
        String managerA = prefix + "-manager-a@tenants.test";
        String northManagerA = prefix + "-north-a@tenants.test";
        String consultantA = prefix + "-consultant-a@tenants.test";
        String consultantB = prefix + "-consultant-b@tenants.test";
        createAccount(managerA, "MANAGER", "\"organizationId\": " + orgA);
        createAccount(northManagerA, "MANAGER", "\"organizationId\": " + orgA + ", \"unitId\": " + north);
        createAccount(consultantA, "CONSULTANT", "\"clientIds\": [" + orgA + "]");
        createAccount(consultantB, "CONSULTANT", "\"clientIds\": [" + orgB + "]");
        return new Tenants(orgA, ops, north, south, sales, assessmentA, orgB, teamB, assessmentB, managerA,
                northManagerA, consultantA, consultantB);
    }
}
