package org.selving.web;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Reading HTML forms into the API's request records: text as typed, numbers that may be badly typed,
 * and the same Bean Validation the JSON API applies, refused as the API refuses it
 * ({@link ProblemException#invalid}), so a page and the API say the same about the same input.
 */
@ApplicationScoped
public class FormInput {

    @Inject
    Validator validator;

    /** Refuses the request as the API would, each violation naming its field. */
    public <T> void checkValid(T request) {
        List<FieldError> errors = validator.validate(request).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** A text field as typed, without surrounding spaces; empty when it was not sent. */
    public static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * A whole number typed in a field, {@code null} when left empty.
     *
     * @param errors gets "must be a whole number" for {@code field} when the text is not one
     */
    public static Long number(String value, String field, List<FieldError> errors) {
        String typed = text(value);
        if (typed.isEmpty()) {
            return null;
        }
        if (!typed.matches("-?\\d{1,18}")) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
        return Long.valueOf(typed);
    }

    /**
     * A count or a size typed in a field, as {@link #number} reads it; one beyond the range of an
     * {@code int} is kept at its end, where the request's own bounds refuse it.
     */
    public static Integer integer(String value, String field, List<FieldError> errors) {
        Long number = number(value, field, errors);
        return number == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    }
}
