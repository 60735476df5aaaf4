package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the world model stores of an MPD entry: ids from the URIs, only the fields the MPD has. */
class MpdConversionTest {
    private static final MpdTrack TRACK =
            new MpdTrack(
                    0,
                    "Ann",
                    "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
                    "spotify:artist:0gxyHStUsqpMadRV0Di1Qt",
                    "Song",
                    "spotify:album:6vV5UrXcfyQD1wu4Qo2I9K",
                    0,
                    "Record");

    @Test
    void aTrackGivesItsArtistAlbumAndTrackByIdWithOnlyTheMpdsFields() {
        assertThat(TRACK.artist())
                .isEqualTo(new Artist("0gxyHStUsqpMadRV0Di1Qt", "Ann", List.of(), 0, 0));
        assertThat(TRACK.album().id()).isEqualTo("6vV5UrXcfyQD1wu4Qo2I9K");
        assertThat(TRACK.album().name()).isEqualTo("Record");
        assertThat(TRACK.album().artistIds()).containsExactly("0gxyHStUsqpMadRV0Di1Qt");
        Track t = TRACK.track();
        assertThat(t.id()).isEqualTo("4uLU6hMCjMI75M1A2tKUQC");
        assertThat(t.albumId()).isEqualTo("6vV5UrXcfyQD1wu4Qo2I9K");
        assertThat(t.artistIds()).containsExactly("0gxyHStUsqpMadRV0Di1Qt");
        assertThat(t.durationMs()).as("0 ms is stored as the least allowed").isEqualTo(1);
    }

    @Test
    void aPlaylistIsOwnedByTheMpdUserWithAnIdDerivedFromItsPid() {
        MpdPlaylist p =
                new MpdPlaylist(
                        "Road trip",
                        true,
                        42,
                        1_500_000_000L,
                        1,
                        1,
                        3,
                        List.of(TRACK),
                        0,
                        1,
                        1,
                        null);
        List<PlaylistItem> items =
                List.of(
                        new PlaylistItem(
                                "4uLU6hMCjMI75M1A2tKUQC",
                                Instant.ofEpochSecond(1_500_000_000L),
                                MpdPlaylist.OWNER));
        Playlist out = p.toPlaylist(items);

        assertThat(out.id()).isEqualTo(SpotifyIds.derive("mpd-playlist", "42"));
        assertThat(out.ownerId()).isEqualTo("mpd");
        assertThat(out.name()).isEqualTo("Road trip");
        assertThat(out.description()).as("a missing description is empty").isEmpty();
        assertThat(out.collaborative()).isTrue();
        assertThat(out.items()).isEqualTo(items);
        assertThat(p.toPlaylist(List.of()).id()).isEqualTo(out.id());
    }
}
