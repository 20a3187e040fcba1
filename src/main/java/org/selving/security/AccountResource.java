package org.selving.security;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/** Accounts, for administrators: create, read, change (role, reach, lock), reset the password, delete. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class AccountResource {

    @Inject
    AccountService accounts;

    @GET
    public List<AccountView> list() {
        return accounts.list();
    }

    @POST
    public RestResponse<AccountView> create(@Valid @NotNull NewAccount body) {
        Account account = accounts.create(body);
        return RestResponse.ResponseBuilder.<AccountView>created(URI.create("/api/accounts/" + account.id))
                .entity(accounts.view(account)).build();
    }

    @GET
    @Path("{id}")
    public AccountView get(long id) {
        return accounts.view(accounts.account(id));
    }

    @PUT
    @Path("{id}")
    public AccountView update(long id, @Valid @NotNull AccountChanges body) {
        return accounts.view(accounts.update(id, body));
    }

    /** Sets a new password (e.g. a forgotten one); the account's sessions end. */
    @POST
    @Path("{id}/password")
    public RestResponse<Void> resetPassword(long id, @Valid @NotNull PasswordReset body) {
        accounts.resetPassword(id, body.password());
        return RestResponse.noContent();
    }

    @DELETE
    @Path("{id}")
    public RestResponse<Void> delete(long id) {
        accounts.delete(id);
        return RestResponse.noContent();
    }
}
