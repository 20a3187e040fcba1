package org.selving.response;

import java.time.Instant;

/** An imported file as the API lists it. */
public record ImportView(long id, long assessmentId, String fileName, String fileHash, int rows, Instant importedAt) {

    static ImportView of(ResponseImport i) {
        return new ImportView(i.id, i.assessmentId, i.fileName, i.fileHash, i.rowCount, i.importedAt);
    }
}
