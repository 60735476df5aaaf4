package dev.spotrec.emulator;

import java.util.Locale;

/**
 * The app's quota mode, which decides what the emulated Web API allows.
 *
 * <ul>
 *   <li>{@link #EXTENDED}: everything, as for an app granted extended quota before 27 Nov 2024.
 *   <li>{@link #DEVELOPMENT}: the restrictions Spotify applied to new apps on 27 Nov 2024 and to
 *       development-mode apps on 11 Feb 2026 (see {@code DESIGN.md}), each with Spotify's status
 *       and body.
 * </ul>
 */
public enum Mode {
    EXTENDED,
    DEVELOPMENT;

    /** The command-line name, {@code extended} or {@code development}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code extended} or {@code development}, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static Mode parse(String value) {
        for (Mode m : values()) {
            if (m.cliName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "mode must be extended or development, got '" + value + "'");
    }
}
