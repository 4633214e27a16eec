package dev.chit.adapters.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookiesTest {

    @Test
    void theSessionCookie_isFoundAmongOthers_inAnyCookieHeader() {
        assertThat(SessionCookies.value(List.of("theme=dark; chit_session=abc; chit_csrf=def"), "chit_session"))
                .contains("abc");
        assertThat(SessionCookies.value(List.of("theme=dark", "chit_session=\"abc\""), "chit_session")).contains("abc");
    }

    @Test
    void aMissingOrEmptyCookie_orOneWhoseNameOnlyEndsLikeIt_isAbsent() {
        assertThat(SessionCookies.value(List.of("theme=dark"), "chit_session")).isEmpty();
        assertThat(SessionCookies.value(List.of("chit_session="), "chit_session")).isEmpty();
        assertThat(SessionCookies.value(List.of("xchit_session=abc"), "chit_session")).isEmpty();
        assertThat(SessionCookies.value(List.of(), "chit_session")).isEmpty();
    }

    @Test
    void theCsrfToken_isBoundToTheSession() {
        String token = "session-token";

        assertThat(CsrfTokens.matches(CsrfTokens.forSession(token), token)).isTrue();
        assertThat(CsrfTokens.matches(CsrfTokens.forSession(token), "another-session")).isFalse();
        assertThat(CsrfTokens.forSession(token)).doesNotContain(token);
    }
}
