package dev.spotrec.datasets;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes playlists in the Million Playlist Dataset JSON format: files {@code mpd.slice.A-B.json} of
 * {@code sliceSize} playlists (1,000 by default), each {@code {"info": {...}, "playlists": [...]}}
 * with the MPD's field names. As a {@link WorldSink} it keeps only the catalog (to name tracks,
 * albums and artists) and writes each playlist as it arrives, numbering them from pid 0; so a
 * streamed world of a million playlists never sits in memory. Output is a pure function of the
 * input: no clock, no hash order.
 *
 * <pre>{@code
 * try (MpdWriter mpd = MpdWriter.builder(dir).build()) {
 *   Worlds.stream(WorldSpec.parse("synthetic:playlists=1000000,tracks=2000000"), mpd);
 * }
 * }</pre>
 */
public final class MpdWriter implements WorldSink, AutoCloseable {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Path dir;
  private final int sliceSize;
  private final String generatedOn;
  private final Map<String, String> artistNames = new HashMap<>();
  private final Map<String, String> albumNames = new HashMap<>();
  private final Map<String, Track> tracks = new HashMap<>();
  private final List<Path> files = new ArrayList<>();
  private JsonGenerator out;
  private long written;
  private long items;
  private boolean closed;

  private MpdWriter(Builder b) {
    this.dir = b.dir;
    this.sliceSize = b.sliceSize;
    this.generatedOn = b.generatedOn;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create MPD output directory " + dir, e);
    }
  }

  /** A builder writing into {@code dir} (created when missing). */
  public static Builder builder(Path dir) {
    return new Builder(dir);
  }

  @Override
  public void artist(Artist artist) {
    artistNames.put(artist.id(), artist.name());
  }

  @Override
  public void album(Album album) {
    albumNames.put(album.id(), album.name());
  }

  @Override
  public void track(Track track) {
    tracks.put(track.id(), track);
  }

  /** Converts a world playlist (its tracks, albums and artists came before) and writes it. */
  @Override
  public void playlist(Playlist playlist) {
    write(toMpd(playlist, written));
  }

  /** Writes one playlist as it is; its pid is kept. */
  public void write(MpdPlaylist p) {
    if (closed) {
      throw new IllegalStateException("MpdWriter for " + dir + " is closed");
    }
    try {
      if (written % sliceSize == 0) {
        openSlice();
      }
      writePlaylist(p);
      written++;
      items += p.tracks().size();
      if (written % sliceSize == 0) {
        closeSlice();
      }
    } catch (JacksonException e) {
      throw new UncheckedIOException("cannot write MPD slice in " + dir,
          new IOException(e.getMessage(), e));
    }
  }

  /** Closes the writer at the end of a streamed world. */
  @Override
  public void end() {
    close();
  }

  /** Finishes the current slice. Idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closeSlice();
      closed = true;
    }
  }

  /** The slice files written so far, in pid order. */
  public List<Path> files() {
    return List.copyOf(files);
  }

  /** Playlists written so far. */
  public long playlists() {
    return written;
  }

  /** Playlist items written so far. */
  public long items() {
    return items;
  }

  private MpdPlaylist toMpd(Playlist p, long pid) {
    List<MpdTrack> mpdTracks = new ArrayList<>(p.items().size());
    Set<String> albums = new HashSet<>();
    Set<String> artists = new HashSet<>();
    Set<LocalDate> editDays = new HashSet<>();
    long duration = 0;
    long modified = 0;
    for (PlaylistItem item : p.items()) {
      Track t = tracks.get(item.trackId());
      if (t == null) {
        throw new IllegalArgumentException("playlist " + p.id() + " has track " + item.trackId()
            + " that the MPD writer has not seen; stream the catalog before the playlists");
      }
      String artistId = t.primaryArtistId();
      mpdTracks.add(new MpdTrack(mpdTracks.size(), artistNames.getOrDefault(artistId, ""),
          t.uri(), "spotify:artist:" + artistId, t.name(), "spotify:album:" + t.albumId(),
          t.durationMs(), albumNames.getOrDefault(t.albumId(), "")));
      albums.add(t.albumId());
      artists.add(artistId);
      editDays.add(LocalDate.ofInstant(item.addedAt(), ZoneOffset.UTC));
      duration += t.durationMs();
      modified = Math.max(modified, item.addedAt().getEpochSecond());
    }
    String description = p.description().isEmpty() ? null : p.description();
    return new MpdPlaylist(p.name(), p.collaborative(), pid, modified, mpdTracks.size(),
        albums.size(), (int) Math.min(Integer.MAX_VALUE, p.followers()), mpdTracks,
        Math.max(1, editDays.size()), duration, artists.size(), description);
  }

  private void openSlice() {
    long first = written;
    String range = first + "-" + (first + sliceSize - 1);
    Path file = dir.resolve("mpd.slice." + range + ".json");
    try {
      OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
      out = JSON.createGenerator(ObjectWriteContext.empty(), os, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
    files.add(file);
    out.writeStartObject();
    out.writeName("info");
    out.writeStartObject();
    out.writeStringProperty("generated_on", generatedOn);
    out.writeStringProperty("slice", range);
    out.writeStringProperty("version", "v1");
    out.writeEndObject();
    out.writeName("playlists");
    out.writeStartArray();
  }

  private void closeSlice() {
    if (out == null) {
      return;
    }
    try {
      out.writeEndArray();
      out.writeEndObject();
      out.writeRaw('\n');
      out.close();
    } catch (JacksonException e) {
      throw new UncheckedIOException("cannot finish MPD slice in " + dir,
          new IOException(e.getMessage(), e));
    } finally {
      out = null;
    }
  }

  private void writePlaylist(MpdPlaylist p) {
    out.writeRaw('\n');
    out.writeStartObject();
    out.writeStringProperty("name", p.name());
    out.writeStringProperty("collaborative", Boolean.toString(p.collaborative()));
    out.writeNumberProperty("pid", p.pid());
    out.writeNumberProperty("modified_at", p.modifiedAt());
    out.writeNumberProperty("num_tracks", p.numTracks());
    out.writeNumberProperty("num_albums", p.numAlbums());
    out.writeNumberProperty("num_followers", p.numFollowers());
    out.writeName("tracks");
    out.writeStartArray();
    for (MpdTrack t : p.tracks()) {
      out.writeStartObject();
      out.writeNumberProperty("pos", t.pos());
      out.writeStringProperty("artist_name", t.artistName());
      out.writeStringProperty("track_uri", t.trackUri());
      out.writeStringProperty("artist_uri", t.artistUri());
      out.writeStringProperty("track_name", t.trackName());
      out.writeStringProperty("album_uri", t.albumUri());
      out.writeNumberProperty("duration_ms", t.durationMs());
      out.writeStringProperty("album_name", t.albumName());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeNumberProperty("num_edits", p.numEdits());
    out.writeNumberProperty("duration_ms", p.durationMs());
    out.writeNumberProperty("num_artists", p.numArtists());
    if (p.description() != null) {
      out.writeStringProperty("description", p.description());
    }
    out.writeEndObject();
  }

  /** Options of an {@link MpdWriter}; every setter rejects a bad value at once. */
  public static final class Builder {
    private final Path dir;
    private int sliceSize = 1000;
    private String generatedOn = "2025-06-01 00:00:00.000000";

    private Builder(Path dir) {
      if (dir == null) {
        throw new IllegalArgumentException("MPD output dir must not be null");
      }
      this.dir = dir;
    }

    /** Playlists per slice file; 1,000 as in the MPD. */
    public Builder sliceSize(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("sliceSize must be >= 1, got " + n);
      }
      this.sliceSize = n;
      return this;
    }

    /** The {@code info.generated_on} text; fixed by default so that output is reproducible. */
    public Builder generatedOn(String text) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("generatedOn must not be blank, got " + Require.quote(text));
      }
      this.generatedOn = text;
      return this;
    }

    /** The writer; creates the directory. */
    public MpdWriter build() {
      return new MpdWriter(this);
    }
  }
}
