package org.selving.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * Which language a page is shown in, and the links that switch it. Every text of the pages exists
 * in the {@link #SUPPORTED} languages ({@link Messages}); content such as a questionnaire may offer
 * fewer, and then only those are candidates.
 */
@RequestScoped
public class PageLanguage {

    /** The languages every page text is written in; the first is the default. */
    public static final List<String> SUPPORTED = List.of("en", "fr");

    /** The query parameter that picks a language; the choice is then remembered in {@link #COOKIE}. */
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "selving-lang";
    private static final long REMEMBER_SECONDS = 365L * 24 * 3600;

    /** Each language named in itself, as a switch shows it. */
    private static final Map<String, String> NAMES = Map.of("en", "English", "fr", "Français");

    @Inject
    HttpServerRequest request;

    /** A page whose content exists in every supported language, switched by links. */
    public Page page() {
        return page(SUPPORTED, SUPPORTED.get(0));
    }

    /**
     * A page whose content exists in {@code offered} languages (the first taken when nothing else
     * decides), switched by links to the same address in another language.
     */
    public Page page(List<String> offered, String fallback) {
        String language = resolve(offered, fallback);
        List<Page.LanguageChoice> choices = new ArrayList<>();
        for (String code : candidates(offered)) {
            choices.add(new Page.LanguageChoice(code, NAMES.get(code), linkTo(code), code.equals(language)));
        }
        return new Page(language, choices, false);
    }

    /**
     * A page holding a form whose entries a link would lose: its switch is a set of buttons in the
     * form (see {@code page.switchInForm}), the header only points at them.
     */
    public Page formPage(List<String> offered, String fallback) {
        String language = resolve(offered, fallback);
        List<Page.LanguageChoice> choices = new ArrayList<>();
        for (String code : candidates(offered)) {
            choices.add(new Page.LanguageChoice(code, NAMES.get(code), "#" + Page.FORM_SWITCH_ID,
                    code.equals(language)));
        }
        return new Page(language, choices, true);
    }

    /**
     * The language of this request among the candidates: the one asked for with {@code ?lang=}
     * (then remembered in a cookie for later pages), else the remembered one, else the first of the
     * browser's Accept-Language that fits, else {@code fallback}.
     */
    String resolve(List<String> offered, String fallback) {
        List<String> candidates = candidates(offered);
        String asked = normalize(request.getParam(PARAMETER));
        if (candidates.contains(asked)) {
            request.response().addCookie(Cookie.cookie(COOKIE, asked).setPath("/").setMaxAge(REMEMBER_SECONDS)
                    .setHttpOnly(true).setSameSite(CookieSameSite.LAX));
            return asked;
        }
        Cookie remembered = request.getCookie(COOKIE);
        if (remembered != null && candidates.contains(normalize(remembered.getValue()))) {
            return normalize(remembered.getValue());
        }
        String accepted = fromAcceptLanguage(request.getHeader("Accept-Language"), candidates);
        if (accepted != null) {
            return accepted;
        }
        return candidates.contains(fallback) ? fallback : candidates.get(0);
    }

    /** The offered languages the pages can also speak, in the offered order; all supported if none fits. */
    private static List<String> candidates(List<String> offered) {
        List<String> both = offered.stream().map(PageLanguage::normalize).filter(SUPPORTED::contains).distinct()
                .toList();
        return both.isEmpty() ? SUPPORTED : both;
    }

    /** The header's preferences in order of weight; {@code fr-CA} is served with {@code fr}. */
    static String fromAcceptLanguage(String header, List<String> candidates) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), candidates);
            return tag == null ? null : normalize(tag);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** This request's address with {@code ?lang=} set to another language, other parameters kept. */
    private String linkTo(String language) {
        return UriBuilder.fromUri(request.uri()).replaceQueryParam(PARAMETER, language).build().toString();
    }

    private static String normalize(String language) {
        return language == null ? null : language.strip().toLowerCase(Locale.ROOT);
    }
}
