package dev.spotrec.emulator.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/**
 * The media that responses link to, so that a browser showing them never leaves loopback: cover
 * images (a solid PNG whose colour derives from the id) and 30-second previews (silent WAV).
 */
final class Media {
    private static final byte[] PREVIEW = silentWav(30, 8000);

    private Media() {}

    /** The PNG for {@code name} = {@code ID-SIZE.png}, or null when the name is malformed. */
    static byte[] image(String name) {
        int dash = name.lastIndexOf('-');
        if (dash <= 0 || !name.endsWith(".png")) {
            return null;
        }
        int size;
        try {
            size =
                    Math.min(
                            640,
                            Math.max(
                                    1,
                                    Integer.parseInt(name.substring(dash + 1, name.length() - 4))));
        } catch (NumberFormatException e) {
            return null;
        }
        int hash = name.substring(0, dash).hashCode();
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.getHSBColor((hash & 0xFFFF) / 65535f, 0.55f, 0.8f));
        g.fillRect(0, 0, size, size);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] preview() {
        return PREVIEW;
    }

    private static byte[] silentWav(int seconds, int rate) {
        int samples = seconds * rate;
        ByteBuffer b = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(36 + samples)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(rate)
                .putInt(rate)
                .putShort((short) 1)
                .putShort((short) 8)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(samples);
        for (int i = 0; i < samples; i++) {
            b.put((byte) 128);
        }
        return b.array();
    }
}
