package dev.chit.adapters.imaging;

import dev.chit.domain.photo.ImageFormat;
import dev.chit.domain.photo.PixelSize;
import dev.chit.domain.photo.Renditions;
import dev.chit.domain.photo.UnreadableImage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageIoCodecTest {

    // The smallest WebP files there are (1x1, lossy VP8 and lossless VP8L), as browsers' feature
    // tests use them: enough to prove the pure-Java reader is on the class path and used.
    private static final byte[] LOSSY_WEBP =
            Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    private static final byte[] LOSSLESS_WEBP =
            Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private final ImageIoCodec codec = new ImageIoCodec();

    @Test
    void webp_isReadInPureJava_andServedAsJpegOrPng() throws IOException {
        assertThat(codec.measure(ImageFormat.WEBP, LOSSY_WEBP)).isEqualTo(new PixelSize(1, 1));
        Renditions lossy = codec.render(ImageFormat.WEBP, LOSSY_WEBP);
        assertThat(lossy.large().mediaType()).isIn("image/jpeg", "image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(lossy.large().bytes())).getWidth()).isEqualTo(1);

        Renditions lossless = codec.render(ImageFormat.WEBP, LOSSLESS_WEBP);
        assertThat(lossless.thumbnail().size()).isEqualTo(new PixelSize(1, 1));
    }

    @Test
    void aLargeJpeg_comesOutAt1200And400() throws IOException {
        Renditions renditions = codec.render(ImageFormat.JPEG, encode(new BufferedImage(2400, 1800,
                BufferedImage.TYPE_INT_RGB), "jpeg"));

        assertThat(renditions.large().size()).isEqualTo(new PixelSize(1200, 900));
        assertThat(renditions.thumbnail().size()).isEqualTo(new PixelSize(400, 300));
        assertThat(ImageIO.read(new ByteArrayInputStream(renditions.thumbnail().bytes())).getWidth()).isEqualTo(400);
    }

    @Test
    void aBombsHeader_isMeasuredWithoutDecoding() {
        assertThat(codec.measure(ImageFormat.PNG, pngHeader(50_000, 50_000))).isEqualTo(new PixelSize(50_000, 50_000));
    }

    @Test
    void whatIsNotAnImageOfTheDeclaredType_isUnreadable() throws IOException {
        byte[] png = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png");

        assertThatThrownBy(() -> codec.measure(ImageFormat.JPEG, png)).isInstanceOf(UnreadableImage.class)
                .hasMessageContaining("not image/jpeg");
        assertThatThrownBy(() -> codec.measure(ImageFormat.PNG, LOSSY_WEBP)).isInstanceOf(UnreadableImage.class);
        assertThatThrownBy(() -> codec.measure(ImageFormat.PNG, "hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableImage.class);
        byte[] truncated = java.util.Arrays.copyOf(encode(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB),
                "jpeg"), 200);
        assertThatThrownBy(() -> codec.render(ImageFormat.JPEG, truncated)).isInstanceOf(UnreadableImage.class);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] pngHeader(int width, int height) {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array();
        CRC32 crc = new CRC32();
        crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
        crc.update(ihdr);
        return ByteBuffer.allocate(8 + 25).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(ihdr).putInt((int) crc.getValue())
                .array();
    }
}
