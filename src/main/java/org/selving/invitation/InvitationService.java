package org.selving.invitation;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.AccessCodeService;
import org.selving.assessment.AccessCodeService.IssuedCode;
import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.instrument.Instrument;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.Unit;
import org.selving.organization.UnitTree;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;
import org.selving.web.FieldError;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Participant lists: checked all at once (every problem with its line or JSON path), then stored all
 * or nothing: one single-use access code per person (an ordinary code, in a batch marked as
 * invitations), the person's row, and an invitation waiting in the outbox ({@link MailSender} sends
 * it). Nothing about a person is ever written when they answer.
 */
@ApplicationScoped
public class InvitationService {

    /** The most people one list may add. */
    public static final int MAX_LIST = 20_000;
    /** A problem listing more would be unreadable; the detail says how many there are in all. */
    static final int MAX_LISTED_ERRORS = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AssessmentService assessments;

    @Inject
    OrganizationDirectory directory;

    @Inject
    AccessCodeService codes;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    /** What adding a list did. */
    public record ListAdded(int added, long onTheList) {
    }

    /** Adds the people of a CSV file ({@link ParticipantCsv}). */
    public ListAdded addCsv(long assessmentId, byte[] file, String baseUrl) {
        Assessment assessment = listable(assessmentId);
        List<FieldError> errors = new ArrayList<>();
        List<ListedParticipant> people = ParticipantCsv.read(file, errors);
        return add(assessment, people, errors, baseUrl);
    }

    /** Adds the people of a JSON list. */
    public ListAdded addJson(long assessmentId, ParticipantsRequest request, String baseUrl) {
        Assessment assessment = listable(assessmentId);
        List<FieldError> errors = new ArrayList<>();
        List<ListedParticipant> people = new ArrayList<>();
        for (int i = 0; i < request.participants().size(); i++) {
            ParticipantsRequest.Person person = request.participants().get(i);
            String prefix = "participants[" + i + "].";
            if (person == null) {
                errors.add(new FieldError("participants[" + i + "]", "must be an object"));
            } else {
                people.add(new ListedParticipant(null, prefix, person.email(), person.unitId(), null, person.language()));
            }
        }
        if (people.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("participants", "the list is empty"));
        }
        return add(assessment, people, errors, baseUrl);
    }

    private Assessment listable(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        if (assessment.status == AssessmentStatus.CLOSED) {
            throw ProblemException.conflict("The assessment is closed: it takes no more participants, and its list"
                    + " was deleted when it closed.");
        }
        return assessment;
    }

    /** The languages a mail can be written in for this questionnaire: its own that the mails also speak. */
    static List<String> mailLanguages(Instrument instrument) {
        List<String> both = instrument.languages().stream().filter(PageLanguage.SUPPORTED::contains).toList();
        return both.isEmpty() ? List.of(PageLanguage.SUPPORTED.get(0)) : both;
    }

    private ListAdded add(Assessment assessment, List<ListedParticipant> people, List<FieldError> errors,
            String baseUrl) {
        if (people.size() > MAX_LIST) {
            throw ProblemException.invalid(people.get(0).line() == null ? "participants" : "file",
                    people.size() + " people at once; a list may add at most " + MAX_LIST);
        }
        List<String> languages = mailLanguages(assessments.instrument(assessment));
        UnitTree units = directory.units(assessment.organizationId);
        Set<String> listed = emailsOnTheList(assessment.id);
        Map<String, ListedParticipant> seen = new HashMap<>();
        List<Person> checked = new ArrayList<>();
        for (ListedParticipant person : people) {
            int before = errors.size();
            String email = EmailAddress.normalize(person.email());
            String problem = EmailAddress.problem(email);
            if (problem != null) {
                errors.add(person.error("email", problem));
            } else if (seen.containsKey(email)) {
                ListedParticipant first = seen.get(email);
                errors.add(person.error("email", "'" + email + "' is on the list twice (also "
                        + (first.line() != null ? "line " + first.line() : first.prefix().replaceAll("\\.$", "")) + ")"));
            } else if (listed.contains(email)) {
                errors.add(person.error("email", "'" + email + "' is already invited to this assessment"));
            }
            seen.putIfAbsent(email, person);
            Long unitId = unitOf(person, units, errors);
            String language = person.language() == null || person.language().isBlank() ? languages.get(0)
                    : person.language().strip().toLowerCase(java.util.Locale.ROOT);
            if (!languages.contains(language)) {
                errors.add(person.error("language", "'" + person.language().strip() + "' is not a language of this"
                        + " questionnaire's invitations; use " + String.join(" or ", languages)));
            }
            if (errors.size() == before) {
                checked.add(new Person(email, unitId, language));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((FieldError e) -> e.line() == null ? 0 : e.line()));
            throw new ProblemException(400, "Invalid participant list", errors.size() + " problem(s) in the list;"
                    + " nobody was added and nothing was sent"
                    + (errors.size() > MAX_LISTED_ERRORS ? " (the first " + MAX_LISTED_ERRORS + " are listed)" : "") + ".",
                    errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)));
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(assessment, checked, baseUrl));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw ProblemException.conflict("Another list for this assessment was being added at the same time,"
                        + " with some of the same people; nothing of this one was added. Send it again.");
            }
            throw e;
        }
    }

    private static Long unitOf(ListedParticipant person, UnitTree units, List<FieldError> errors) {
        if (person.line() == null) {
            if (person.unitId() == null) {
                errors.add(person.error("unitId", "required"));
            } else if (units.find(person.unitId()).isEmpty()) {
                errors.add(person.error("unitId", "no unit " + person.unitId() + " in this organization"));
            } else {
                return person.unitId();
            }
            return null;
        }
        if (person.unit().isEmpty()) {
            errors.add(person.error("unit", "empty"));
            return null;
        }
        Unit unit = units.resolve(person.unit()).orElse(null);
        if (unit == null) {
            errors.add(person.error("unit", units.isAmbiguous(person.unit())
                    ? "'" + person.unit() + "' names several units; give its path, e.g. 'Division/Team'"
                    : "no unit '" + person.unit() + "' in this organization"));
            return null;
        }
        return unit.id;
    }

    /** A person checked and ready to store. */
    private record Person(String email, long unitId, String language) {
    }

    private ListAdded store(Assessment assessment, List<Person> people, String baseUrl) {
        Mailing mailing = Mailing.findById(assessment.id);
        if (mailing == null) {
            mailing = new Mailing();
            mailing.assessmentId = assessment.id;
            mailing.maxReminders = ReminderSettings.DEFAULT.maxReminders();
            mailing.reminderGapDays = ReminderSettings.DEFAULT.gapDays();
            mailing.automaticReminders = ReminderSettings.DEFAULT.automatic();
            mailing.baseUrl = baseUrl;
            mailing.persist();
        }
        mailing.baseUrl = baseUrl;
        mailing.listDeletedAt = null;
        mailing.flush();
        List<IssuedCode> issued = codes.issueInvitations(assessment.id, people.stream().map(Person::unitId).toList());
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO participant (assessment_id, email, unit_id, language, access_code_id, access_code,
                                                 unsubscribe_token, added_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement invite = connection.prepareStatement("""
                        INSERT INTO mail_outbox (participant_id, assessment_id, kind, state, not_before)
                        SELECT p.id, p.assessment_id, 'INVITATION', 'PENDING', ? FROM participant p
                        WHERE p.assessment_id = ? AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.participant_id = p.id)""")) {
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                insert.setLong(1, assessment.id);
                insert.setString(2, person.email());
                insert.setLong(3, person.unitId());
                insert.setString(4, person.language());
                insert.setLong(5, issued.get(i).codeId());
                insert.setString(6, issued.get(i).code());
                insert.setString(7, unsubscribeToken());
                insert.setTimestamp(8, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
            invite.setTimestamp(1, Timestamp.from(now));
            invite.setLong(2, assessment.id);
            invite.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a participant list failed", e);
        }
        audit.record(Action.PARTICIPANTS_ADDED, assessment.id, assessment.organizationId,
                people.size() + " people invited by e-mail");
        return new ListAdded(people.size(), count("SELECT COUNT(*) FROM participant WHERE assessment_id = ?",
                assessment.id));
    }

    private Set<String> emailsOnTheList(long assessmentId) {
        Set<String> emails = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT email FROM participant WHERE assessment_id = ?")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a participant list failed", e);
        }
        return emails;
    }

    /** Changes how reminders go (the list and what was sent stay as they are). */
    public ReminderSettings changeSettings(long assessmentId, ReminderSettings settings) {
        Assessment assessment = assessments.assessment(assessmentId);
        return QuarkusTransaction.requiringNew().call(() -> {
            Mailing mailing = Mailing.findById(assessmentId);
            if (mailing == null) {
                throw ProblemException.conflict("This assessment has no participant list yet: add one first.");
            }
            mailing.maxReminders = settings.maxReminders();
            mailing.reminderGapDays = settings.gapDays();
            mailing.automaticReminders = settings.automatic();
            audit.record(Action.INVITATION_SETTINGS_CHANGED, assessmentId, assessment.organizationId,
                    "at most " + settings.maxReminders() + " reminders, " + settings.gapDays() + " days apart, "
                            + (settings.automatic() ? "automatic" : "by hand"));
            return mailing.settings();
        });
    }

    long count(String sql, long parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting failed: " + sql, e);
        }
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    private static String unsubscribeToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
