package org.selving.workshop;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The parts of a presenter screen that its stream sends, rendered as its page renders them. */
@ApplicationScoped
class ScreenRendering {

    @Inject
    RoomScreens screens;

    /** The part of the screen that shows figures, as the room stands. */
    String results(RoomScreens.Room room, String language) {
        return WorkshopTemplates.results(screens.screen(room, language)).setLocale(Locale.forLanguageTag(language))
                .render();
    }

    /** The count of answers, in words. */
    String count(RoomScreens.Room room, String language) {
        WorkshopMessages text = MessageBundles.get(WorkshopMessages.class, Localized.Literal.of(language));
        return room.phase() == WorkshopPhase.AIMING ? text.count_aims(room.aims()) : text.count_answers(room.answers());
    }
}
