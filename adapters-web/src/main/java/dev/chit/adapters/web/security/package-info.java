/**
 * Who is calling: Chit's Helidon Security authentication provider (session tokens as bearer or
 * cookie, JWTs of an external issuer), the filter that runs it for every API request, the CSRF
 * rule for cookie sessions, the portal's cookies, and Argon2id password hashing. Routes ask
 * {@link dev.chit.adapters.web.security.Callers} and nothing else.
 */
package dev.chit.adapters.web.security;
