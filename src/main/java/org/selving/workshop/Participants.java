package org.selving.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.AssessmentService;
import org.selving.assessment.Intake;
import org.selving.response.Claim;
import org.selving.response.DurableCommit;
import org.selving.response.ResponseService;
import org.selving.response.ResponseWriter;
import org.selving.response.StoredResponse;
import org.selving.security.CodeThrottle;
import org.selving.web.FieldError;
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The people in the room, on their phones: no account, no identifier stored with their answers.
 * <p>
 * A phone joins with the session's code (looked up exactly as access codes are: counted by the
 * {@link CodeThrottle}, refused with the same neutral words) and gets a ticket, a random value kept in
 * a cookie (or by an API client) of which only a hash is stored, with its session, and a row per
 * round not yet answered ({@code workshop_unspent}). Answering deletes that round's row in the
 * transaction that stores the answers (the {@link ResponseWriter}'s, with a {@link Seat} as its claim),
 * as a spent access code's row is deleted: a second answer from the same phone is refused, and nothing
 * links the spent ticket to the answers. That transaction holds the session's row locked while it adds
 * to its count, so the room's answers are stored, numbered and counted in one order, the order its
 * screen sees them in ({@link org.selving.report.RoomFigures}). When the session ends, its tickets are
 * deleted.
 */
@ApplicationScoped
public class Participants {

    /** The two rounds of a session. */
    public enum Round {
        /** How things are now: a response of the assessment. */
        NOW(1),
        /** Where the room should be in a year: kept apart, never in the assessment's report. */
        AIM(2);

        final int number;

        Round(int number) {
            this.number = number;
        }
    }

    /** A phone's place in a running session: which rounds it has answered. */
    public record Seat(long sessionId, WorkshopPhase phase, boolean answeredNow, boolean answeredAim) {

        public boolean answered(Round round) {
            return round == Round.NOW ? answeredNow : answeredAim;
        }

        /** The round the room answers now, {@code null} between rounds. */
        public Round openRound() {
            return phase == WorkshopPhase.ANSWERING ? Round.NOW : phase == WorkshopPhase.AIMING ? Round.AIM : null;
        }
    }

    /**
     * A phone's answer to a round, as the {@link ResponseWriter} takes it: the session's row locked while
     * the round is open, the ticket's round spent, one more answer counted (and an aim stored apart).
     *
     * @param aim the answers of the second round, stored here; {@code null} in the first round
     */
    private record Answer(long sessionId, byte[] ticketHash, Round round, byte[] aim) implements Claim {

        @Override
        public long lockOrder() {
            return sessionId;
        }

        @Override
        public boolean take(Connection connection) throws SQLException {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT phase FROM workshop_session WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, sessionId);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next() || !row.getString(1).equals(round == Round.NOW ? "ANSWERING" : "AIMING")) {
                        return false;
                    }
                }
            }
            if (update(connection, "DELETE FROM workshop_unspent WHERE token_hash = ? AND round = ?", ticketHash,
                    round.number) == 0) {
                return false;
            }
            String counter = round == Round.NOW ? "answers" : "aims";
            update(connection, "UPDATE workshop_session SET " + counter + " = " + counter + " + 1,"
                    + " version = version + 1 WHERE id = ?", sessionId);
            if (aim != null) {
                update(connection, "INSERT INTO workshop_aim (session_id, position, answers)"
                        + " SELECT id, aims, ? FROM workshop_session WHERE id = ?", aim, sessionId);
            }
            return true;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CodeThrottle throttle;

    @Inject
    ResponseService responses;

    @Inject
    AssessmentService assessments;

    @Inject
    ResponseWriter writer;

    @Inject
    DurableCommit durableCommit;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LiveRooms live;

    /**
     * Lets a phone into the running session with this join code: its ticket, the one it has if it
     * already holds one for this session (joining again spends nothing and gives no second ticket).
     *
     * @param held the ticket the phone holds already, or {@code null}
     * @throws ProblemException 400 without a code, 403 on {@code code} when no running session has it,
     *                          429 while the client is throttled
     */
    public String join(String code, String held) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("code", "required");
        }
        throttle.check();
        Long sessionId = JoinCodes.isWellFormed(code) ? runningSession(JoinCodes.normalize(code)) : null;
        if (sessionId == null) {
            throw responses.unusableCode();
        }
        if (held != null && seat(held).filter(seat -> seat.sessionId() == sessionId).isPresent()) {
            return held;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byte[] hash = hash(ticket);
        QuarkusTransaction.requiringNew().run(() -> {
            execute("INSERT INTO workshop_ticket (token_hash, session_id) VALUES (?, ?)", hash, sessionId);
            for (Round round : Round.values()) {
                execute("INSERT INTO workshop_unspent (token_hash, round) VALUES (?, ?)", hash, round.number);
            }
        });
        return ticket;
    }

    /** The running session a ticket belongs to, and what it has answered; empty for an unknown ticket. */
    public Optional<Seat> seat(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT s.id, s.phase,
                               (SELECT COUNT(*) FROM workshop_unspent u WHERE u.token_hash = t.token_hash AND u.round = 1),
                               (SELECT COUNT(*) FROM workshop_unspent u WHERE u.token_hash = t.token_hash AND u.round = 2)
                        FROM workshop_ticket t JOIN workshop_session s ON s.id = t.session_id
                        WHERE t.token_hash = ? AND s.phase <> 'ENDED'""")) {
            select.setBytes(1, hash(ticket));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Seat(row.getLong(1), WorkshopPhase.valueOf(row.getString(2)),
                        row.getLong(3) == 0, row.getLong(4) == 0)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a ticket failed", e);
        }
    }

    /**
     * Checks and stores a phone's answers to a round; returns once they are committed to disk.
     *
     * @throws ProblemException 403 on {@code ticket} for an unknown ticket (or one of a session that has
     *                          ended), 409 when the round is not open or this phone has answered it, 400
     *                          with every field at fault
     */
    public void answer(String ticket, Round round, Map<String, Integer> answers, Map<String, String> comments,
            String segment) {
        Seat seat = seat(ticket).orElseThrow(() -> new ProblemException(403, "Forbidden",
                "This phone has not joined a running live session: join with the session's code.",
                List.of(new FieldError("ticket", "not a ticket of a running live session"))));
        if (seat.openRound() != round) {
            throw ProblemException.conflict("round", round == Round.NOW
                    ? "The first round of this session is closed." : "The second round of this session is not open.");
        }
        if (seat.answered(round)) {
            throw alreadyAnswered();
        }
        WorkshopSession session = QuarkusTransaction.requiringNew().call(() -> WorkshopSession.findById(seat.sessionId()));
        Intake intake = assessments.intake(session.assessmentId).orElseThrow();
        if (round == Round.AIM && (comments != null && !comments.isEmpty() || segment != null && !segment.isBlank())) {
            throw ProblemException.invalid(List.of(new FieldError("comments", "the second round takes answers only"),
                    new FieldError("segment", "the second round takes answers only")));
        }
        StoredResponse response = responses.check(intake, session.unitId, answers == null ? Map.of() : answers,
                round == Round.NOW && comments != null ? comments : Map.of(), round == Round.NOW ? segment : null);
        Answer claim = new Answer(seat.sessionId(), hash(ticket), round, round == Round.AIM ? response.answers() : null);
        if (writer.write(round == Round.NOW ? response.inSession(seat.sessionId()) : null, claim)
                == ResponseWriter.Outcome.REFUSED) {
            // the round closed, or this phone's other answer was stored, since the checks above
            boolean stillOpen = seat(ticket).map(Seat::openRound).orElse(null) == round;
            throw stillOpen ? alreadyAnswered() : ProblemException.conflict("round", "This round of the session has just closed.");
        }
        durableCommit.await();
        live.changed(seat.sessionId());
    }

    private static ProblemException alreadyAnswered() {
        return ProblemException.conflict("ticket", "This phone has already answered this round: each phone answers once.");
    }

    /** The running session with this code, if its assessment takes answers now. */
    private Long runningSession(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, assessment_id FROM workshop_session WHERE join_code = ? AND phase <> 'ENDED'")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && assessments.intake(row.getLong(2)).orElseThrow().accepting(java.time.Instant.now())
                        ? row.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking a join code up failed", e);
        }
    }

    private int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a live session's ticket failed", e);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The stored form of a ticket: SHA-256 of its value. */
    static byte[] hash(String ticket) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
