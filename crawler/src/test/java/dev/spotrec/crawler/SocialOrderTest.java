package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.warehouse.FrontierEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The social half of the frontier is expanded in degree order; the catalog is not held back. */
class SocialOrderTest {
    @Test
    void holdsBackSocialEntriesDeeperThanTheShallowestOne() {
        List<FrontierEntry> window =
                List.of(
                        FrontierEntry.pending(Kind.PLAYLIST, "p0", 1),
                        FrontierEntry.pending(Kind.TRACK, "t1", 1),
                        FrontierEntry.pending(Kind.USER, "u2", 2),
                        FrontierEntry.pending(Kind.PLAYLIST, "p2", 2),
                        FrontierEntry.pending(Kind.ALBUM, "a5", 5),
                        FrontierEntry.pending(Kind.USER, "u3", 3));
        assertThat(RunLoop.socialInDegreeOrder(window))
                .extracting(FrontierEntry::entityId)
                .containsExactly("p0", "t1", "a5");
    }

    @Test
    void aPendingSeedHoldsBackEveryPlaylistAndUserBeyondDegreeZero() {
        List<FrontierEntry> window =
                List.of(
                        FrontierEntry.pending(Kind.SEARCH, "jazz", 0),
                        FrontierEntry.pending(Kind.USER, "u1", 1),
                        FrontierEntry.pending(Kind.PLAYLIST, "p1", 1));
        assertThat(RunLoop.socialInDegreeOrder(window))
                .extracting(FrontierEntry::entityId)
                .containsExactly("jazz");
    }

    @Test
    void aWindowWithoutSocialEntriesIsKept() {
        List<FrontierEntry> window =
                List.of(
                        FrontierEntry.pending(Kind.TRACK, "t", 4),
                        FrontierEntry.pending(Kind.ARTIST, "a", 7));
        assertThat(RunLoop.socialInDegreeOrder(window)).isEqualTo(window);
    }
}
