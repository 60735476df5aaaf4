package dev.spotrec.app.service;

import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommendation;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Serves playlist continuations from a trained model directory, with names and human explanations
 * from the warehouse, and the most-popular baseline for experiments.
 *
 * <p>The baseline is fitted at {@link #open} on the model's own training data, so both lists share
 * the catalog, the exclusions (the playlist's tracks) and version de-duplication. Thread-safe after
 * {@code open}; loading the demo model takes well under a second.
 */
public final class RecommendationService implements AutoCloseable {
    /** Tracks per top artist used as the seed when a user has top artists but no top tracks. */
    static final int TRACKS_PER_TOP_ARTIST = 3;

    private final Recommender model;
    private final Recommender baseline;
    private final Catalog catalog;
    private final Explainer explainer;

    private RecommendationService(Recommender model, Recommender baseline, Catalog catalog) {
        this.model = model;
        this.baseline = baseline;
        this.catalog = catalog;
        this.explainer = new Explainer(model.data(), catalog);
    }

    /**
     * Loads the model (ModelStore.load) and reads track, artist, album and user names from the
     * warehouse.
     *
     * @throws IllegalArgumentException when {@code modelDir} holds no model
     * @throws dev.spotrec.recommender.RecommenderException when the model cannot be read
     */
    public static RecommendationService open(Path modelDir, Warehouse warehouse) {
        if (!Files.isRegularFile(modelDir.resolve("model.properties"))) {
            throw new IllegalArgumentException("no model at " + modelDir + "; run spotrec train");
        }
        Recommender model = ModelStore.load(modelDir);
        Recommender baseline = Models.create("most-popular");
        baseline.fit(model.data());
        return new RecommendationService(model, baseline, Catalog.read(warehouse));
    }

    /** The model's name, e.g. {@code hybrid}. */
    public String modelName() {
        return model.name();
    }

    /** Continues {@code playlist} with up to {@code n} tracks from the model. */
    public Continuation continuePlaylist(PlaylistInput playlist, int n) {
        return continuation(model, seed(playlist), n);
    }

    /**
     * Recommends up to {@code n} tracks from a user's top items: the top tracks are the seed; with
     * none, the catalog's most played tracks by the top artists are.
     */
    public Continuation fromTopItems(
            String userId, List<String> topTrackIds, List<String> topArtistIds, int n) {
        TrainingData data = model.data();
        Collection<String> seedTracks = topTrackIds;
        if (topTrackIds.isEmpty()) {
            seedTracks = tracksBy(topArtistIds);
        }
        return continuation(model, data.seedOf(null, seedTracks, userId), n);
    }

    /** The most-popular baseline with the same exclusions and version de-duplication. */
    public Continuation baseline(PlaylistInput playlist, int n) {
        return continuation(baseline, seed(playlist), n);
    }

    /** The track as the warehouse knows it. */
    public Optional<TrackInfo> track(String trackId) {
        return Optional.ofNullable(catalog.track(trackId));
    }

    /** Releases nothing: the model lives in memory and the caller owns the warehouse. */
    @Override
    public void close() {}

    private Seed seed(PlaylistInput p) {
        return model.data().seedOf(p.name(), p.trackIds(), p.ownerId());
    }

    private Continuation continuation(Recommender r, Seed seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        List<Recommendation> recs = r.recommend(seed, n);
        List<ContinuationItem> items = new ArrayList<>(recs.size());
        for (Recommendation rec : recs) {
            items.add(item(items.size() + 1, rec, seed));
        }
        return new Continuation(r.name(), items);
    }

    private ContinuationItem item(int rank, Recommendation rec, Seed seed) {
        TrackInfo info = catalog.track(rec.key());
        List<String> artists;
        if (info != null) {
            artists = info.artists();
        } else {
            int artist = model.data().itemArtist(rec.item());
            artists =
                    artist < 0
                            ? List.of()
                            : List.of(catalog.artistName(model.data().artists().key(artist)));
        }
        List<String> phrases = explainer.phrases(rec.explanation(), seed, rec.item());
        return new ContinuationItem(
                rank,
                rec.key(),
                info == null ? rec.key() : info.name(),
                artists,
                info == null ? null : info.album(),
                rec.score(),
                phrases.get(0),
                phrases);
    }

    /** The most popular catalog tracks of each artist, a few per artist. */
    private List<String> tracksBy(List<String> artistKeys) {
        TrainingData data = model.data();
        int[] byPopularity = baseline.rank(Seed.empty(), data.items().size()).items();
        Set<String> out = new LinkedHashSet<>();
        for (String key : artistKeys) {
            int artist = data.artists().id(key);
            int found = 0;
            for (int k = 0; artist >= 0 && k < byPopularity.length; k++) {
                if (data.itemArtist(byPopularity[k]) == artist) {
                    out.add(data.items().key(byPopularity[k]));
                    if (++found == TRACKS_PER_TOP_ARTIST) {
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
