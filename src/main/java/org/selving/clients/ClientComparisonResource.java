package org.selving.clients;

import java.io.IOException;
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

/**
 * The consultant's clients side by side for one questionnaire (an administrator's: every
 * organization), as JSON and as CSV. Managers are refused: they never see another organization.
 */
@Path("/api/clients")
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
public class ClientComparisonResource {

    @Inject
    ClientComparisonService comparisons;

    /**
     * @param instrument key of an internal questionnaire, e.g. {@code selving}
     * @param lang       one of its languages (default its first)
     */
    @GET
    @Path("comparison")
    @Produces(MediaType.APPLICATION_JSON)
    public ClientComparison comparison(@RestQuery String instrument, @RestQuery String lang) {
        return comparisons.compare(instrument, blankToNull(lang));
    }

    /** The same figures, one per line. */
    @GET
    @Path("comparison.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response comparisonCsv(@RestQuery String instrument, @RestQuery String lang) throws IOException {
        ClientComparison comparison = comparisons.compare(instrument, blankToNull(lang));
        StringWriter csv = new StringWriter();
        ClientComparisonCsv.write(comparison, csv);
        return Response.ok(csv.toString()).header("Content-Disposition",
                "attachment; filename=\"clients-" + comparison.instrument() + ".csv\"").build();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
