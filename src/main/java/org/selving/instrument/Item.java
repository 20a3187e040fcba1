package org.selving.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One closed question answered on a {@link ResponseScale}.
 *
 * @param dimension key of the dimension it scores, or {@code null} for an outcome item
 * @param text      per language
 * @param scale     key of its scale in {@link Instrument#scales()}
 * @param reverse   negatively worded: scored as (min + max) - answer
 * @param required  the respondent must answer it
 * @param pairsWith in a mirror questionnaire, the key of the internal item this one mirrors;
 *                  {@code null} otherwise (and then absent from the canonical JSON)
 */
public record Item(String key, String dimension, Map<String, String> text, String scale, boolean reverse,
        boolean required, @JsonInclude(JsonInclude.Include.NON_NULL) String pairsWith) {

    public Item {
        text = Frozen.map(text);
    }

    /** Derived from {@link #dimension()}, so not part of the stored definition. */
    @JsonIgnore
    public boolean isOutcome() {
        return dimension == null;
    }
}
