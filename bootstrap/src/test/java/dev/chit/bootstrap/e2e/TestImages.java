package dev.chit.bootstrap.e2e;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Images made for the photo tests: drawn, encoded, and some of them crafted byte by byte. */
final class TestImages {

    /** Text hidden in the EXIF of {@link #jpegWithExif}; it must never come out again. */
    static final String SECRET = "GPS 52.5200N 13.4050E by SecretCam";

    private TestImages() {
    }

    static BufferedImage drawn(int width, int height, boolean transparent) {
        var image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(transparent ? new Color(200, 40, 40, 128) : new Color(200, 40, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 120, 200));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] png(int width, int height, boolean transparent) {
        return encode(drawn(width, height, transparent), "png");
    }

    static byte[] jpeg(int width, int height) {
        return encode(drawn(width, height, false), "jpeg");
    }

    /** A JPEG with an EXIF segment (APP1) right after its start, holding {@link #SECRET}. */
    static byte[] jpegWithExif(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] text = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF header (big-endian), one IFD with one entry: ImageDescription (0x010E), ASCII.
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 12 + 4);
        tiff.putInt(0);
        tiff.put(text);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.capacity();
        ByteBuffer out = ByteBuffer.allocate(plain.length + 2 + length);
        out.put(plain, 0, 2); // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array());
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    /** A valid PNG header declaring {@code width} x {@code height} pixels, and no pixels at all: a bomb's shape. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer out = ByteBuffer.allocate(8 + 25 + 12);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.array();
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
