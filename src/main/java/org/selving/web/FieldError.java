package org.selving.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with the input, named so a client can show it next to the field at fault.
 *
 * @param field   JSON path of the field (e.g. {@code answers.KO1}) or, for a CSV file, the column
 * @param message what is wrong, in plain words
 * @param line    line number in an uploaded file, {@code null} for JSON input
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer line) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
