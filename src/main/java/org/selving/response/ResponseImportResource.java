package org.selving.response;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers collected offline, imported from CSV files (format: README, "CSV import"). */
@Path("/api/assessments/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseImportResource {

    @Inject
    ResponseImportService imports;

    /**
     * Imports every row of a UTF-8 CSV file, or none: a 400 problem lists each bad row with its line
     * and column. The same file is refused (409) the second time.
     *
     * @param fileName shown in the list of imports
     */
    @POST
    @Consumes("text/csv")
    public RestResponse<ImportView> importCsv(long id, byte[] body, @RestQuery @Size(max = 255) String fileName) {
        return RestResponse.status(RestResponse.Status.CREATED, imports.importCsv(id, body, fileName));
    }

    @GET
    public List<ImportView> list(long id) {
        return imports.list(id);
    }
}
