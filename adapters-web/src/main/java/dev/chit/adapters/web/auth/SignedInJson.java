package dev.chit.adapters.web.auth;

import dev.chit.application.auth.SignedIn;

import java.time.Instant;

/** The answer to a sign-in: the bearer token (shown this once), when it expires, and the user. */
record SignedInJson(String token, Instant expiresAt, UserJson user) {

    static SignedInJson of(SignedIn signedIn) {
        return new SignedInJson(signedIn.token(), signedIn.expiresAt(), UserJson.of(signedIn.caller()));
    }

    @Override
    public String toString() {
        return "SignedInJson[token=***, expiresAt=" + expiresAt + "]";
    }
}
