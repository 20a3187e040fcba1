package org.selving.instrument;

/**
 * What a mirror questionnaire mirrors: outsiders (customers, partners, members) answer it about an
 * organization whose own people answer {@code instrument}. Its items name the internal item each
 * pairs with ({@link Item#pairsWith()}), so a report can set how staff see themselves against how
 * outsiders see them.
 *
 * @param instrument        key of the internal questionnaire
 * @param outwardDimension  the internal questionnaire's dimension about relating to the outside
 *                          world, which the other internal dimensions are weighed against
 */
public record MirrorTarget(String instrument, String outwardDimension) {
}
