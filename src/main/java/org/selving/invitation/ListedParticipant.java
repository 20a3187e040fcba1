package org.selving.invitation;

import org.selving.web.FieldError;

/**
 * One person of an uploaded list as given, before it is checked: from a JSON body (the unit by id) or
 * from a CSV line (the unit by name or path).
 *
 * @param line   the line of a CSV file, {@code null} for JSON
 * @param prefix what a problem's field starts with: {@code participants[3].} in JSON, nothing in CSV
 * @param unit   the unit's name or path in CSV; {@code null} in JSON
 */
record ListedParticipant(Integer line, String prefix, String email, Long unitId, String unit, String language) {

    FieldError error(String field, String message) {
        return new FieldError(prefix + field, message, line);
    }
}
