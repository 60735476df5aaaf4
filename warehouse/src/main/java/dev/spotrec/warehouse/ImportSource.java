package dev.spotrec.warehouse;

import java.util.Locale;

/** The datasets {@code spotrec import} reads, through the {@code datasets} readers. */
public enum ImportSource {
    /** Million Playlist Dataset JSON slices ({@code mpd.slice.A-B.json}); one unit per file. */
    MPD("mpd"),
    /** The HetRec 2011 Last.fm 2k directory; its files form one unit. */
    HETREC("hetrec"),
    /** The Spotify playlist CSV (2024) files; they form one unit (playlists span files). */
    SPOTIFY_CSV("spotify-csv");

    private final String cliName;

    ImportSource(String cliName) {
        this.cliName = cliName;
    }

    /** The command-line name, e.g. {@code spotify-csv}. */
    public String cliName() {
        return cliName;
    }

    /** Parses a command-line name, case-insensitively. */
    public static ImportSource fromCliName(String name) {
        for (ImportSource s : values()) {
            if (s.cliName.equalsIgnoreCase(String.valueOf(name).strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown import source '" + name + "'; expected mpd, hetrec or spotify-csv");
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
