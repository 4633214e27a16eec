package dev.chit.application.support;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokensTest {

    @Test
    void aToken_is256RandomBits_inUrlSafeBase64WithoutPadding() {
        String token = AccessTokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokens_doNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(AccessTokens.newToken());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void theHash_isTheHexSha256OfTheToken() {
        // The test vector of FIPS 180-2 for "abc".
        assertThat(AccessTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theHash_doesNotContainTheToken() {
        String token = AccessTokens.newToken();

        assertThat(AccessTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
    }

    @Test
    void matches_acceptsTheTokenOfTheHashOnly() {
        String token = AccessTokens.newToken();
        String hash = AccessTokens.hash(token);

        assertThat(AccessTokens.matches(token, hash)).isTrue();
        assertThat(AccessTokens.matches(AccessTokens.newToken(), hash)).isFalse();
        assertThat(AccessTokens.matches(hash, hash)).isFalse();
        assertThat(AccessTokens.matches(token, hash.toUpperCase())).isFalse();
        assertThat(AccessTokens.matches(token, "")).isFalse();
    }
}
