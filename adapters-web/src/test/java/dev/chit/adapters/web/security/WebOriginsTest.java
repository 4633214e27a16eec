package dev.chit.adapters.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebOriginsTest {

    @Test
    void configuredOrigins_areKeptInTheFormBrowsersSend() {
        assertThat(WebOrigins.parse("CHIT_CORS_ORIGINS",
                " https://Order.Example.com , http://localhost:5173,https://shop.example:443/,, "))
                .containsExactlyInAnyOrder("https://order.example.com", "http://localhost:5173", "https://shop.example");
        assertThat(WebOrigins.parse("CHIT_CORS_ORIGINS", "")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"order.example.com", "ftp://order.example.com", "https://order.example.com/menu",
            "https://order.example.com?x=1", "https://user@order.example.com", "*", "null", "https://"})
    void anythingButAnOrigin_stopsTheStart_namingTheSetting(String origin) {
        assertThatThrownBy(() -> WebOrigins.parse("CHIT_PUBLIC_ORIGINS", "https://ok.example, " + origin))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHIT_PUBLIC_ORIGINS")
                .hasMessageContaining(origin);
    }

    @Test
    void anOriginIsListed_inAnyCaseAndWithItsDefaultPort() {
        Set<String> origins = Set.of("https://order.example.com");

        assertThat(WebOrigins.listed("https://ORDER.example.com:443", origins)).isTrue();
        assertThat(WebOrigins.listed("http://order.example.com", origins)).isFalse();
        assertThat(WebOrigins.listed("https://order.example.com:8443", origins)).isFalse();
        assertThat(WebOrigins.listed("null", origins)).isFalse();
    }
}
