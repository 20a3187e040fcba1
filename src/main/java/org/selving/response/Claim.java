package org.selving.response;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What an answer must take in the transaction that stores it, other than an access code: a phone's
 * place in a live workshop round (spent once, counted in its room's order). The {@link ResponseWriter}
 * takes the claims of a batch in the order of {@link #lockOrder()}, after spending its codes.
 */
public interface Claim {

    /**
     * The order in which a batch takes its claims: rows locked by claims are locked in one order by every
     * instance's writer, so that two batches never wait for each other in a circle.
     */
    long lockOrder();

    /**
     * Takes the claim on this connection, in the batch's transaction, storing whatever it carries apart
     * from the response; {@code false}, having changed nothing, when it can no longer be taken: then
     * nothing of this answer is stored.
     */
    boolean take(Connection connection) throws SQLException;
}
