package io.dossier.render;

import io.dossier.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A logo file ({@code --logo}) as the {@code data:} URI the templates place in an {@code <img>}:
 * the file is read once, here, and checked — PNG or JPEG by their first bytes, or an SVG that
 * {@link SvgImage} parses and builds without error — so the typesetter never opens it, and a bad
 * file is one line before any work. SVG is drawn as vectors ({@link ChartElementFactory}).
 */
public final class Logo {

    /** The largest logo read: a logo is tens of KB. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private Logo() {
    }

    /** The logo in {@code file} as a {@code data:} URI; {@link BadInputException} when it is not a usable PNG, JPEG or SVG. */
    public static String dataUri(Path file) {
        if (Files.isDirectory(file)) throw new BadInputException(file + ": is a folder, not a logo (--logo takes an SVG or PNG file)");
        if (!Files.isRegularFile(file)) throw new BadInputException(file + ": no such logo file");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + (e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e.getMessage()) + ")", e);
        }
        if (bytes.length > MAX_BYTES) throw new BadInputException(file + ": larger than the 2 MB limit for a logo");
        String type;
        if (SandboxedUserAgent.isRaster(bytes) && bytes[0] != 'G') {
            type = (bytes[0] & 0xFF) == 0x89 ? "image/png" : "image/jpeg";
            checkRaster(bytes, file);
        } else if (SvgImage.looksLikeSvg(bytes)) {
            type = SVG_TYPE;
            SvgImage.parse(bytes, file.toString());
        } else {
            throw new BadInputException(file + ": not an SVG, PNG or JPEG image (by its content)");
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    static final String SVG_TYPE = "image/svg+xml";

    /** A raster the JDK cannot decode is refused here rather than left out of the PDF silently. */
    private static void checkRaster(byte[] bytes, Path file) {
        try {
            javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes));
            var readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("no decoder");
            javax.imageio.ImageReader reader = readers.next();
            reader.setInput(in);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            reader.dispose();
            if ((long) w * h > 40_000_000L) throw new BadInputException(file + ": a " + w + " x " + h + " image is too large for a logo");
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) throw b;
            throw new BadInputException(file + ": not a readable PNG or JPEG image (" + e.getMessage() + ")", e);
        }
    }
}
