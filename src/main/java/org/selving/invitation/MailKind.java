package org.selving.invitation;

import java.util.Locale;

/** What a mail of the outbox is; its name in lower case tags the {@code selving.mail.sent} counter. */
enum MailKind {
    INVITATION,
    REMINDER;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
