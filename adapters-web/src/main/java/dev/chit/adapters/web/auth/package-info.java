/** Signing in and out: {@code /auth/login}, {@code /auth/logout}, {@code /auth/me}. */
package dev.chit.adapters.web.auth;
