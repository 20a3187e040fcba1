package org.selving.invitation;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * A participant list as JSON: {@code {"participants": [{"email", "unitId", "language"}]}}, language
 * optional. Every entry is checked by {@link InvitationService}, each problem named by its path
 * ({@code participants[3].email}).
 */
public record ParticipantsRequest(@NotNull List<Person> participants) {

    public record Person(String email, Long unitId, String language) {
    }
}
