package org.selving.invitation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How an assessment's participants are reminded: at most {@code maxReminders} times each, at least
 * {@code gapDays} days after the previous mail to them, in rounds started by hand or, when
 * {@code automatic}, by the application as soon as the next one is due.
 */
public record ReminderSettings(@NotNull @Min(0) @Max(10) Integer maxReminders, @NotNull @Min(1) @Max(60) Integer gapDays,
        @NotNull Boolean automatic) {

    public static final ReminderSettings DEFAULT = new ReminderSettings(2, 3, false);
}
