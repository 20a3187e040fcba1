package org.selving.workshop;

/** A phone joining a live session with the code on the screen. */
public record JoinRequest(String code) {
}
