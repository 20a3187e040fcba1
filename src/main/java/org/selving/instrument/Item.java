package org.selving.instrument;

import java.util.Map;

/**
 * One closed question answered on a {@link ResponseScale}.
 *
 * @param dimension key of the dimension it scores, or {@code null} for an outcome item
 * @param reverse   negatively worded: scored as (min + max) - answer
 * @param required  the respondent must answer it
 */
public record Item(String key, String dimension, Map<String, String> text, String scale, boolean reverse,
        boolean required) {

    public boolean isOutcome() {
        return dimension == null;
    }
}
