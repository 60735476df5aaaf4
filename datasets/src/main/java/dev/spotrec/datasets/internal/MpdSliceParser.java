package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.DatasetFormatException;
import dev.spotrec.datasets.MpdPlaylist;
import dev.spotrec.datasets.MpdTrack;
import dev.spotrec.datasets.SpotifyIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one MPD slice file one playlist at a time with Jackson's streaming parser, so memory is
 * bounded by the largest playlist, not the file. Unknown fields are skipped; a missing required
 * field, a value of the wrong type, bad UTF-8 or a truncated file raise a {@link
 * DatasetFormatException} with the file, line and byte offset.
 */
public final class MpdSliceParser implements AutoCloseable {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path file;
    private final JsonParser p;
    private boolean done;

    /** Opens {@code file} and positions before its first playlist. */
    public MpdSliceParser(Path file) {
        this.file = file;
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw DatasetFormatException.inFile(
                    file, "cannot open MPD slice: " + e.getMessage(), e);
        }
        try {
            this.p = JSON.createParser(ObjectReadContext.empty(), in);
            seekPlaylists();
        } catch (JacksonException e) {
            closeQuietly(in);
            throw wrap(e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** The next playlist, or null after the last. */
    public MpdPlaylist next() {
        if (done) {
            return null;
        }
        try {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                done = true;
                return null;
            }
            expect(t, JsonToken.START_OBJECT, "a playlist object");
            return playlist();
        } catch (JacksonException e) {
            throw wrap(e);
        }
    }

    @Override
    public void close() {
        p.close();
    }

    private void seekPlaylists() {
        expect(
                p.nextToken(),
                JsonToken.START_OBJECT,
                "the top-level object {\"info\", \"playlists\"}");
        while (true) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.PROPERTY_NAME) {
                throw error("no \"playlists\" array in the top-level object");
            }
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("playlists".equals(name)) {
                expect(v, JsonToken.START_ARRAY, "\"playlists\" to be an array");
                return;
            }
            p.skipChildren();
        }
    }

    private MpdPlaylist playlist() {
        TokenStreamLocation start = p.currentTokenLocation();
        String name = null;
        String description = null;
        boolean collaborative = false;
        long pid = -1;
        long modifiedAt = 0;
        long durationMs = 0;
        int numFollowers = 0;
        int numEdits = 0;
        List<MpdTrack> tracks = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "name" -> name = string(field, v);
                case "description" -> description = string(field, v);
                case "collaborative" -> collaborative = bool(field, v);
                case "pid" -> pid = number(field, v);
                case "modified_at" -> modifiedAt = number(field, v);
                case "num_followers" -> numFollowers = (int) number(field, v);
                case "num_edits" -> numEdits = (int) number(field, v);
                case "duration_ms" -> durationMs = number(field, v);
                case "tracks" -> tracks = tracks(v);
                default -> p.skipChildren();
            }
        }
        if (pid < 0 || tracks == null) {
            throw error(
                    start,
                    "playlist "
                            + (pid < 0 ? "" : pid + " ")
                            + "has no "
                            + (pid < 0 ? "\"pid\"" : "\"tracks\""));
        }
        if (name == null) {
            name = "";
        }
        // Counts are recomputed from the tracks rather than trusted: the challenge set omits some.
        long dur = 0;
        Set<String> albums = new HashSet<>();
        Set<String> artists = new HashSet<>();
        for (MpdTrack t : tracks) {
            albums.add(t.albumUri());
            artists.add(t.artistUri());
            dur += t.durationMs();
        }
        return new MpdPlaylist(
                name,
                collaborative,
                pid,
                modifiedAt,
                tracks.size(),
                albums.size(),
                numFollowers,
                tracks,
                numEdits,
                durationMs > 0 ? durationMs : dur,
                artists.size(),
                description);
    }

    private List<MpdTrack> tracks(JsonToken v) {
        expect(v, JsonToken.START_ARRAY, "\"tracks\" to be an array");
        List<MpdTrack> tracks = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            expect(t, JsonToken.START_OBJECT, "a track object");
            tracks.add(track(tracks.size()));
        }
        return tracks;
    }

    private MpdTrack track(int index) {
        TokenStreamLocation start = p.currentTokenLocation();
        String[] s = new String[6];
        long pos = index;
        long duration = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "pos" -> pos = number(field, v);
                case "duration_ms" -> duration = number(field, v);
                case "artist_name" -> s[0] = string(field, v);
                case "track_uri" -> s[1] = string(field, v);
                case "artist_uri" -> s[2] = string(field, v);
                case "track_name" -> s[3] = string(field, v);
                case "album_uri" -> s[4] = string(field, v);
                case "album_name" -> s[5] = string(field, v);
                default -> p.skipChildren();
            }
        }
        String[] names = {
            "artist_name", "track_uri", "artist_uri", "track_name", "album_uri", "album_name"
        };
        for (int k = 0; k < s.length; k++) {
            if (s[k] == null) {
                throw error(start, "track at index " + index + " has no \"" + names[k] + "\"");
            }
        }
        uri(start, "track_uri", s[1], "spotify:track:");
        uri(start, "artist_uri", s[2], "spotify:artist:");
        uri(start, "album_uri", s[4], "spotify:album:");
        return new MpdTrack((int) pos, s[0], s[1], s[2], s[3], s[4], Math.max(0, duration), s[5]);
    }

    private void uri(TokenStreamLocation at, String field, String value, String prefix) {
        if (!value.startsWith(prefix) || !SpotifyIds.isBase62Id(value.substring(prefix.length()))) {
            throw error(
                    at,
                    field
                            + " must be "
                            + prefix
                            + "ID with a 22-character base62 id, got '"
                            + value
                            + "'");
        }
    }

    private String string(String field, JsonToken v) {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_STRING) {
            throw error("field \"" + field + "\" must be a string, got " + describe(v));
        }
        return p.getString();
    }

    private long number(String field, JsonToken v) {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw error("field \"" + field + "\" must be an integer, got " + describe(v));
        }
        return p.getLongValue();
    }

    private boolean bool(String field, JsonToken v) {
        if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
            return v == JsonToken.VALUE_TRUE;
        }
        if (v == JsonToken.VALUE_STRING
                && ("true".equals(p.getString()) || "false".equals(p.getString()))) {
            return "true".equals(p.getString());
        }
        throw error("field \"" + field + "\" must be true or false, got " + describe(v));
    }

    private String describe(JsonToken v) {
        if (v == null) {
            return "end of input";
        }
        return switch (v) {
            case VALUE_STRING -> "string '" + p.getString() + "'";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + p.getString();
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> v.asString() == null ? v.name() : v.asString();
        };
    }

    private void expect(JsonToken actual, JsonToken wanted, String what) {
        if (actual == null) {
            throw error("file ends early (truncated?): expected " + what);
        }
        if (actual != wanted) {
            throw error("expected " + what + ", got " + describe(actual));
        }
    }

    private DatasetFormatException error(String problem) {
        return error(p.currentTokenLocation(), problem);
    }

    private DatasetFormatException error(TokenStreamLocation at, String problem) {
        return DatasetFormatException.atOffset(
                file, at.getLineNr(), at.getByteOffset(), problem, null);
    }

    private DatasetFormatException wrap(JacksonException e) {
        TokenStreamLocation at =
                e.getLocation() != null
                        ? e.getLocation()
                        : p != null ? p.currentLocation() : TokenStreamLocation.NA;
        String msg = e.getOriginalMessage();
        if (msg != null && msg.contains("end-of-input")) {
            msg = "file ends early (truncated?): " + msg;
        }
        return DatasetFormatException.atOffset(file, at.getLineNr(), at.getByteOffset(), msg, e);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The parse error is the one to report.
        }
    }
}
