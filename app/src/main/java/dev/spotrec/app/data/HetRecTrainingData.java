package dev.spotrec.app.data;

import dev.spotrec.datasets.HetRecArtist;
import dev.spotrec.datasets.HetRecLastFm;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import java.nio.file.Path;

/**
 * HetRec Last.fm as training data, through the datasets reader: users are rows and own themselves,
 * artists are items (each its own artist), listening counts are weights, friend links are the
 * social graph and each artist's top tags are its tags. Ids are the stable base62 ids the warehouse
 * import uses, so a model trained here and one trained on an imported warehouse agree.
 */
final class HetRecTrainingData {
    private HetRecTrainingData() {}

    static TrainingData load(Path dir) {
        TrainingDataBuilder b = TrainingData.builder().rowsAreUsers();
        HetRecLastFm.forEachInteraction(
                dir,
                i ->
                        b.interaction(
                                HetRecLastFm.userId(i.userId()),
                                HetRecLastFm.artistId(i.artistId()),
                                i.weight()));
        for (HetRecArtist a : HetRecLastFm.artists(dir)) {
            String id = HetRecLastFm.artistId(a.id());
            if (b.hasItem(id)) {
                b.item(id, id, a.name(), null);
                a.tags().forEach(t -> b.itemTag(id, t, 1f));
            }
        }
        HetRecLastFm.forEachFriendship(
                dir,
                (user, friend) ->
                        b.link(HetRecLastFm.userId(user), HetRecLastFm.userId(friend), 1f));
        return b.build();
    }
}
