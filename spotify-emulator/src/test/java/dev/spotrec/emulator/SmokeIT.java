package dev.spotrec.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Track;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmokeIT {
    @Test
    void servesATrack() {
        try (Emulator e = Emulator.builder().world("synthetic:seed=3,users=50,artists=40,playlists=60").start()) {
            Http http = new Http(e.baseUrl());
            String token = e.clientToken("demo-client");
            Track t = e.world().tracks().getFirst();
            Http.Res r = http.get("/v1/tracks/" + t.id(), token);
            System.out.println(r.body());
            assertThat(r.status()).isEqualTo(200);
            String ut = e.userToken(e.world().users().getFirst().id(), Set.of("user-read-private", "user-top-read"));
            System.out.println(http.get("/v1/me", ut).body());
            System.out.println(http.get("/v1/me/top/tracks?limit=2", ut).body().substring(0, 300));
            System.out.println(http.get("/v1/playlists/" + e.world().playlists().getFirst().id() + "?fields=name,tracks.items(track(name))", ut).body());
            System.out.println(http.get("/v1/search?q=a&type=artist,playlist&limit=2", ut).body());
            System.out.println(http.get("/v1/nope", ut).body());
            System.out.println(http.get("/v1/tracks/xyz", ut).body());
        }
    }
}
