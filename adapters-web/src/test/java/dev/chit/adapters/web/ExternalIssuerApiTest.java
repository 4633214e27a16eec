package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.adapters.web.security.ExternalIssuerSettings;
import dev.chit.adapters.web.security.SecuritySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer JWTs of an external issuer, with keys this test makes: RSA keys published as a JWKS
 * by a small HTTP server of the test's own, and an EC key given as PEM.
 */
class ExternalIssuerApiTest {

    static final String ISSUER = "https://id.example.test/";
    static final String ME = "/api/v1/auth/me";

    static String jwt(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static JWTClaimsSet.Builder claims(String subject) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(600)))
                .claim("email", "ext@example.com")
                .claim("name", "Ext Ernal")
                .claim("chit_memberships", List.of(Map.of("restaurantId", DINER.toString(), "role", "MANAGER")));
    }

    static HttpResponse<String> me(TestApi api, String token) {
        return api.get(ME, "Authorization", "Bearer " + token);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithKeysFromAJwksUrl {

        private RSAKey key;
        private HttpServer jwks;
        private TestApi api;
        private JWSSigner signer;

        @BeforeAll
        void start() throws Exception {
            key = new RSAKeyGenerator(2048).keyID("key-1").generate();
            signer = new RSASSASigner(key);
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] published = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            jwks.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, published.length);
                exchange.getResponseBody().write(published);
                exchange.close();
            });
            jwks.start();
            URI url = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json");
            api = TestApi.start(new SecuritySettings(true, false, Optional.of(ExternalIssuerSettings
                    .withJwks(ISSUER, url).withAdminClaim("roles", "chit-admin"))), routing -> { });
        }

        @AfterAll
        void stop() {
            api.close();
            jwks.stop(0);
        }

        private JWSHeader header() {
            return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("key-1").build();
        }

        @Test
        void aValidToken_signsInItsSubject_withTheMembershipsOfItsClaim() {
            String subject = UUID.randomUUID().toString();

            HttpResponse<String> response = me(api, jwt(signer, header(), claims(subject).build()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode user = json(response);
            assertThat(user.get("id").asText()).isEqualTo(subject);
            assertThat(user.get("email").asText()).isEqualTo("ext@example.com");
            assertThat(user.get("name").asText()).isEqualTo("Ext Ernal");
            assertThat(user.at("/memberships/0/restaurantId").asText()).isEqualTo(DINER.toString());
            assertThat(user.at("/memberships/0/role").asText()).isEqualTo("MANAGER");
            assertThat(user.get("admin").asBoolean()).isFalse();
        }

        @Test
        void aSubjectThatIsNotAUuid_getsAStableNameBasedId() {
            String first = json(me(api, jwt(signer, header(), claims("auth0|12345").build()))).get("id").asText();
            String again = json(me(api, jwt(signer, header(), claims("auth0|12345").build()))).get("id").asText();

            assertThat(first).isEqualTo(again).isEqualTo(UUID.nameUUIDFromBytes(
                    (ISSUER + "\nauth0|12345").getBytes(StandardCharsets.UTF_8)).toString());
        }

        @Test
        void theAdminClaim_makesAPlatformAdmin() {
            String token = jwt(signer, header(), claims("root").claim("roles", List.of("chit-admin")).build());

            assertThat(json(me(api, token)).get("admin").asBoolean()).isTrue();
        }

        @Test
        void expiredTokens_otherIssuers_otherKeys_andUnreadableMemberships_are401() throws Exception {
            JWSSigner stranger = new RSASSASigner(new RSAKeyGenerator(2048).keyID("key-1").generate());
            List<String> refused = List.of(
                    jwt(signer, header(), claims("late").expirationTime(java.util.Date.from(
                            Instant.now().minusSeconds(120))).build()),
                    jwt(signer, header(), claims("elsewhere").issuer("https://evil.example/").build()),
                    jwt(stranger, header(), claims("forged").build()),
                    jwt(signer, header(), claims("odd").claim("chit_memberships", "MANAGER everywhere").build()),
                    jwt(signer, header(), claims("odd").claim("chit_memberships",
                            List.of(Map.of("restaurantId", DINER.toString(), "role", "OWNER"))).build()),
                    jwt(new MACSigner("a shared secret that is thirty-two bytes long!!"),
                            new JWSHeader(JWSAlgorithm.HS256), claims("hmac").build()),
                    new PlainJWT(claims("unsigned").build()).serialize(),
                    "not.a.jwt");

            for (String token : refused) {
                HttpResponse<String> response = me(api, token);
                assertThat(response.statusCode()).as(token).isEqualTo(401);
                assertThat(json(response).get("type").asText()).isEqualTo("/problems/unauthenticated");
            }
        }

        @Test
        void aJwtBearer_needsNoCsrfToken_andSigningOutChangesNothing() {
            String token = jwt(signer, header(), claims(UUID.randomUUID().toString()).build());

            HttpResponse<String> logout = api.send(api.request("/api/v1/auth/logout", "Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()));

            assertThat(logout.statusCode()).isEqualTo(204);
            assertThat(me(api, token).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAPemPublicKey {

        private ECKey key;
        private TestApi api;

        @BeforeAll
        void start() throws Exception {
            key = new ECKeyGenerator(Curve.P_256).generate();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toECPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            api = TestApi.start(new SecuritySettings(true, false, Optional.of(
                    ExternalIssuerSettings.withPublicKey(ISSUER, pem).withAudience("chit"))), routing -> { });
        }

        @AfterAll
        void stop() {
            api.close();
        }

        private String token(JWTClaimsSet claims) {
            try {
                return jwt(new ECDSASigner(key), new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("any").build(), claims);
            } catch (JOSEException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }

        @Test
        void aTokenForChit_signedWithTheKey_signsIn() {
            HttpResponse<String> response = me(api, token(claims("pem-user").audience("chit").build()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).at("/memberships/0/role").asText()).isEqualTo("MANAGER");
        }

        @Test
        void aTokenForAnotherAudience_isRefused() {
            assertThat(me(api, token(claims("pem-user").audience("billing").build())).statusCode()).isEqualTo(401);
            assertThat(me(api, token(claims("pem-user").build())).statusCode()).isEqualTo(401);
        }
    }
}
