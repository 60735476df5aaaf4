package dev.spotrec.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

    @Test
    void streamingBuilderMapsKeysAndKeepsSideData() {
        TrainingData d =
                TrainingData.builder()
                        .interaction("p1", "t3", 1)
                        .interaction("p1", "t1", 1)
                        .interaction("p2", "t1", 2)
                        .item("t1", "artistA", "Song (Live)", "usabc1234567")
                        .item("t3", "artistB", "Other", null)
                        .itemAttribute("t1", "energy", 0.5f)
                        .itemTag("t3", "rock", 2)
                        .rowTitle("p1", "Road trip")
                        .rowOwner("p1", "alice")
                        .link("alice", "bob", 1)
                        .topItem("bob", "t3", 1)
                        .build();
        assertThat(d.rows().size()).isEqualTo(2);
        assertThat(d.items().size()).isEqualTo(2);
        int t1 = d.items().id("t1");
        assertThat(d.interactions().get(d.rows().id("p2"), t1)).isEqualTo(2f);
        assertThat(d.artists().key(d.itemArtist(t1))).isEqualTo("artistA");
        assertThat(d.itemIsrc(t1)).isEqualTo("USABC1234567");
        assertThat(d.attribute(t1, d.attributes().id("energy"))).isEqualTo(0.5f);
        assertThat(d.attribute(d.items().id("t3"), 0)).isNaN();
        assertThat(d.rowTitle(0)).isEqualTo("Road trip");
        assertThat(d.users().key(d.rowOwner(0))).isEqualTo("alice");
        assertThat(d.rowOwner(1)).isEqualTo(-1);
        assertThat(d.links().nnz()).isEqualTo(1);
    }

    @Test
    void keepsPlaylistOrderAndRowsAreUsersOwnsThemselves() {
        TrainingData d =
                TrainingData.builder()
                        .rowsAreUsers()
                        .interaction("u", "c", 1)
                        .interaction("u", "a", 1)
                        .interaction("u", "b", 1)
                        .build();
        assertThat(d.orderedRow(0))
                .containsExactly(d.items().id("c"), d.items().id("a"), d.items().id("b"));
        assertThat(d.users().key(d.rowOwner(0))).isEqualTo("u");
    }

    @Test
    void seedsFromKeysDropUnknownItems() {
        TrainingData d =
                TrainingData.builder().interaction("u", "a", 1).interaction("u", "b", 1).build();
        Seed seed = d.seedOf("mix", List.of("a", "nope", "b"), "ghost");
        assertThat(seed.items()).containsExactly(0, 1);
        assertThat(seed.user()).isEqualTo(-1);
        assertThat(d.seedForRow("u").items()).containsExactly(0, 1);
        assertThat(d.seedForRow("missing")).isEqualTo(Seed.empty());
    }

    @Test
    void rejectsNonPositiveWeightsNamingTheInput() {
        assertThatThrownBy(() -> TrainingData.builder().interaction("u", "a", 0))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("interaction(u, a)");
    }

    @Test
    void withInteractionsChecksTheShape() {
        TrainingData d = TrainingData.builder().interaction("u", "a", 1).build();
        assertThatThrownBy(() -> d.withInteractions(CsrMatrix.empty(2, 1)))
                .hasMessageContaining("2x1");
        assertThat(d.withInteractions(CsrMatrix.empty(1, 1)).interactions().nnz()).isZero();
    }

    @Test
    void pairTagsAreHiddenWithTheirHeldOutPair(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        TrainingData d =
                TrainingData.builder()
                        .interaction("u", "a", 1)
                        .interaction("u", "b", 1)
                        .interaction("v", "a", 1)
                        .pairTag("u", "a", "rock", 1)
                        .pairTag("u", "b", "jazz", 1)
                        .pairTag("v", "a", "rock", 1)
                        .pairTag("v", "b", "blues", 1)
                        .itemTag("b", "jazz", 2)
                        .build();
        int a = d.items().id("a");
        int b = d.items().id("b");
        int rock = d.tags().id("rock");
        int jazz = d.tags().id("jazz");
        int blues = d.tags().id("blues");
        assertThat(d.itemTags().get(a, rock)).isEqualTo(2f);
        assertThat(d.itemTags().get(b, jazz)).isEqualTo(3f);
        // v never played b: that tag is plain artist side data and survives every split.
        assertThat(d.itemTags().get(b, blues)).isEqualTo(1f);

        CsrMatrix keep =
                CsrMatrix.builder()
                        .add(d.rows().id("u"), a, 1)
                        .add(d.rows().id("v"), a, 1)
                        .build(2, 2);
        TrainingData train = d.withInteractions(keep);
        assertThat(train.itemTags().get(a, rock)).isEqualTo(2f);
        assertThat(train.itemTags().get(b, jazz)).as("u's tag on held-out (u, b)").isEqualTo(2f);
        assertThat(train.itemTags().get(b, blues)).isEqualTo(1f);

        dev.spotrec.recommender.internal.StateIO.Writer w =
                new dev.spotrec.recommender.internal.StateIO.Writer(dir);
        TrainingDataIO.write(w, d);
        TrainingData read =
                TrainingDataIO.read(new dev.spotrec.recommender.internal.StateIO.Reader(dir));
        assertThat(read.itemTags().get(b, jazz)).isEqualTo(3f);
        assertThat(read.withInteractions(keep).itemTags().get(b, jazz)).isEqualTo(2f);
    }
}
