package org.selving.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentView;
import org.selving.security.Roles;
import org.selving.web.FieldError;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Importing a CSV file of answers in the browser, for administrators and consultants: an upload form
 * and the files imported so far. {@link ResponseImportService} does the work, as for the JSON API,
 * and a refused file is reported exactly as the API reports it: every bad line with its column and
 * reason, and nothing imported.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
public class ImportPages {

    /** As long as the API takes a file's name. */
    private static final int MAX_FILE_NAME = 255;

    @Inject
    ResponseImportService imports;

    @Inject
    AssessmentService assessments;

    @Inject
    PageLanguage language;

    /**
     * Why a file was refused, as the API's problem says it.
     *
     * @param detail the problem's detail
     * @param errors each with its line and column where it has them
     */
    public record Refusal(String detail, List<FieldError> errors) {
    }

    /** An imported file as the list shows it, its time in the page's language. */
    public record ImportRow(String fileName, int rows, String importedAt) {
    }

    @CheckedTemplate(basePath = "response")
    static class Templates {
        static native TemplateInstance imports(Page page, AssessmentView assessment, List<ImportRow> imports,
                ImportView imported, Refusal refusal);
    }

    @GET
    @Path("assessments/{id}/imports")
    public TemplateInstance imports(@RestPath long id, @RestQuery Long imported) {
        List<ImportView> done = imports.list(id);
        ImportView just = done.stream().filter(i -> imported != null && i.id() == imported).findFirst().orElse(null);
        return page(id, done, just, null);
    }

    @POST
    @Path("assessments/{id}/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<TemplateInstance> importFile(@RestPath long id, @RestForm("file") FileUpload file) {
        assessments.assessment(id);
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw ProblemException.invalid("file", "choose a file to import");
            }
            String name = file.fileName().length() > MAX_FILE_NAME ? file.fileName().substring(0, MAX_FILE_NAME)
                    : file.fileName();
            ImportView imported = imports.importCsv(id, read(file), name);
            return RestResponse.seeOther(URI.create("/assessments/" + id + "/imports?imported=" + imported.id()));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    page(id, imports.list(id), null, new Refusal(refused.detail(), refused.errors())));
        }
    }

    private TemplateInstance page(long id, List<ImportView> done, ImportView imported, Refusal refusal) {
        AssessmentView assessment = assessments.view(assessments.assessment(id));
        Page page = language.page();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(page.locale()).withZone(ZoneId.systemDefault());
        List<ImportRow> rows = done.stream().map(i -> new ImportRow(i.fileName(), i.rows(), format.format(i.importedAt())))
                .toList();
        return Templates.imports(page, assessment, rows, imported, refusal).setLocale(page.locale());
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
    }
}
