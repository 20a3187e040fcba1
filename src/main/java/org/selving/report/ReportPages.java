package org.selving.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.selving.instrument.Instrument;
import org.selving.web.MirrorMessages;
import org.selving.web.Page;
import org.selving.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

/**
 * The report page: the same {@link Report} as the JSON API, in the questionnaire's languages, with
 * server-drawn charts and a print stylesheet. A request the report refuses (a withheld unit or
 * segment) gets the friendly error page.
 */
@Path("/assessments/{id}/report")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReportPages {

    @Inject
    ReportService reports;

    @Inject
    PageLanguage language;

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance report(Page page, ReportView view);
    }

    /** Same parameters as the JSON API's report; the language comes from the page's language choice. */
    @GET
    public TemplateInstance report(long id, @RestQuery String unit, @RestQuery String segment, @RestQuery String level) {
        Instrument instrument = reports.instrument(id);
        Page page = language.page(instrument.languages(), instrument.defaultLanguage());
        Report report = reports.report(id, ReportRequest.parse(unit, segment, level, page.language()));
        Localized language = Localized.Literal.of(page.language());
        return Templates.report(page, new ReportView(page, report, MessageBundles.get(ReportMessages.class, language),
                MessageBundles.get(MirrorMessages.class, language))).setLocale(page.locale());
    }
}
