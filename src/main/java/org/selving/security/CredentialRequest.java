package org.selving.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What a request presented to prove who it comes from: a session cookie or an API token. */
final class CredentialRequest extends BaseAuthenticationRequest {

    enum Kind {
        SESSION,
        API_TOKEN
    }

    final Kind kind;
    final String secret;

    CredentialRequest(Kind kind, String secret) {
        this.kind = kind;
        this.secret = secret;
    }
}
