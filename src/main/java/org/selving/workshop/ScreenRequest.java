package org.selving.workshop;

import java.util.List;

/**
 * What the presenter screen shows: the dimensions revealed so far (keys, or {@code ["*"]} for all) and
 * whether the room's segments stand side by side. Either may be left out to keep it as it is.
 */
public record ScreenRequest(List<String> revealed, Boolean gapShown) {
}
