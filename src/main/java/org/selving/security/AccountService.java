package org.selving.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.selving.organization.OrganizationDirectory;
import org.selving.security.AuditLog.Action;
import org.selving.web.FieldError;
import org.selving.web.ProblemException;

/**
 * Accounts, as administrators manage them: a role and what it reaches (a manager's organization and
 * optional unit, a consultant's clients), locking, password resets, deletion. Every change is audited;
 * locking, a reset and deletion end the account's sessions at once. An administrator cannot lock,
 * demote or delete their own account, so there is always one left to undo a mistake.
 */
@ApplicationScoped
public class AccountService {

    @Inject
    Passwords passwords;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    AccessScope scope;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager em;

    public List<AccountView> list() {
        Map<Long, List<Long>> clients = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT account_id, organization_id FROM consultant_client ORDER BY organization_id").getResultList();
        for (Object[] row : rows) {
            clients.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return Account.<Account>list("order by email").stream()
                .map(a -> view(a, clients.getOrDefault(a.id, List.of()))).toList();
    }

    public Account account(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw ProblemException.notFound("No account " + id + ".");
        }
        return account;
    }

    public AccountView view(Account account) {
        @SuppressWarnings("unchecked")
        List<Number> clients = em.createNativeQuery(
                "SELECT organization_id FROM consultant_client WHERE account_id = ?1 ORDER BY organization_id")
                .setParameter(1, account.id).getResultList();
        return view(account, clients.stream().map(Number::longValue).toList());
    }

    @Transactional
    public Account create(NewAccount request) {
        List<Long> clients = checked(request.role(), request.organizationId(), request.unitId(), request.clientIds());
        Passwords.checkStrength("password", request.password());
        String email = Emails.normalize(request.email());
        checkEmailFree(email, null);
        Account account = new Account();
        account.email = email;
        account.displayName = request.name().strip();
        account.role = request.role();
        account.passwordHash = passwords.hash(request.password());
        account.organizationId = request.organizationId();
        account.unitId = request.unitId();
        account.createdAt = Instant.now();
        account.persist();
        replaceClients(account.id, clients);
        audit.record(Action.ACCOUNT_CREATED, account.id, null, account.email + " (" + account.role.securityName() + ")");
        return account;
    }

    @Transactional
    public Account update(long id, AccountChanges changes) {
        Account account = account(id);
        List<Long> clients = checked(changes.role(), changes.organizationId(), changes.unitId(), changes.clientIds());
        String email = Emails.normalize(changes.email());
        checkEmailFree(email, id);
        if (isCaller(id) && (changes.locked() || changes.role() != account.role)) {
            throw ProblemException.conflict("You cannot lock your own account or change its role; another administrator can.");
        }
        account.email = email;
        account.displayName = changes.name().strip();
        account.role = changes.role();
        account.organizationId = changes.organizationId();
        account.unitId = changes.unitId();
        replaceClients(id, clients);
        audit.record(Action.ACCOUNT_CHANGED, id, null, account.email + " (" + account.role.securityName() + ")");
        if (changes.locked() != account.disabled) {
            account.disabled = changes.locked();
            audit.record(account.disabled ? Action.ACCOUNT_LOCKED : Action.ACCOUNT_UNLOCKED, id, null, account.email);
            if (account.disabled) {
                sessions.endAll(id);
            }
        }
        if (!changes.locked()) {
            account.lockedUntil = null;
            account.failedLogins = 0;
        }
        return account;
    }

    @Transactional
    public void resetPassword(long id, String password) {
        Account account = account(id);
        Passwords.checkStrength("password", password);
        account.passwordHash = passwords.hash(password);
        account.failedLogins = 0;
        account.lockedUntil = null;
        sessions.endAll(id);
        audit.record(Action.ACCOUNT_PASSWORD_RESET, id, null, account.email);
    }

    /** Deletes the account with its sessions, tokens and client assignments; the audit log keeps its past. */
    @Transactional
    public void delete(long id) {
        Account account = account(id);
        if (isCaller(id)) {
            throw ProblemException.conflict("You cannot delete your own account; another administrator can.");
        }
        sessions.endAll(id);
        ApiToken.delete("accountId", id);
        replaceClients(id, List.of());
        account.delete();
        audit.record(Action.ACCOUNT_DELETED, id, null, account.email);
    }

    /** Changes one's own password after checking the current one; the account's other sessions end. */
    @Transactional
    public void changeOwnPassword(Caller caller, PasswordChange change) {
        Account account = account(caller.accountId());
        if (!passwords.matches(change.currentPassword(), account.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "wrong password");
        }
        Passwords.checkStrength("newPassword", change.newPassword());
        account.passwordHash = passwords.hash(change.newPassword());
        if (caller.sessionId() == null) {
            sessions.endAll(account.id);
        } else {
            sessions.endOthers(account.id, caller.sessionId());
        }
    }

    /** Checks what the role reaches; returns the consultant's clients without duplicates (empty for other roles). */
    private List<Long> checked(Role role, Long organizationId, Long unitId, List<Long> clientIds) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> organizations = directory.organizations().stream().map(o -> o.id).collect(Collectors.toSet());
        List<Long> clients = clientIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(clientIds));
        if (role == Role.MANAGER) {
            if (organizationId == null) {
                errors.add(new FieldError("organizationId", "required for a manager"));
            } else if (!organizations.contains(organizationId)) {
                errors.add(new FieldError("organizationId", "no organization " + organizationId));
            } else if (unitId != null && directory.units(organizationId).find(unitId).isEmpty()) {
                errors.add(new FieldError("unitId", "no unit " + unitId + " in organization " + organizationId));
            }
        } else {
            if (organizationId != null) {
                errors.add(new FieldError("organizationId", "only for a manager"));
            }
            if (unitId != null) {
                errors.add(new FieldError("unitId", "only for a manager"));
            }
        }
        if (role != Role.CONSULTANT && !clients.isEmpty()) {
            errors.add(new FieldError("clientIds", "only for a consultant"));
        }
        for (int i = 0; i < clients.size(); i++) {
            if (!organizations.contains(clients.get(i))) {
                errors.add(new FieldError("clientIds[" + i + "]", "no organization " + clients.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return clients;
    }

    private void checkEmailFree(String email, Long self) {
        Account other = Account.find("email", email).firstResult();
        if (other != null && !Objects.equals(other.id, self)) {
            throw ProblemException.conflict("email", "Another account already uses " + email + ".");
        }
    }

    private boolean isCaller(long accountId) {
        return scope.caller().map(c -> c.accountId() == accountId).orElse(false);
    }

    private void replaceClients(long accountId, List<Long> organizationIds) {
        em.createNativeQuery("DELETE FROM consultant_client WHERE account_id = ?1").setParameter(1, accountId)
                .executeUpdate();
        for (Long organizationId : organizationIds) {
            em.createNativeQuery("INSERT INTO consultant_client (account_id, organization_id) VALUES (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, organizationId).executeUpdate();
        }
    }

    private static AccountView view(Account a, List<Long> clients) {
        Instant lockedUntil = a.lockedUntil != null && a.lockedUntil.isAfter(Instant.now()) ? a.lockedUntil : null;
        return new AccountView(a.id, a.email, a.displayName, a.role, a.organizationId, a.unitId, clients, a.disabled,
                lockedUntil, a.createdAt);
    }
}
