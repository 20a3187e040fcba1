package org.selving.assessment;

import java.util.List;

/** A new batch of access codes, in plain text: shown this once, only their hashes are kept. */
public record IssuedCodes(long assessmentId, long unitId, String unitPath, List<String> codes) {
}
