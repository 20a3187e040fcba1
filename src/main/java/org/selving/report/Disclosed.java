package org.selving.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A figure of a group of respondents, or only why it is withheld: a withheld figure carries no
 * number at all, not even its n. JSON: {@code {"shown": true, "value": ...}} or
 * {@code {"shown": false, "withheld": "FEWER_THAN_K"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Disclosed<T>(T value, Withheld withheld) {

    public Disclosed {
        if ((value == null) == (withheld == null)) {
            throw new IllegalArgumentException("a figure is either shown or withheld");
        }
    }

    static <T> Disclosed<T> shown(T value) {
        return new Disclosed<>(value, null);
    }

    static <T> Disclosed<T> withheld(Withheld reason) {
        return new Disclosed<>(null, reason);
    }

    @JsonProperty("shown")
    public boolean shown() {
        return value != null;
    }
}
