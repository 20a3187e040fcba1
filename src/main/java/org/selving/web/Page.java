package org.selving.web;

import java.util.List;
import java.util.Locale;

/**
 * What the shared layout ({@code templates/layout.html}) needs from every page: its language and
 * the language switch. Build it with {@link PageLanguage}.
 *
 * @param language     the language the page is written in (the {@code lang} attribute)
 * @param languages    every language the page can be shown in, the current one marked
 * @param switchInForm whether the switch is a set of buttons inside the page's form, so that
 *                     changing language keeps what was entered; the header links then only lead there
 */
public record Page(String language, List<LanguageChoice> languages, boolean switchInForm) {

    /** The id of the element that holds the in-form language switch. */
    public static final String FORM_SWITCH_ID = "change-language";

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Whether switching makes sense at all: the content exists in more than one language. */
    public boolean switchable() {
        return languages.size() > 1;
    }

    /**
     * @param name language named in itself, e.g. Français
     * @param href where the switch leads: the same page in that language
     */
    public record LanguageChoice(String code, String name, String href, boolean current) {
    }
}
