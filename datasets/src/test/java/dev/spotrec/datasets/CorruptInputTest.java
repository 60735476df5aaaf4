package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers on corrupt files: each error names the file, the position and the problem. */
class CorruptInputTest {
  @TempDir Path dir;

  @Test
  void truncatedMpdSliceNamesFileAndOffset() throws IOException {
    Path slice = writeMpd().getFirst();
    byte[] bytes = Files.readAllBytes(slice);
    Files.write(slice, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> MpdReader.forEach(dir.resolve("mpd"), p -> { }))
        .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
          assertThat(e.file()).isEqualTo(slice);
          assertThat(e.byteOffset()).isBetween(bytes.length / 2L - 1, (long) bytes.length);
          assertThat(e.line()).isPositive();
        })
        .hasMessageContaining("mpd.slice.0-99.json")
        .hasMessageContaining("byte offset")
        .hasMessageContaining("truncated");
  }

  @Test
  void mpdFieldOfTheWrongTypeIsNamed() throws IOException {
    Path slice = writeMpd().getFirst();
    String json = Files.readString(slice).replaceFirst("\"pid\":0", "\"pid\":\"zero\"");
    Files.writeString(slice, json);
    assertThatThrownBy(() -> MpdReader.forEach(slice, p -> { }))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("field \"pid\" must be an integer, got string 'zero'")
        .hasMessageContaining("line 2");
  }

  @Test
  void mpdTrackWithoutUriIsNamed() throws IOException {
    Path slice = writeMpd().getFirst();
    Files.writeString(slice, Files.readString(slice).replaceFirst("\"track_uri\"", "\"uri\""));
    assertThatThrownBy(() -> MpdReader.forEach(slice, p -> { }))
        .hasMessageContaining("track at index 0 has no \"track_uri\"");
  }

  @Test
  void mpdWithInvalidUtf8IsRejected() throws IOException {
    Path slice = writeMpd().getFirst();
    byte[] bytes = Files.readAllBytes(slice);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"name\":\"") + 8;
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    Files.write(slice, bytes);
    assertThatThrownBy(() -> MpdReader.forEach(slice, p -> { }))
        .isInstanceOfSatisfying(DatasetFormatException.class,
            e -> assertThat(e.byteOffset()).isBetween(at - 2L, at + 3L))
        .hasMessageContaining("UTF-8");
  }

  @Test
  void missingMpdDirectoryIsNamed() {
    assertThatThrownBy(() -> Worlds.load("mpd:" + dir.resolve("nope")))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("nope").hasMessageContaining("no such MPD file or directory");
  }

  @Test
  void hetrecBadNumberNamesColumnAndLine() throws IOException {
    Path hetrec = hetrec("2\t1\t100\n2\t2\tlots\n");
    assertThatThrownBy(() -> HetRecLastFm.forEachInteraction(hetrec, i -> { }))
        .isInstanceOfSatisfying(DatasetFormatException.class,
            e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("user_artists.dat, line 3")
        .hasMessageContaining("column 'weight' must be an integer, got 'lots'");
  }

  @Test
  void hetrecTruncatedLineIsNamed() throws IOException {
    Path hetrec = hetrec("2\t1\t100\n2\t2");
    assertThatThrownBy(() -> Worlds.load(new WorldSpec.HetRec(hetrec)))
        .hasMessageContaining("user_artists.dat, line 3")
        .hasMessageContaining("expected 3 tab-separated fields")
        .hasMessageContaining("truncated");
  }

  @Test
  void hetrecUtf8FileInAnotherEncodingIsNamed() throws IOException {
    Path hetrec = hetrec("2\t1\t100\n");
    Files.write(hetrec.resolve("artists.dat"), ("id\tname\turl\tpictureURL\n1\tA\tu\tp\n"
        + "2\tBeyonc\u00e9\tu\tp\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Worlds.load(new WorldSpec.HetRec(hetrec)))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("artists.dat, line 3, byte offset 39")
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void hetrecWrongHeaderAndUnknownArtistAreNamed() throws IOException {
    Path hetrec = hetrec("2\t9\t100\n");
    assertThatThrownBy(() -> Worlds.load(new WorldSpec.HetRec(hetrec)))
        .hasMessageContaining("user_artists.dat, line 2")
        .hasMessageContaining("artistID 9 is not in artists.dat");
    Files.writeString(hetrec.resolve("user_friends.dat"), "user\tfriend\n");
    assertThatThrownBy(() -> HetRecLastFm.forEachFriendship(hetrec, (u, f) -> { }))
        .hasMessageContaining("user_friends.dat, line 1")
        .hasMessageContaining("expected the header 'userID\\tfriendID'");
  }

  @Test
  void hetrecTagsAreDecodedAsLatin1() throws IOException {
    Path hetrec = hetrec("2\t1\t100\n");
    World world = Worlds.load(new WorldSpec.HetRec(hetrec));
    assertThat(world.artist(HetRecLastFm.artistId(1)).orElseThrow().genres())
        .containsExactly("tropic\u00e1lia");
    assertThat(world.stats().follows()).isEqualTo(3);
  }

  @Test
  void csvUnterminatedQuoteNamesTheLineWhereItStarts() throws IOException {
    Path csv = csv(row("t1", "ok"), row("t2", "\"Unclosed, name").replace("\"A, B\"", "Solo"));
    assertThatThrownBy(() -> SpotifyPlaylistCsv.forEachRow(csv, r -> { }))
        .isInstanceOfSatisfying(DatasetFormatException.class,
            e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("songs.csv, line 3")
        .hasMessageContaining("file ends inside a quoted field");
    Path stray = csv(row("t1", "\"Closed\" early"));
    assertThatThrownBy(() -> SpotifyPlaylistCsv.forEachRow(stray, r -> { }))
        .hasMessageContaining("line 2: text after the closing quote of a field: ' '");
  }

  @Test
  void csvBadFieldNamesColumnAndLine() throws IOException {
    Path csv = csv(row("t1", "Fine"), row("t2", "Also fine").replace(",0.5,", ",loud,"));
    assertThatThrownBy(() -> SpotifyPlaylistCsv.forEachRow(csv, r -> { }))
        .hasMessageContaining("songs.csv, line 3")
        .hasMessageContaining("column 'energy' must be a number, got 'loud'");
  }

  @Test
  void csvInWrongEncodingNamesTheLine() throws IOException {
    Path csv = csv(row("t1", "Fine"), row("t2", "Caf\u00e9"));
    Files.write(csv, Files.readString(csv).getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> SpotifyPlaylistCsv.forEachRow(csv, r -> { }))
        .hasMessageContaining("songs.csv, line 3").hasMessageContaining("not valid UTF-8");
  }

  @Test
  void csvQuotedFieldsAndCrlfParse() throws IOException {
    Path csv = csv(row("t1", "\"Say \"\"Hi\"\", now\""), row("t2", "Plain"));
    Files.writeString(csv, Files.readString(csv).replace("\n", "\r\n"));
    List<SpotifyCsvRow> rows = new java.util.ArrayList<>();
    assertThat(SpotifyPlaylistCsv.forEachRow(csv, rows::add)).isEqualTo(2);
    assertThat(rows.getFirst().trackName()).isEqualTo("Say \"Hi\", now");
  }

  @Test
  void csvMissingColumnsAndShortRowsAreNamed() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "track_id,track_name\nx,y\n");
    assertThatThrownBy(() -> SpotifyPlaylistCsv.forEachRow(csv, r -> { }))
        .hasMessageContaining("bad.csv, line 1").hasMessageContaining("header lacks the columns");
    Path shortRow = csv(row("t1", "Fine"), "abc,def");
    assertThatThrownBy(() -> SpotifyPlaylistCsv.forEachRow(shortRow, r -> { }))
        .hasMessageContaining("line 3").hasMessageContaining("got 2 (truncated line?)");
  }

  private List<Path> writeMpd() {
    try (MpdWriter w = MpdWriter.builder(dir.resolve("mpd")).sliceSize(100).build()) {
      Worlds.stream(WorldSpec.parse("synthetic:users=20,artists=20,playlists=150"), w);
      return w.files();
    }
  }

  private Path hetrec(String userArtists) throws IOException {
    Path d = Files.createDirectories(dir.resolve("hetrec"));
    Files.writeString(d.resolve("artists.dat"), "id\tname\turl\tpictureURL\n1\tA\tu\tp\n"
        + "2\tB\tu\t\n");
    Files.write(d.resolve("tags.dat"),
        "tagID\ttagValue\n1\ttropic\u00e1lia\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(d.resolve("user_taggedartists.dat"),
        "userID\tartistID\ttagID\tday\tmonth\tyear\n2\t1\t1\t1\t4\t2009\n");
    Files.writeString(d.resolve("user_friends.dat"), "userID\tfriendID\n2\t3\n3\t2\n");
    Files.writeString(d.resolve("user_artists.dat"), "userID\tartistID\tweight\n" + userArtists);
    return d;
  }

  private static final String HEADER = "track_id,track_name,track_artist,track_popularity,"
      + "duration_ms,track_album_id,track_album_name,track_album_release_date,playlist_id,"
      + "playlist_name,playlist_genre,playlist_subgenre,danceability,energy,valence,tempo,"
      + "acousticness,instrumentalness,liveness,speechiness,loudness,key,mode";

  private static String row(String track, String name) {
    return SpotifyIds.derive("csv", track) + "," + name + ",\"A, B\",50,200000,"
        + SpotifyIds.derive("album", track) + ",Album,2020-01-01,"
        + SpotifyIds.derive("pl", "p") + ",List,pop,dance,0.4,0.5,0.6,120.0,0.1,0.0,0.1,0.05,"
        + "-6.0,5,1";
  }

  private Path csv(String... rows) throws IOException {
    Path file = dir.resolve("songs.csv");
    Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
    return file;
  }
}
