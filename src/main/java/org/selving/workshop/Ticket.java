package org.selving.workshop;

/** What a phone holds once it has joined: send it with its answers. Only its hash is stored. */
public record Ticket(String ticket) {
}
