package dev.spotrec.app.data;

import dev.spotrec.datasets.HetRecArtist;
import dev.spotrec.datasets.HetRecLastFm;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * HetRec Last.fm as training data, through the datasets reader: users are rows and own themselves,
 * artists are items (each its own artist), listening counts are weights, friend links are the
 * social graph, and users' tag assignments are artist tags. A tag a user gave an artist they
 * listened to is evidence of that pair, so it is a pair tag, which an evaluation split hides with
 * the held-out pair (otherwise the tags of a user's test artists would leak them). Ids are the
 * stable base62 ids the warehouse import uses, so a model trained here and one trained on an
 * imported warehouse agree.
 */
final class HetRecTrainingData {
    private HetRecTrainingData() {}

    static TrainingData load(Path dir) {
        TrainingDataBuilder b = TrainingData.builder().rowsAreUsers();
        Set<Integer> users = new HashSet<>();
        HetRecLastFm.forEachInteraction(
                dir,
                i -> {
                    users.add(i.userId());
                    b.interaction(
                            HetRecLastFm.userId(i.userId()),
                            HetRecLastFm.artistId(i.artistId()),
                            i.weight());
                });
        for (HetRecArtist a : HetRecLastFm.artists(dir)) {
            String id = HetRecLastFm.artistId(a.id());
            if (b.hasItem(id)) {
                b.item(id, id, a.name(), null);
            }
        }
        HetRecLastFm.forEachTagging(
                dir,
                (user, artist, tag) -> {
                    String id = HetRecLastFm.artistId(artist);
                    if (users.contains(user) && b.hasItem(id)) {
                        b.pairTag(HetRecLastFm.userId(user), id, tag, 1f);
                    }
                });
        HetRecLastFm.forEachFriendship(
                dir,
                (user, friend) ->
                        b.link(HetRecLastFm.userId(user), HetRecLastFm.userId(friend), 1f));
        return b.build();
    }
}
