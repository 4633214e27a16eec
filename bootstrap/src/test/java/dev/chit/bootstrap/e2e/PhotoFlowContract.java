package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Menu photos end to end: a manager uploads, the server re-encodes (no metadata, 1200 px and a
 * 400 px thumbnail), anyone fetches it with a year's cache; every refusal leaves the database as
 * it was; another instance on the same database serves the same photo.
 */
abstract class PhotoFlowContract extends SignedInFlow {

    private static final String MENU = "/api/v1/restaurants/" + RESTAURANT + "/menu";
    private static final String CHICKEN = "01936b2a-4c00-7000-8000-000000000102";
    private static final String ITEM_PHOTO = MENU + "/items/" + CHICKEN + "/photo";

    @Test
    void aJpegWithExif_isServedResizedWithoutItsMetadata_andCachedForAYear() {
        var uploaded = http.raw("PUT", ITEM_PHOTO, "image/jpeg", TestImages.jpegWithExif(3000, 2000), manager());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        String url = uploaded.json().get("photoUrl").asText();
        assertThat(url).matches("/api/v1/photos/[0-9a-f]{64}");

        var large = http.get(url);
        assertThat(large.status()).isEqualTo(200);
        assertThat(large.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(large.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        BufferedImage image = TestImages.read(large.bytes());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        String raw = new String(large.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Exif").doesNotContain("SecretCam").doesNotContain("GPS");

        var thumbnail = http.get(url + "?w=400");
        assertThat(thumbnail.status()).isEqualTo(200);
        BufferedImage small = TestImages.read(thumbnail.bytes());
        assertThat(small.getWidth()).isEqualTo(400);
        assertThat(small.getHeight()).isEqualTo(267);
        assertThat(thumbnail.header("ETag")).isNotEqualTo(large.header("ETag"));

        assertThat(photoUrlOf(CHICKEN)).isEqualTo(url);
    }

    @Test
    void aBrowserThatHasThePhoto_getsA304() {
        String url = upload(TestImages.png(800, 600, false), "image/png");
        var first = http.get(url + "?w=400");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");

        var again = http.get(url + "?w=400", Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
        assertThat(again.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(http.get(url + "?w=400", Map.of("If-None-Match", "\"something-else\"")).status()).isEqualTo(200);
        assertThat(http.get(url + "?w=123").status()).isEqualTo(400);
    }

    @Test
    void aTransparentPng_staysPng_andASmallOneIsNotEnlarged() {
        String url = upload(TestImages.png(300, 200, true), "image/png");
        var large = http.get(url);
        assertThat(large.header("Content-Type")).isEqualTo("image/png");
        BufferedImage image = TestImages.read(large.bytes());
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(TestImages.read(http.get(url + "?w=400").bytes()).getWidth()).isEqualTo(300);
    }

    @Test
    void refusedUploads_storeNothing() throws Exception {
        Map<String, String> manager = manager();
        try (TableCounts tables = new TableCounts(testDatabase().settings())) {
            Map<String, Long> before = tables.now();

            byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
            new Random(7).nextBytes(tooLarge);
            assertRefused(http.raw("PUT", ITEM_PHOTO, "image/jpeg", tooLarge, manager), 413,
                    "/problems/payload-too-large");

            assertRefused(http.raw("PUT", ITEM_PHOTO, "image/png", "not a picture".getBytes(StandardCharsets.UTF_8),
                    manager), 415, "/problems/unsupported-media-type");
            var lying = http.raw("PUT", ITEM_PHOTO, "image/jpeg", TestImages.png(50, 50, false), manager);
            assertRefused(lying, 415, "/problems/unsupported-media-type");
            assertThat(lying.json().at("/errors/0/field").asText()).isEqualTo("photo");
            assertRefused(http.raw("PUT", ITEM_PHOTO, "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                    manager), 415, "/problems/unsupported-media-type");

            var bomb = http.raw("PUT", ITEM_PHOTO, "image/png", TestImages.pngHeaderOnly(50_000, 50_000), manager);
            assertRefused(bomb, 422, "/problems/validation");
            assertThat(bomb.json().at("/errors/0/field").asText()).isEqualTo("photo");
            assertThat(bomb.json().at("/errors/0/code").asText()).isEqualTo("too-many-pixels");

            assertThat(tables.now()).isEqualTo(before);
        }
        assertThat(photoUrlOf(CHICKEN)).isNull();
    }

    @Test
    void anotherRestaurantsManagerSeesNoItem_andStaffMayNotUpload() {
        Map<String, String> admin = admin();
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", "Elsewhere", "currency", "USD",
                "timezone", "Europe/Lisbon")), admin);
        String elsewhere = opened.json().get("id").asText();
        String boss = "boss-" + UUID.randomUUID() + "@elsewhere.test";
        hire(admin, elsewhere, boss, "MANAGER");
        byte[] png = TestImages.png(100, 100, false);

        assertRefused(http.raw("PUT", ITEM_PHOTO, "image/png", png, signIn(boss, PASSWORD)), 404,
                "/problems/not-found");
        assertRefused(http.raw("PUT", ITEM_PHOTO, "image/png", png, newCook()), 403, "/problems/forbidden");
        assertRefused(http.raw("PUT", MENU + "/items/" + UUID.randomUUID() + "/photo", "image/png", png, manager()),
                404, "/problems/not-found");
        assertThat(photoUrlOf(CHICKEN)).isNull();
    }

    @Test
    void removingThePhoto_takesItOffTheMenuAndTheServer() {
        String url = upload(TestImages.jpeg(640, 480), "image/jpeg");

        assertThat(http.delete(ITEM_PHOTO, manager()).status()).isEqualTo(204);

        assertThat(photoUrlOf(CHICKEN)).isNull();
        assertThat(http.get(url).status()).isEqualTo(404);
        assertThat(http.delete(ITEM_PHOTO, manager()).status()).isEqualTo(404);
    }

    @Test
    void theDemoRestaurantHasPhotos() {
        String burger = photoUrlOf("01936b2a-4c00-7000-8000-000000000101");
        assertThat(burger).isNotNull();
        assertThat(TestImages.read(http.get(burger).bytes()).getWidth()).isEqualTo(1200);
    }

    @Test
    void anotherInstanceOnTheSameDatabase_servesTheSamePhoto() {
        String url = upload(TestImages.jpeg(900, 900), "image/jpeg");
        byte[] here = http.get(url).bytes();
        try (Chit second = Chit.start(new ChitSettings("127.0.0.1", 0, testDatabase().settings(),
                DemoDataMode.FALSE))) {
            var there = new HttpJson(second.baseUri()).get(url);
            assertThat(there.status()).isEqualTo(200);
            assertThat(there.bytes()).isEqualTo(here);
        }
    }

    private String upload(byte[] image, String type) {
        var uploaded = http.raw("PUT", ITEM_PHOTO, type, image, manager());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        return uploaded.json().get("photoUrl").asText();
    }

    private String photoUrlOf(String itemId) {
        for (JsonNode category : http.get(MENU).json().get("categories")) {
            for (JsonNode item : category.get("items")) {
                if (item.get("id").asText().equals(itemId)) {
                    return item.get("photoUrl").isNull() ? null : item.get("photoUrl").asText();
                }
            }
        }
        throw new AssertionError("no item " + itemId + " on the menu");
    }

    private static void assertRefused(HttpJson.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("type").asText()).isEqualTo(type);
    }
}
