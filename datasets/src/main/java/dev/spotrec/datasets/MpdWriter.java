package dev.spotrec.datasets;

import dev.spotrec.datasets.internal.JsonBytes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes playlists in the Million Playlist Dataset JSON format: files {@code mpd.slice.A-B.json} of
 * {@code sliceSize} playlists (1,000 by default), each {@code {"info": {...}, "playlists": [...]}}
 * with the MPD's field names. As a {@link WorldSink} it keeps only the catalog (to name tracks,
 * albums and artists) and writes each playlist as it arrives, numbering them from pid 0; so a
 * streamed world of a million playlists never sits in memory. Output is a pure function of the
 * input: no clock, no hash order.
 *
 * <p>Design: the JSON of a track entry is the same in every playlist except its {@code pos}, so
 * each track's entry is escaped and UTF-8-encoded once when the track arrives and then copied as
 * bytes: writing an item is one hash lookup and one array copy (about 240 bytes), which keeps the
 * 66-million-item MPD write I/O-bound. Distinct albums and artists per playlist are counted with
 * stamped int arrays, not hash sets.
 *
 * <pre>{@code
 * try (MpdWriter mpd = MpdWriter.builder(dir).build()) {
 *   Worlds.stream(WorldSpec.parse("synthetic:playlists=1000000,tracks=2000000"), mpd);
 * }
 * }</pre>
 */
public final class MpdWriter implements WorldSink, AutoCloseable {
  private static final int FLUSH_AT = 1 << 20;

  private final Path dir;
  private final int sliceSize;
  private final String generatedOn;
  private final Map<String, Integer> artistIndex = new HashMap<>();
  private final Map<String, Integer> albumIndex = new HashMap<>();
  private final List<String> artistNames = new ArrayList<>();
  private final List<String> albumNames = new ArrayList<>();
  private final Map<String, Entry> tracks = new HashMap<>();
  private int[] albumStamp = new int[0];
  private int[] artistStamp = new int[0];
  private int stamp;
  private final List<Path> files = new ArrayList<>();
  private final JsonBytes json = new JsonBytes(1 << 21);
  private final JsonBytes scratch = new JsonBytes(1024);
  private OutputStream out;
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

  /**
   * What the MPD needs of a track, resolved once when the track arrives, so writing an item is one
   * hash lookup; the album and artist indices let playlists count distinct ones without hashing.
   */
  private record Entry(byte[] json, int durationMs, int album, int artist) {}

  @Override
  public void artist(Artist artist) {
    artistIndex.put(artist.id(), artistNames.size());
    artistNames.add(artist.name());
  }

  @Override
  public void album(Album album) {
    albumIndex.put(album.id(), albumNames.size());
    albumNames.add(album.name());
  }

  @Override
  public void track(Track t) {
    Integer album = albumIndex.get(t.albumId());
    Integer artist = artistIndex.get(t.primaryArtistId());
    if (album == null || artist == null) {
      throw new IllegalArgumentException("track " + t.id() + " arrived before its album "
          + t.albumId() + " or artist " + t.primaryArtistId() + "; stream the catalog in order");
    }
    scratch.reset();
    trackFields(scratch, artistNames.get(artist), t.uri(), "spotify:artist:" + t.primaryArtistId(),
        t.name(), "spotify:album:" + t.albumId(), t.durationMs(), albumNames.get(album));
    tracks.put(t.id(), new Entry(scratch.toByteArray(), t.durationMs(), album, artist));
  }

  /** Converts a world playlist (its tracks, albums and artists came before) and writes it. */
  @Override
  public void playlist(Playlist playlist) {
    beforePlaylist();
    Summary sum = summarise(playlist);
    json.ascii("\n{\"name\":").string(playlist.name())
        .ascii(",\"collaborative\":\"").ascii(Boolean.toString(playlist.collaborative()))
        .ascii("\",\"pid\":").number(written)
        .ascii(",\"modified_at\":").number(sum.modified)
        .ascii(",\"num_tracks\":").number(playlist.items().size())
        .ascii(",\"num_albums\":").number(sum.albums)
        .ascii(",\"num_followers\":").number(Math.min(Integer.MAX_VALUE, playlist.followers()))
        .ascii(",\"tracks\":[");
    for (int k = 0; k < sum.entries.length; k++) {
      json.ascii(k == 0 ? "{\"pos\":" : ",{\"pos\":").number(k).ascii(",").raw(sum.entries[k].json());
    }
    json.ascii("],\"num_edits\":").number(sum.edits)
        .ascii(",\"duration_ms\":").number(sum.duration)
        .ascii(",\"num_artists\":").number(sum.artists);
    if (!playlist.description().isEmpty()) {
      json.ascii(",\"description\":").string(playlist.description());
    }
    json.ascii("}");
    afterPlaylist(playlist.items().size());
  }

  /** Writes one playlist as it is; its pid is kept. */
  public void write(MpdPlaylist p) {
    beforePlaylist();
    json.ascii("\n{\"name\":").string(p.name())
        .ascii(",\"collaborative\":\"").ascii(Boolean.toString(p.collaborative()))
        .ascii("\",\"pid\":").number(p.pid())
        .ascii(",\"modified_at\":").number(p.modifiedAt())
        .ascii(",\"num_tracks\":").number(p.numTracks())
        .ascii(",\"num_albums\":").number(p.numAlbums())
        .ascii(",\"num_followers\":").number(p.numFollowers())
        .ascii(",\"tracks\":[");
    for (int k = 0; k < p.tracks().size(); k++) {
      MpdTrack t = p.tracks().get(k);
      json.ascii(k == 0 ? "{\"pos\":" : ",{\"pos\":").number(t.pos()).ascii(",");
      trackFields(json, t.artistName(), t.trackUri(), t.artistUri(), t.trackName(), t.albumUri(),
          t.durationMs(), t.albumName());
    }
    json.ascii("],\"num_edits\":").number(p.numEdits())
        .ascii(",\"duration_ms\":").number(p.durationMs())
        .ascii(",\"num_artists\":").number(p.numArtists());
    if (p.description() != null) {
      json.ascii(",\"description\":").string(p.description());
    }
    json.ascii("}");
    afterPlaylist(p.tracks().size());
  }

  private static void trackFields(JsonBytes out, String artistName, String trackUri,
      String artistUri, String trackName, String albumUri, long durationMs, String albumName) {
    out.ascii("\"artist_name\":").string(artistName)
        .ascii(",\"track_uri\":").string(trackUri)
        .ascii(",\"artist_uri\":").string(artistUri)
        .ascii(",\"track_name\":").string(trackName)
        .ascii(",\"album_uri\":").string(albumUri)
        .ascii(",\"duration_ms\":").number(durationMs)
        .ascii(",\"album_name\":").string(albumName)
        .ascii("}");
  }

  private void beforePlaylist() {
    if (closed) {
      throw new IllegalStateException("MpdWriter for " + dir + " is closed");
    }
    if (written % sliceSize == 0) {
      openSlice();
    } else {
      json.ascii(",");
    }
  }

  private void afterPlaylist(int tracks) {
    written++;
    items += tracks;
    if (json.size() > FLUSH_AT) {
      flushBuffer();
    }
    if (written % sliceSize == 0) {
      closeSlice();
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

  /** Per-playlist MPD counts. */
  private record Summary(Entry[] entries, int albums, int artists, long duration, long modified,
      int edits) {}

  private Summary summarise(Playlist p) {
    if (albumStamp.length < albumNames.size() || artistStamp.length < artistNames.size()) {
      albumStamp = new int[albumNames.size()];
      artistStamp = new int[artistNames.size()];
    }
    stamp++;
    int n = p.items().size();
    Entry[] entries = new Entry[n];
    long[] days = new long[n];
    int albums = 0;
    int artists = 0;
    long duration = 0;
    long modified = 0;
    for (int k = 0; k < n; k++) {
      PlaylistItem item = p.items().get(k);
      Entry t = tracks.get(item.trackId());
      if (t == null) {
        throw new IllegalArgumentException("playlist " + p.id() + " has track " + item.trackId()
            + " that the MPD writer has not seen; stream the catalog before the playlists");
      }
      entries[k] = t;
      if (albumStamp[t.album()] != stamp) {
        albumStamp[t.album()] = stamp;
        albums++;
      }
      if (artistStamp[t.artist()] != stamp) {
        artistStamp[t.artist()] = stamp;
        artists++;
      }
      long second = item.addedAt().getEpochSecond();
      days[k] = Math.floorDiv(second, 86_400L);
      duration += t.durationMs();
      modified = Math.max(modified, second);
    }
    return new Summary(entries, albums, artists, duration, modified, Math.max(1, distinct(days)));
  }

  /** Editing sessions are approximated by the distinct days on which items were added. */
  private static int distinct(long[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        n++;
      }
    }
    return n;
  }

  private void openSlice() {
    long first = written;
    String range = first + "-" + (first + sliceSize - 1);
    Path file = dir.resolve("mpd.slice." + range + ".json");
    try {
      out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
    files.add(file);
    json.ascii("{\"info\":{\"generated_on\":").string(generatedOn)
        .ascii(",\"slice\":").string(range)
        .ascii(",\"version\":\"v1\"},\"playlists\":[");
  }

  private void flushBuffer() {
    try {
      json.writeTo(out);
      json.reset();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + files.getLast(), e);
    }
  }

  private void closeSlice() {
    if (out == null) {
      return;
    }
    json.ascii("\n]}\n");
    try (OutputStream o = out) {
      flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + files.getLast(), e);
    } finally {
      out = null;
    }
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
