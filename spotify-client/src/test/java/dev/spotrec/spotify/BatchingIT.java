package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.spotify.model.Track;
import dev.spotrec.spotify.testing.Catalog;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import dev.spotrec.spotify.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Batch lookups of any size: chunks of the maximum, order kept, duplicates once, unknown ids null.
 */
class BatchingIT {

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    /**
     * 1,001 inputs: 900 distinct ids (every 10th unknown), 101 duplicates, in every accepted form.
     */
    static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            String id = Catalog.id(i);
            inputs.add(
                    switch (i % 3) {
                        case 0 -> id;
                        case 1 -> "spotify:track:" + id;
                        default -> "https://open.spotify.com/intl-de/track/" + id + "?si=abc123";
                    });
        }
        for (int i = 0; i < 101; i++) {
            inputs.add(Catalog.id(i * 7));
        }
        return inputs;
    }

    /** Ids of multiples of 62 (ending in 0), except 0 itself, are unknown to the server. */
    static boolean known(String id) {
        return !id.endsWith("0") || id.equals(Catalog.id(0));
    }

    @Test
    void batchesAThousandAndOneIdsWithDuplicatesAndUnknownIds() {
        server.dispatcher(
                r ->
                        r.path().equals("/v1/tracks")
                                ? FakeResponse.ok(
                                        Catalog.tracks(
                                                Arrays.asList(r.param("ids").split(",")),
                                                BatchingIT::known))
                                : null);
        SpotifyClient client = TestClients.builder(server, new FakeTime()).build();
        List<String> inputs = inputs();

        List<Track> tracks = client.tracks().get(inputs);

        assertThat(tracks).hasSize(1001);
        for (int i = 0; i < inputs.size(); i++) {
            String id = SpotifyUri.id(inputs.get(i), SpotifyType.TRACK);
            if (known(id)) {
                assertThat(tracks.get(i).id()).as("position " + i).isEqualTo(id);
            } else {
                assertThat(tracks.get(i)).as("unknown id at " + i).isNull();
            }
        }
        List<RecordedRequest> batches = server.requests("/v1/tracks");
        assertThat(batches).hasSize(18).allMatch(r -> r.param("ids").split(",").length <= 50);
        Set<String> requested = new HashSet<>();
        batches.forEach(r -> requested.addAll(Arrays.asList(r.param("ids").split(","))));
        assertThat(requested).as("each distinct id requested once").hasSize(900);
        assertThat(batches.stream().mapToInt(r -> r.param("ids").split(",").length).sum())
                .isEqualTo(900);
        assertThat(client.mode())
                .as("a batch that answers means extended access")
                .hasValue(ApiMode.EXTENDED);
    }

    @Test
    void albumsBatchAtTwenty() {
        server.dispatcher(
                r ->
                        r.path().equals("/v1/albums")
                                ? FakeResponse.ok(
                                        "{\"albums\":["
                                                + String.join(
                                                        ",",
                                                        Arrays.stream(r.param("ids").split(","))
                                                                .map(
                                                                        id ->
                                                                                "{\"id\":\""
                                                                                        + id
                                                                                        + "\",\"name\":\"Album\"}")
                                                                .toList())
                                                + "]}")
                                : null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            ids.add(Catalog.id(i));
        }

        assertThat(TestClients.builder(server, new FakeTime()).build().albums().get(ids))
                .hasSize(45);
        assertThat(server.requests("/v1/albums")).hasSize(3);
    }
}
