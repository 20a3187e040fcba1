package org.selving.workshop;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.AssessmentService;
import org.selving.assessment.Intake;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentVersions;
import org.selving.report.Disclosed;
import org.selving.report.Report;
import org.selving.report.ReportMessages;
import org.selving.report.RoomFigures;
import org.selving.report.RoomView;
import org.selving.response.ResponseMatrix;
import org.selving.response.ResponseStore;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * What a live session's screen shows at a given moment, from the database alone (the screens' own
 * thread, {@link LiveRooms}, has no request): the room's answers cut by the step rule of its phase
 * ({@link Step}), their figures ({@link RoomFigures}) and the screen's part that shows them, rendered
 * once per step and language, whoever watches.
 */
@ApplicationScoped
public class RoomScreens {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentVersions versions;

    @Inject
    ResponseStore store;

    /** A session as its screen needs it. */
    public record Room(long id, long assessmentId, String title, long unitId, String unitName, WorkshopPhase phase,
            String joinCode, int answers, int aims, String revealed, boolean gapShown, int version, LocalDate heldOn,
            Intake intake, Instrument instrument) {

        public int k() {
            return intake.minGroupSize();
        }
    }

    /**
     * Which answers the screen shows: while a round is open, the first m x k in arrival order; once it
     * is over, all of them. What the screen shows changes only when this does.
     */
    public record Step(WorkshopPhase phase, int shownNow, int shownAims, String revealed, boolean gapShown) {

        static Step of(Room room) {
            int shownNow = room.phase() == WorkshopPhase.ANSWERING
                    ? RoomFigures.shownWhileAnswering(room.answers(), room.k()) : room.answers();
            int shownAims = switch (room.phase()) {
                case ANSWERING, RESULTS -> 0;
                case AIMING -> RoomFigures.shownWhileAnswering(room.aims(), room.k());
                case AIMED, ENDED -> room.aims();
            };
            return new Step(room.phase(), shownNow, shownAims, room.revealed(), room.gapShown());
        }
    }

    /** The screen's part that moves with the answers, as its template reads it, with its charts drawn. */
    public record Screen(Room room, Step step, RoomView view, int firstShownAt, WorkshopMessages text) {

        public String indexChart() {
            return view.indexChart("screen-index-chart", text.chart_index_title(), text.chart_index_desc());
        }

        public String favorabilityChart() {
            return view.favorabilityChart("screen-favorability-chart", text.chart_favorability_title(),
                    text.chart_favorability_desc());
        }

        public String aimChart() {
            return view.aimChart("screen-aim-chart", text.chart_aim_title(), text.chart_aim_desc());
        }
    }

    public Optional<Room> room(long sessionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT s.assessment_id, a.title, s.unit_id, u.name, s.phase, s.join_code, s.answers, s.aims,
                               s.revealed, s.gap_shown, s.version, s.held_on
                        FROM workshop_session s JOIN assessment a ON a.id = s.assessment_id JOIN unit u ON u.id = s.unit_id
                        WHERE s.id = ?""")) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Intake intake = assessments.intake(row.getLong(1)).orElseThrow();
                Date heldOn = row.getDate(12);
                return Optional.of(new Room(sessionId, row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                        WorkshopPhase.valueOf(row.getString(5)), row.getString(6), row.getInt(7), row.getInt(8),
                        row.getString(9), row.getBoolean(10), row.getInt(11), heldOn.toLocalDate(), intake,
                        versions.definition(intake.instrumentVersionId())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading live session " + sessionId + " failed", e);
        }
    }

    /** The version of every session that has not ended: one small query, whatever the number of screens. */
    public Map<Long, Integer> runningVersions() {
        Map<Long, Integer> running = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, version FROM workshop_session WHERE phase <> 'ENDED'");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                running.put(rows.getLong(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading live sessions failed", e);
        }
        return running;
    }

    /** The screen's moving part as the room stands ({@link Step#of}), in a language of the questionnaire. */
    public Screen screen(Room room, String language) {
        return screen(room, language, false);
    }

    /**
     * What the debrief shows: what the screen shows now, but every dimension, and the room's segments
     * whenever the screen could show them (once answering is over).
     */
    public Screen debrief(Room room, String language) {
        return screen(room, language, true);
    }

    private Screen screen(Room room, String language, boolean everything) {
        Instrument instrument = room.instrument();
        String lang = instrument.languages().contains(language) ? language : instrument.defaultLanguage();
        Shown shown = shown(room, lang, everything);
        RoomView view = new RoomView(instrument, shown.now(), shown.aims(),
                everything ? null : WorkshopService.revealed(room.revealed()), Locale.forLanguageTag(lang),
                MessageBundles.get(ReportMessages.class, Localized.Literal.of(lang)));
        return new Screen(room, Step.of(room), view, RoomFigures.firstShownAt(room.k()),
                MessageBundles.get(WorkshopMessages.class, Localized.Literal.of(lang)));
    }

    /**
     * The room's figures as they stand: the first round's (its first m x k answers while it is open,
     * then all of them, with segments when {@code segments}), and the second round's once it has begun.
     */
    public record Shown(Disclosed<Report.Figures> now, Disclosed<Report.Figures> aims) {
    }

    public Shown shown(Room room, String language, boolean segments) {
        Instrument instrument = room.instrument();
        int items = instrument.items().size();
        ResponseMatrix answers = store.scanSession(room.id(), items);
        Disclosed<Report.Figures> now = room.phase() == WorkshopPhase.ANSWERING
                ? RoomFigures.whileAnswering(instrument, answers, room.k(), language)
                : RoomFigures.complete(instrument, segments || room.gapShown() ? room.intake().segmentQuestion() : null,
                        answers, room.k(), language);
        Disclosed<Report.Figures> aims = null;
        if (room.phase() != WorkshopPhase.ANSWERING && room.phase() != WorkshopPhase.RESULTS) {
            ResponseMatrix aimed = aims(room.id(), items);
            aims = room.phase() == WorkshopPhase.AIMING ? RoomFigures.whileAnswering(instrument, aimed, room.k(), language)
                    : RoomFigures.complete(instrument, null, aimed, room.k(), language);
        }
        return new Shown(now, aims);
    }

    /** The second round's answers in arrival order. */
    private ResponseMatrix aims(long sessionId, int items) {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        int n = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT answers FROM workshop_aim WHERE session_id = ? ORDER BY position")) {
            select.setLong(1, sessionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    packed.writeBytes(rows.getBytes(1));
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading live session " + sessionId + "'s second round failed", e);
        }
        return new ResponseMatrix(items, new long[n], new byte[n], packed.toByteArray());
    }
}
