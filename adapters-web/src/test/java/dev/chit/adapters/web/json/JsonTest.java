package dev.chit.adapters.web.json;

import dev.chit.domain.checkout.FulfillmentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    record Line(UUID menuItemId, Integer quantity, String note) {
    }

    record Body(List<Line> lines, FulfillmentType type, Long tip, Instant at, Boolean flag) {
    }

    record Written(Instant at, String absent, long amount) {
    }

    private final Json json = new Json();

    private Body read(String text) {
        return json.read(text.getBytes(StandardCharsets.UTF_8), Body.class);
    }

    private UnreadableJson failure(String text) {
        return (UnreadableJson) org.assertj.core.api.Assertions.catchThrowable(() -> read(text));
    }

    @Test
    void instants_areWrittenInUtcWithExactlyThreeFractionDigits() {
        String written = new String(json.write(new Written(Instant.parse("2026-11-25T19:04:05Z"), null, 1099)),
                StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("{\"at\":\"2026-11-25T19:04:05.000Z\",\"absent\":null,\"amount\":1099}");
        assertThat(Rfc3339.format(Instant.parse("2026-11-25T19:04:05.123456789Z"))).isEqualTo("2026-11-25T19:04:05.123Z");
    }

    @Test
    void instants_areReadFromAnyRfc3339Offset() {
        assertThat(read("{\"at\":\"2026-11-25T20:04:05.5+01:00\"}").at()).isEqualTo(Instant.parse("2026-11-25T19:04:05.500Z"));
        assertThat(read("{\"at\":\"2026-11-25T19:04:05Z\"}").at()).isEqualTo(Instant.parse("2026-11-25T19:04:05Z"));
    }

    @Test
    void instants_withoutOffsetOrAsNumbers_areRefused() {
        assertThat(failure("{\"at\":\"2026-11-25T19:04:05\"}").field()).contains("at");
        assertThat(failure("{\"at\":1764097445}").code()).isEqualTo("invalid-value");
        assertThat(failure("{\"at\":\"2026-02-30T19:04:05Z\"}").getMessage()).contains("RFC 3339");
    }

    @Test
    void wrongTypes_nameTheFieldWithItsPath() {
        UnreadableJson failure = failure("{\"lines\":[{\"quantity\":1},{\"quantity\":\"2\"}]}");

        assertThat(failure.field()).contains("lines[1].quantity");
        assertThat(failure.code()).isEqualTo("wrong-type");
        assertThat(failure.getMessage()).isEqualTo("lines[1].quantity must be an integer (no fractions: amounts are in minor units)");
    }

    @Test
    void fractions_areRefusedForIntegers_evenWhenWhole() {
        assertThat(failure("{\"tip\":1.5}").field()).contains("tip");
        assertThat(failure("{\"tip\":100.0}").field()).contains("tip");
        assertThat(failure("{\"lines\":[{\"quantity\":1e2}]}").field()).contains("lines[0].quantity");
    }

    @Test
    void numbersAreNotStrings_andBooleansAreNotStrings() {
        assertThat(failure("{\"lines\":[{\"note\":5}]}").field()).contains("lines[0].note");
        assertThat(failure("{\"flag\":\"true\"}").field()).contains("flag");
        assertThat(failure("{\"lines\":[{\"note\":true}]}").field()).contains("lines[0].note");
    }

    @Test
    void unknownEnumValues_listTheKnownOnes() {
        UnreadableJson failure = failure("{\"type\":\"TAKEAWAY\"}");

        assertThat(failure.field()).contains("type");
        assertThat(failure.code()).isEqualTo("invalid-value");
        assertThat(failure.getMessage()).isEqualTo("type must be one of PICKUP, DELIVERY, DINE_IN");
        assertThat(failure("{\"type\":\"pickup\"}").field()).contains("type");
        assertThat(failure("{\"type\":0}").field()).contains("type");
    }

    @Test
    void unknownFields_areRefused() {
        UnreadableJson failure = failure("{\"lines\":[{\"quantiy\":2}]}");

        assertThat(failure.field()).contains("lines[0].quantiy");
        assertThat(failure.code()).isEqualTo("unknown-field");
    }

    @Test
    void duplicateKeys_areRefused() {
        UnreadableJson failure = failure("{\"tip\":1,\"tip\":2}");

        assertThat(failure.code()).isEqualTo("duplicate-field");
        assertThat(failure.field()).contains("tip");
    }

    @Test
    void trailingTokens_badSyntax_andNonObjects_areRefused() {
        assertThat(failure("{\"tip\":1} {}").code()).isEqualTo("trailing-content");
        assertThat(failure("{\"tip\":1,}").code()).isEqualTo("malformed-json");
        assertThat(failure("[]").code()).isEqualTo("wrong-type");
        assertThat(failure("null").code()).isEqualTo("wrong-type");
        assertThat(failure("   ").field()).isEmpty();
        assertThatThrownBy(() -> json.read(new byte[0], Body.class))
                .isInstanceOf(UnreadableJson.class).hasMessageContaining("empty");
    }

    @Test
    void ids_mustBeCanonicalUuids() {
        assertThat(failure("{\"lines\":[{\"menuItemId\":\"1-1-1-1-1\"}]}").field()).contains("lines[0].menuItemId");
        assertThat(failure("{\"lines\":[{\"menuItemId\":42}]}").field()).contains("lines[0].menuItemId");
        assertThat(read("{\"lines\":[{\"menuItemId\":\"01936B2E-0000-7000-8000-000000000101\"}]}").lines().getFirst().menuItemId())
                .isEqualTo(UUID.fromString("01936b2e-0000-7000-8000-000000000101"));
    }

    @Test
    void hugeNumbers_areOutOfRange() {
        assertThat(failure("{\"lines\":[{\"quantity\":99999999999}]}").field()).contains("lines[0].quantity");
        assertThat(failure("{\"tip\":99999999999999999999999}").field()).contains("tip");
    }

    @Test
    void messagesNeverNameJavaTypes() {
        for (String body : List.of("{\"lines\":{}}", "{\"lines\":[1]}", "{\"tip\":\"x\"}", "{\"type\":[]}",
                "{\"at\":{}}", "{\"x\":1}", "[1]", "{")) {
            assertThat(failure(body).getMessage()).doesNotContain("java", "dev.chit", "`", "Json");
        }
    }

    @Test
    void aNulCharacter_inAnyText_isInvalidInputNamingItsField() {
        var refused = (dev.chit.domain.error.InvalidInput) org.assertj.core.api.Assertions.catchThrowable(
                () -> read("{\"lines\":[{\"note\":\"ok\"},{\"note\":\"ring\\u0000twice\"}]}"));

        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("lines[1].note");
            assertThat(violation.code()).isEqualTo("control-characters");
        });
    }

    @Test
    void aLoneSurrogateEscape_isNotUtf8_andNamesItsField() {
        UnreadableJson refused = failure("{\"lines\":[{\"note\":\"a\\ud800b\"}]}");

        assertThat(refused.field()).contains("lines[0].note");
        assertThat(refused.code()).isEqualTo("invalid-utf8");
        assertThat(failure("{\"lines\":[{\"note\":\"\\udc00\"}]}").code()).isEqualTo("invalid-utf8");
    }

    @Test
    void bytesThatAreNotUtf8_nameTheFieldTheyAreIn() {
        for (byte[] stray : new byte[][] {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}}) {
            byte[] start = "{\"lines\":[{\"note\":\"a".getBytes(StandardCharsets.UTF_8);
            byte[] end = "b\"}]}".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[start.length + stray.length + end.length];
            System.arraycopy(start, 0, body, 0, start.length);
            System.arraycopy(stray, 0, body, start.length, stray.length);
            System.arraycopy(end, 0, body, start.length + stray.length, end.length);

            UnreadableJson refused = (UnreadableJson) org.assertj.core.api.Assertions.catchThrowable(
                    () -> json.read(body, Body.class));

            assertThat(refused.field()).as(java.util.HexFormat.of().formatHex(stray)).contains("lines[0].note");
            assertThat(refused.code()).isEqualTo("invalid-utf8");
        }
    }

    @Test
    void aFlawInAFieldName_isNotEchoedBack() {
        UnreadableJson refused = failure("{\"ti\\ud800p\":1}");

        assertThat(refused.field()).contains("ti\uFFFDp");
    }

    @Test
    void validTextOutsideTheBasicPlane_andAByteOrderMark_areRead() {
        assertThat(read("{\"lines\":[{\"note\":\"\uD83C\uDF54 \\ud83c\\udf54\"}]}").lines().getFirst().note())
                .isEqualTo("\uD83C\uDF54 \uD83C\uDF54");
        assertThat(read("\uFEFF{\"tip\":5}").tip()).isEqualTo(5L);
    }
}
