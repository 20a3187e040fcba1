package org.selving.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a refused form got wrong, as the pages show it: all of it in the summary at the top
 * ({@code tags/formErrors.html}) and each message next to its field ({@code tags/fieldError.html}).
 * Fields are named as in the JSON API ({@code title}, {@code segmentQuestion.text.fr}), so the
 * services' own refusals land next to the form field of the same name.
 */
public record FormErrors(List<FieldError> all) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    /** The messages about this field, joined; {@code null} when it is fine. */
    public String of(String field) {
        String messages = all.stream().filter(e -> field.equals(e.field())).map(FieldError::message)
                .collect(Collectors.joining("; "));
        return messages.isEmpty() ? null : messages;
    }

    public boolean any() {
        return !all.isEmpty();
    }
}
