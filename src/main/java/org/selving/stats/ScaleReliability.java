package org.selving.stats;

/** Alpha and omega of a scale, both from the same handling of missing answers. */
public record ScaleReliability(Result<Alpha> alpha, Result<OmegaTotal> omega) {
}
