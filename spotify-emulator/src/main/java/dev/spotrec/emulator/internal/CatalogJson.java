package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.Track;
import java.util.List;
import java.util.Locale;

/**
 * Writes Spotify's JSON shapes of catalog objects (TrackObject, SimplifiedTrackObject, AlbumObject,
 * SimplifiedAlbumObject, ArtistObject, SimplifiedArtistObject, AudioFeaturesObject) for one mode.
 * In development mode the fields removed on 11 Feb 2026 are left out and {@code preview_url}
 * (closed on 27 Nov 2024) is null.
 */
final class CatalogJson {
    /**
     * The markets the emulated catalog is available in (a subset of Spotify's, to keep bodies
     * small).
     */
    static final List<String> MARKETS =
            List.of(
                    "AR", "AT", "AU", "BE", "BR", "CA", "CH", "CL", "CO", "CZ", "DE", "DK", "ES",
                    "FI", "FR", "GB", "GR", "HK", "IE", "IN", "IT", "JP", "KR", "MX", "NG", "NL",
                    "NO", "NZ", "PH", "PL", "PT", "SE", "SG", "TR", "TW", "US", "ZA");

    private static final byte[] MARKETS_JSON = marketsJson();

    private final Urls urls;
    private final boolean dev;

    CatalogJson(Urls urls, boolean dev) {
        this.urls = urls;
        this.dev = dev;
    }

    static byte[] marketsJson() {
        JsonOut o = new JsonOut(256).raw("[");
        for (int i = 0; i < MARKETS.size(); i++) {
            o.raw(i == 0 ? "" : ",").str(MARKETS.get(i));
        }
        return o.raw("]").toBytes();
    }

    void simplifiedArtist(JsonOut o, Artist a) {
        o.raw("{\"external_urls\":{\"spotify\":")
                .str(urls.open("artist", a.id()))
                .raw("},\"href\":")
                .str(urls.api("artists", a.id()))
                .raw(",\"id\":")
                .str(a.id())
                .raw(",\"name\":")
                .str(a.name())
                .raw(",\"type\":\"artist\",\"uri\":")
                .str(a.uri())
                .raw("}");
    }

    void artist(JsonOut o, Artist a) {
        o.raw("{\"external_urls\":{\"spotify\":").str(urls.open("artist", a.id())).raw("}");
        if (!dev) {
            o.raw(",\"followers\":{\"href\":null,\"total\":").num(a.followers()).raw("}");
        }
        o.raw(",\"genres\":[");
        for (int i = 0; i < a.genres().size(); i++) {
            o.raw(i == 0 ? "" : ",").str(a.genres().get(i));
        }
        o.raw("],\"href\":")
                .str(urls.api("artists", a.id()))
                .raw(",\"id\":")
                .str(a.id())
                .raw(",\"images\":");
        images(o, a.id(), 640, 320, 160);
        o.raw(",\"name\":").str(a.name());
        if (!dev) {
            o.raw(",\"popularity\":").num(a.popularity());
        }
        o.raw(",\"type\":\"artist\",\"uri\":").str(a.uri()).raw("}");
    }

    /** Fields shared by SimplifiedAlbumObject and AlbumObject, without the closing brace. */
    private void albumBase(JsonOut o, Album a, int totalTracks, List<Artist> artists) {
        o.raw("{\"album_type\":")
                .str(a.albumType().apiName())
                .raw(",\"total_tracks\":")
                .num(totalTracks)
                .raw(",\"available_markets\":")
                .raw(MARKETS_JSON)
                .raw(",\"external_urls\":{\"spotify\":")
                .str(urls.open("album", a.id()))
                .raw("},\"href\":")
                .str(urls.api("albums", a.id()))
                .raw(",\"id\":")
                .str(a.id())
                .raw(",\"images\":");
        images(o, a.id(), 640, 300, 64);
        o.raw(",\"name\":")
                .str(a.name())
                .raw(",\"release_date\":")
                .str(a.releaseDate())
                .raw(",\"release_date_precision\":")
                .str(a.releaseDatePrecision())
                .raw(",\"type\":\"album\",\"uri\":")
                .str(a.uri())
                .raw(",\"artists\":[");
        for (int i = 0; i < artists.size(); i++) {
            if (i > 0) {
                o.raw(",");
            }
            simplifiedArtist(o, artists.get(i));
        }
        o.raw("]");
    }

    /** SimplifiedAlbumObject; {@code albumGroup} non-null gives ArtistDiscographyAlbumObject. */
    void simplifiedAlbum(
            JsonOut o, Album a, int totalTracks, List<Artist> artists, String albumGroup) {
        albumBase(o, a, totalTracks, artists);
        if (albumGroup != null) {
            o.raw(",\"album_group\":").str(albumGroup);
        }
        o.raw("}");
    }

    /** AlbumObject with its first page of tracks already written as {@code tracksPage}. */
    void album(JsonOut o, Album a, int totalTracks, List<Artist> artists, byte[] tracksPage) {
        albumBase(o, a, totalTracks, artists);
        String owner = a.label() != null ? a.label() : artists.getFirst().name();
        String year = a.releaseDate().substring(0, 4);
        o.raw(",\"tracks\":")
                .raw(tracksPage)
                .raw(",\"copyrights\":[{\"text\":")
                .str("\u00a9 " + year + " " + owner)
                .raw(",\"type\":\"C\"},{\"text\":")
                .str("\u2117 " + year + " " + owner)
                .raw(",\"type\":\"P\"}],\"external_ids\":{\"upc\":")
                .str(upc(a.id()))
                .raw("},\"genres\":[]");
        if (!dev) {
            o.raw(",\"label\":").str(owner).raw(",\"popularity\":").num(a.popularity());
        }
        o.raw("}");
    }

    /** TrackObject; {@code albumJson} is the track's SimplifiedAlbumObject. */
    void track(JsonOut o, Track t, byte[] albumJson, List<Artist> artists) {
        o.raw("{\"album\":").raw(albumJson).raw(",");
        trackBody(o, t, artists);
        o.raw(",\"external_ids\":{");
        if (t.isrc() != null) {
            o.raw("\"isrc\":").str(t.isrc());
        }
        o.raw("}");
        if (!dev) {
            o.raw(",\"popularity\":").num(t.popularity());
        }
        o.raw("}");
    }

    /** SimplifiedTrackObject, as listed in an album. */
    void simplifiedTrack(JsonOut o, Track t, List<Artist> artists) {
        o.raw("{");
        trackBody(o, t, artists);
        o.raw("}");
    }

    private void trackBody(JsonOut o, Track t, List<Artist> artists) {
        o.raw("\"artists\":[");
        for (int i = 0; i < artists.size(); i++) {
            if (i > 0) {
                o.raw(",");
            }
            simplifiedArtist(o, artists.get(i));
        }
        o.raw("]");
        if (!dev) {
            o.raw(",\"available_markets\":").raw(MARKETS_JSON);
        }
        o.raw(",\"disc_number\":")
                .num(t.discNumber())
                .raw(",\"duration_ms\":")
                .num(t.durationMs())
                .raw(",\"explicit\":")
                .bool(t.explicit())
                .raw(",\"external_urls\":{\"spotify\":")
                .str(urls.open("track", t.id()))
                .raw("},\"href\":")
                .str(urls.api("tracks", t.id()))
                .raw(",\"id\":")
                .str(t.id())
                .raw(",\"is_local\":false,\"name\":")
                .str(t.name())
                .raw(",\"preview_url\":")
                .str(dev ? null : urls.base() + "/previews/" + t.id())
                .raw(",\"track_number\":")
                .num(t.trackNumber())
                .raw(",\"type\":\"track\",\"uri\":")
                .str(t.uri());
    }

    void audioFeatures(JsonOut o, Track t) {
        AudioFeatures f = t.features();
        o.raw("{\"acousticness\":")
                .raw(dec(f.acousticness()))
                .raw(",\"analysis_url\":")
                .str(urls.api("audio-analysis", t.id()))
                .raw(",\"danceability\":")
                .raw(dec(f.danceability()))
                .raw(",\"duration_ms\":")
                .num(t.durationMs())
                .raw(",\"energy\":")
                .raw(dec(f.energy()))
                .raw(",\"id\":")
                .str(t.id())
                .raw(",\"instrumentalness\":")
                .raw(dec(f.instrumentalness()))
                .raw(",\"key\":")
                .num(f.key())
                .raw(",\"liveness\":")
                .raw(dec(f.liveness()))
                .raw(",\"loudness\":")
                .raw(dec(f.loudness()))
                .raw(",\"mode\":")
                .num(f.mode())
                .raw(",\"speechiness\":")
                .raw(dec(f.speechiness()))
                .raw(",\"tempo\":")
                .raw(dec(f.tempo()))
                .raw(",\"time_signature\":")
                .num(timeSignature(t.id()))
                .raw(",\"track_href\":")
                .str(urls.api("tracks", t.id()))
                .raw(",\"type\":\"audio_features\",\"uri\":")
                .str(t.uri())
                .raw(",\"valence\":")
                .raw(dec(f.valence()))
                .raw("}");
    }

    void images(JsonOut o, String id, int... sizes) {
        o.raw("[");
        for (int i = 0; i < sizes.length; i++) {
            o.raw(i == 0 ? "" : ",")
                    .raw("{\"url\":")
                    .str(urls.image(id, sizes[i]))
                    .raw(",\"height\":")
                    .num(sizes[i])
                    .raw(",\"width\":")
                    .num(sizes[i])
                    .raw("}");
        }
        o.raw("]");
    }

    /** 3 or 4 beats a bar, as most music: a stable function of the id. */
    static int timeSignature(String id) {
        return Math.floorMod(id.hashCode(), 10) == 0 ? 3 : 4;
    }

    static String dec(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }

    private static String upc(String id) {
        long h = Math.abs((long) id.hashCode() * 2654435761L) % 1_000_000_000_000L;
        return String.format(Locale.ROOT, "%012d", h);
    }
}
