package org.selving.security;

import static org.selving.web.FormInput.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.Unit;
import org.selving.organization.UnitTree;
import org.selving.web.FieldError;
import org.selving.web.FormInput;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Managing accounts in the browser, for administrators: the list with a form for a new account, and
 * per account a page to change it, set a new password or delete it. Every form carries a CSRF token;
 * the work is done by {@link AccountService}, as for {@code /api/accounts}.
 */
@Path("/admin/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMINISTRATOR)
public class AccountPages {

    @Inject
    AccountService accounts;

    @Inject
    OrganizationDirectory directory;

    @Inject
    PageLanguage language;

    @Inject
    FormInput input;

    /** What was just done, said once after the redirect. */
    public enum Notice {
        CREATED,
        SAVED,
        RESET,
        DELETED
    }

    /** One account in the list, with the names of the organizations it reaches. */
    public record AccountRow(AccountView account, String reach) {
    }

    /** What the account form shows: as entered, or as stored. */
    public record AccountForm(String email, String name, Role role, Long organizationId, Long unitId, Set<Long> clientIds,
            boolean locked) {

        static final AccountForm EMPTY = new AccountForm("", "", Role.MANAGER, null, null, Set.of(), false);

        public boolean client(long organizationId) {
            return clientIds.contains(organizationId);
        }
    }

    /** A unit to limit a manager to, named with its organization. */
    public record UnitChoice(long id, String label) {
    }

    /** What every form of these pages offers to choose from, and the rule for passwords. */
    public record Choices(List<Role> roles, List<Organization> organizations, List<UnitChoice> units,
            int passwordMinLength) {
    }

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance accounts(Page page, List<AccountRow> accounts, AccountForm form,
                Choices choices, List<FieldError> errors, Notice notice);

        static native TemplateInstance account(Page page, AccountView account, AccountForm form,
                Choices choices, List<FieldError> errors, Notice notice);
    }

    @GET
    public TemplateInstance list(@RestQuery Notice done) {
        return listPage(AccountForm.EMPTY, List.of(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> create(@RestForm String email, @RestForm String name, @RestForm String role,
            @RestForm String password, @RestForm String organizationId, @RestForm String unitId,
            @RestForm List<String> clientIds) {
        AccountForm form = new AccountForm(text(email), text(name), role(role), id(organizationId), id(unitId),
                Set.copyOf(ids(clientIds)), false);
        NewAccount request = new NewAccount(form.email(), form.name(), form.role(), text(password), form.organizationId(),
                form.unitId(), ids(clientIds));
        try {
            input.checkValid(request);
            accounts.create(request);
            return RestResponse.seeOther(URI.create("/admin/accounts?done=" + Notice.CREATED));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()), listPage(form, refused.errors(), null));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id, @RestQuery Notice done) {
        AccountView account = accounts.view(accounts.account(id));
        return accountPage(account, formOf(account), List.of(), done);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> save(@RestPath long id, @RestForm String email, @RestForm String name,
            @RestForm String role, @RestForm String organizationId, @RestForm String unitId,
            @RestForm List<String> clientIds, @RestForm String locked) {
        AccountView account = accounts.view(accounts.account(id));
        AccountForm form = new AccountForm(text(email), text(name), role(role), id(organizationId), id(unitId),
                Set.copyOf(ids(clientIds)), locked != null);
        AccountChanges changes = new AccountChanges(form.email(), form.name(), form.role(), form.organizationId(),
                form.unitId(), ids(clientIds), form.locked());
        try {
            input.checkValid(changes);
            accounts.update(id, changes);
            return RestResponse.seeOther(URI.create("/admin/accounts/" + id + "?done=" + Notice.SAVED));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()), accountPage(account, form, refused.errors(), null));
        }
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> resetPassword(@RestPath long id, @RestForm String password) {
        AccountView account = accounts.view(accounts.account(id));
        try {
            accounts.resetPassword(id, text(password));
            return RestResponse.seeOther(URI.create("/admin/accounts/" + id + "?done=" + Notice.RESET));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()), accountPage(account, formOf(account), refused.errors(), null));
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> delete(@RestPath long id) {
        AccountView account = accounts.view(accounts.account(id));
        try {
            accounts.delete(id);
            return RestResponse.seeOther(URI.create("/admin/accounts?done=" + Notice.DELETED));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()), accountPage(account, formOf(account), refused.errors(), null));
        }
    }

    private TemplateInstance listPage(AccountForm form, List<FieldError> errors, Notice notice) {
        Choices choices = choices();
        Map<Long, String> names = choices.organizations().stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
        List<AccountRow> rows = accounts.list().stream().map(a -> new AccountRow(a, reach(a, names))).toList();
        Page page = language.page();
        return Templates.accounts(page, rows, form, choices, errors, notice).setLocale(page.locale());
    }

    private TemplateInstance accountPage(AccountView account, AccountForm form, List<FieldError> errors, Notice notice) {
        Page page = language.page();
        return Templates.account(page, account, form, choices(), errors, notice).setLocale(page.locale());
    }

    private Choices choices() {
        List<Organization> organizations = directory.organizations();
        List<UnitChoice> units = new ArrayList<>();
        for (Organization organization : organizations) {
            UnitTree tree = directory.units(organization.id);
            collect(tree, tree.children(null), organization.name, units);
        }
        return new Choices(List.of(Role.values()), organizations, units, Passwords.MIN_LENGTH);
    }

    private static void collect(UnitTree tree, List<Unit> level, String organization, List<UnitChoice> units) {
        for (Unit unit : level) {
            units.add(new UnitChoice(unit.id, organization + " / " + tree.path(unit.id)));
            collect(tree, tree.children(unit.id), organization, units);
        }
    }

    /** The organizations the account reaches, by name; {@code null} for an administrator, who reaches them all. */
    private static String reach(AccountView account, Map<Long, String> names) {
        return switch (account.role()) {
            case ADMINISTRATOR -> null;
            case CONSULTANT -> account.clientIds().stream().map(names::get).sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining(", "));
            case MANAGER -> names.get(account.organizationId());
        };
    }

    private static AccountForm formOf(AccountView account) {
        return new AccountForm(account.email(), account.name(), account.role(), account.organizationId(),
                account.unitId(), Set.copyOf(account.clientIds()), account.locked());
    }

    /** A role as the form sends it; {@code null} (refused as missing) when it is none. */
    private static Role role(String value) {
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }

    private static Long id(String value) {
        return value == null || value.isBlank() || !value.strip().matches("\\d{1,18}") ? null : Long.valueOf(value.strip());
    }

    private static List<Long> ids(List<String> values) {
        return values == null ? List.of() : values.stream().map(AccountPages::id).filter(Objects::nonNull)
                .distinct().toList();
    }
}
