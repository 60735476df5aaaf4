package dev.spotrec.app.data;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.UserFollow;
import dev.spotrec.datasets.WorldSink;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link WorldSink} that fills a {@link TrainingData} while a world streams by (a synthetic
 * world, a Spotify CSV or an MPD directory), with the same side data as {@link
 * WarehouseTrainingData}: playlists x tracks in order, titles and owners, track artist, title,
 * ISRC, audio features, popularity and release year, artist genres as tags, follow links and top
 * items. Holds only genre, release-year and playlist-owner maps besides the builder.
 */
final class WorldTrainingData implements WorldSink {
    private final TrainingDataBuilder b = TrainingData.builder();
    private final Map<String, List<String>> genres = new HashMap<>();
    private final Map<String, Integer> albumYear = new HashMap<>();
    private final Map<String, String> playlistOwner = new HashMap<>();

    @Override
    public void artist(Artist a) {
        if (!a.genres().isEmpty()) {
            genres.put(a.id(), a.genres());
        }
    }

    @Override
    public void album(Album a) {
        Integer year = WarehouseTrainingData.year(a.releaseDate());
        if (year != null) {
            albumYear.put(a.id(), year);
        }
    }

    @Override
    public void track(Track t) {
        String artist = t.artistIds().isEmpty() ? null : t.artistIds().get(0);
        b.item(t.id(), artist, t.name(), t.isrc());
        b.itemAttribute(t.id(), WarehouseTrainingData.POPULARITY, t.popularity());
        Integer year = albumYear.get(t.albumId());
        if (year != null) {
            b.itemAttribute(t.id(), WarehouseTrainingData.RELEASE_YEAR, year);
        }
        WarehouseTrainingData.audioFeatures(b, t.id(), t.features());
        for (String g : genres.getOrDefault(artist, List.of())) {
            b.itemTag(t.id(), g, 1f);
        }
    }

    @Override
    public void playlist(Playlist p) {
        playlistOwner.put(p.id(), p.ownerId());
        if (p.items().isEmpty()) {
            return;
        }
        for (PlaylistItem item : p.items()) {
            b.interaction(p.id(), item.trackId(), 1f);
        }
        b.rowTitle(p.id(), p.name());
        b.rowOwner(p.id(), p.ownerId());
    }

    @Override
    public void playlistFollow(PlaylistFollow f) {
        String owner = playlistOwner.get(f.playlistId());
        if (owner != null && !owner.equals(f.userId())) {
            b.link(f.userId(), owner, 1f);
        }
    }

    @Override
    public void userFollow(UserFollow f) {
        b.link(f.userId(), f.followedUserId(), 1f);
    }

    @Override
    public void topItems(TopItems t) {
        for (int i = 0; i < t.trackIds().size(); i++) {
            if (b.hasItem(t.trackIds().get(i))) {
                b.topItem(t.userId(), t.trackIds().get(i), 1f / (1f + i / 10f));
            }
        }
        for (int i = 0; i < t.artistIds().size(); i++) {
            b.topArtist(t.userId(), t.artistIds().get(i), 1f / (1f + i / 10f));
        }
    }

    TrainingData build() {
        return b.build();
    }
}
