/**
 * Signing in and out of the portal: passwords checked against their Argon2id hashes, bearer
 * sessions handed out and revoked, tokens resolved to the {@link dev.chit.application.access.Caller},
 * failed attempts throttled, and the platform's first admin created.
 */
package dev.chit.application.auth;
