package org.selving.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Answers stored straight through {@link ResponseStore}, as many as a report test needs at once:
 * every item answered 2, 3 or 4 in turn (on the packed scale), no segment, today.
 */
public final class StoredAnswers {

    private StoredAnswers() {
    }

    /**
     * @param items   how many items the assessment's questionnaire has
     * @param comment the comment (to the prompt {@code comment_strength}) each respondent of a unit writes, or {@code null}
     */
    public static void store(ResponseStore store, long assessment, int items, List<Long> units, int perUnit,
            LongFunction<String> comment) {
        List<StoredResponse> answers = new ArrayList<>();
        for (long unit : units) {
            for (int r = 0; r < perUnit; r++) {
                byte[] packed = new byte[items];
                Arrays.fill(packed, (byte) (2 + r % 3));
                String text = comment == null ? null : comment.apply(unit);
                answers.add(new StoredResponse(assessment, unit, 0, packed, LocalDate.now(),
                        text == null ? List.of() : List.of(new StoredResponse.Comment("comment_strength", text))));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> store.insert(answers));
    }
}
