package dev.chit.adapters.imaging;

import dev.chit.domain.photo.ImageFormat;
import dev.chit.domain.photo.PhotoSize;
import dev.chit.domain.photo.Picture;
import dev.chit.domain.photo.PixelSize;
import dev.chit.domain.photo.Renditions;
import dev.chit.domain.photo.UnreadableImage;
import dev.chit.domain.port.PhotoCodec;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Photos through ImageIO. The reader is chosen by the bytes' own signature, and must be one for
 * the declared type: a PNG sent as {@code image/jpeg} is refused, not quietly read. Pictures
 * with transparency come out as PNG, others as JPEG; neither carries anything of the upload
 * but its pixels (no EXIF, GPS, comments or colour profiles).
 */
public final class ImageIoCodec implements PhotoCodec {

    /** JPEG quality of the renditions: small files with no visible loss on a menu. */
    private static final float JPEG_QUALITY = 0.85f;

    static {
        // Plugins on the class path (the WebP reader) are found once, not on every request.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    @Override
    public PixelSize measure(ImageFormat format, byte[] bytes) {
        return withReader(format, bytes, reader -> {
            try {
                return new PixelSize(reader.getWidth(0), reader.getHeight(0));
            } catch (IllegalArgumentException noPixels) {
                throw new UnreadableImage("the image declares no pixels");
            }
        });
    }

    @Override
    public Renditions render(ImageFormat format, byte[] bytes) {
        BufferedImage source = withReader(format, bytes, reader -> {
            ImageReadParam param = reader.getDefaultReadParam();
            // Reading every nth pixel of a very large photo keeps the decoded copy small; the
            // scaling below still has twice the pixels it needs to work from.
            int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
            int step = Math.max(1, longest / (2 * PhotoSize.LARGE.longestSide()));
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        });
        boolean transparent = source.getColorModel().hasAlpha();
        BufferedImage large = Scaling.toLongestSide(source, PhotoSize.LARGE.longestSide(), transparent);
        BufferedImage thumbnail = Scaling.toLongestSide(large, PhotoSize.THUMBNAIL.longestSide(), transparent);
        return new Renditions(encode(large, transparent), encode(thumbnail, transparent));
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(ImageFormat format, byte[] bytes, ReaderWork<T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(format, in);
            try {
                reader.setInput(in, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UnreadableImage refused) {
                throw refused;
            }
            throw new UnreadableImage("the photo could not be read as " + format.mediaType());
        }
    }

    private static ImageReader readerFor(ImageFormat format, ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new UnreadableImage("the body is not a JPEG, PNG or WebP image");
        }
        ImageReader reader = readers.next();
        String[] types = reader.getOriginatingProvider().getMIMETypes();
        if (types == null || !Arrays.asList(types).contains(format.mediaType())) {
            String actual = reader.getFormatName();
            reader.dispose();
            throw new UnreadableImage("the body is " + actual + " image data, not " + format.mediaType());
        }
        return reader;
    }

    private static Picture encode(BufferedImage image, boolean transparent) {
        var out = new ByteArrayOutputStream();
        String mediaType = transparent ? ImageFormat.PNG.mediaType() : ImageFormat.JPEG.mediaType();
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(mediaType).next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!transparent) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // No metadata given: the writer writes only what its format requires.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("an image could not be encoded in memory", e);
        } finally {
            writer.dispose();
        }
        return new Picture(mediaType, new PixelSize(image.getWidth(), image.getHeight()), out.toByteArray());
    }
}
