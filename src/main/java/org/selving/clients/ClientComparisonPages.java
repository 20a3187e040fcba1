package org.selving.clients;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentCatalog;
import org.selving.report.ReportMessages;
import org.selving.security.Roles;
import org.selving.web.MirrorMessages;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The page of clients side by side: the same {@link ClientComparison} as the JSON API, for one
 * questionnaire (the internal questionnaire {@code selving} unless another is chosen), in its languages.
 */
@Path("/clients/comparison")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
public class ClientComparisonPages {

    static final String DEFAULT_INSTRUMENT = "selving";

    @Inject
    ClientComparisonService comparisons;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    PageLanguage language;

    @CheckedTemplate(basePath = "clients")
    static class Templates {
        static native TemplateInstance comparison(Page page, ClientComparisonView view);
    }

    @GET
    public TemplateInstance comparison(@RestQuery String instrument) {
        String key = ClientComparisonResource.blankToNull(instrument);
        if (key == null) {
            key = catalog.find(DEFAULT_INSTRUMENT).isPresent() ? DEFAULT_INSTRUMENT
                    : comparisons.instruments().stream().findFirst().map(Instrument::key).orElse(null);
        }
        String chosen = key;
        Instrument questionnaire = comparisons.instruments().stream().filter(i -> i.key().equals(chosen)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("instrument", "no internal questionnaire '" + chosen + "'"));
        Page page = language.page(questionnaire.languages(), questionnaire.defaultLanguage());
        ClientComparison comparison = comparisons.compare(chosen, page.language());
        Localized locale = Localized.Literal.of(page.language());
        return Templates.comparison(page, new ClientComparisonView(page, comparison, comparisons.instruments(),
                MessageBundles.get(MirrorMessages.class, locale), MessageBundles.get(ReportMessages.class, locale)))
                .setLocale(page.locale());
    }
}
