package org.selving.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints that fail like a bug would, to see what a person and an API client get then. */
@Path("/")
public class FailingResource {

    static final String SECRET = "internal detail that must not leak";

    @GET
    @Path("test-failure")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("api/test-failure")
    @Produces(MediaType.APPLICATION_JSON)
    public String api() {
        throw new IllegalStateException(SECRET);
    }
}
