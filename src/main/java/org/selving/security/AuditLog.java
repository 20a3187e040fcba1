package org.selving.security;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records who changed what: organizations, units, assessments (settings, opening, closing, live
 * workshop sessions started and ended), access codes, imports and accounts. Called by the services that make those changes, inside their
 * transaction, so a change that fails leaves no record and a recorded change happened. Only changes
 * made by an account are recorded, and what the application does by itself on their behalf
 * ({@link #recordBySystem}); its own start-up tasks are not, and respondents, who have no account,
 * never are.
 */
@ApplicationScoped
public class AuditLog {

    /** What the changed thing is. */
    public enum Target {
        ORGANIZATION,
        UNIT,
        ASSESSMENT,
        ACCOUNT,
        API_TOKEN
    }

    /** What was done, and to what kind of thing. */
    public enum Action {
        ORGANIZATION_CREATED(Target.ORGANIZATION),
        ORGANIZATION_RENAMED(Target.ORGANIZATION),
        UNIT_CREATED(Target.UNIT),
        UNIT_CHANGED(Target.UNIT),
        UNIT_DELETED(Target.UNIT),
        ASSESSMENT_CREATED(Target.ASSESSMENT),
        ASSESSMENT_CHANGED(Target.ASSESSMENT),
        ASSESSMENT_OPENED(Target.ASSESSMENT),
        ASSESSMENT_CLOSED(Target.ASSESSMENT),
        WORKSHOP_STARTED(Target.ASSESSMENT),
        WORKSHOP_ENDED(Target.ASSESSMENT),
        ACCESS_CODES_ISSUED(Target.ASSESSMENT),
        RESPONSES_IMPORTED(Target.ASSESSMENT),
        PARTICIPANTS_ADDED(Target.ASSESSMENT),
        PARTICIPANTS_DELETED(Target.ASSESSMENT),
        INVITATION_SETTINGS_CHANGED(Target.ASSESSMENT),
        REMINDERS_STARTED(Target.ASSESSMENT),
        ACCOUNT_CREATED(Target.ACCOUNT),
        ACCOUNT_CHANGED(Target.ACCOUNT),
        ACCOUNT_LOCKED(Target.ACCOUNT),
        ACCOUNT_UNLOCKED(Target.ACCOUNT),
        ACCOUNT_PASSWORD_RESET(Target.ACCOUNT),
        ACCOUNT_DELETED(Target.ACCOUNT),
        API_TOKEN_CREATED(Target.API_TOKEN),
        API_TOKEN_REVOKED(Target.API_TOKEN);

        private final Target target;

        Action(Target target) {
            this.target = target;
        }

        public Target target() {
            return target;
        }
    }

    @Inject
    AccessScope scope;

    /**
     * @param organizationId the organization it concerns, {@code null} for accounts and tokens
     * @param detail         a few words more (e.g. how many codes), or {@code null}
     */
    public void record(Action action, long targetId, Long organizationId, String detail) {
        scope.caller().ifPresent(caller -> persist(caller.accountId(), caller.email(), action, targetId, organizationId,
                detail));
    }

    /**
     * Records a change the application made by itself, following a rule an account set up or the
     * configuration sets (a participant list deleted when its retention period ends, reminders sent on
     * their schedule), as done by {@link #SYSTEM_EMAIL} with account id 0.
     */
    public void recordBySystem(Action action, long targetId, Long organizationId, String detail) {
        persist(0, SYSTEM_EMAIL, action, targetId, organizationId, detail);
    }

    /** Who the audit log says did what the application did by itself. */
    public static final String SYSTEM_EMAIL = "(selving)";

    private static void persist(long accountId, String email, Action action, long targetId, Long organizationId,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.accountId = accountId;
        event.accountEmail = email;
        event.action = action.name();
        event.targetType = action.target().name().toLowerCase(Locale.ROOT);
        event.targetId = targetId;
        event.organizationId = organizationId;
        event.detail = detail;
        event.occurredAt = Instant.now();
        event.persist();
    }
}
