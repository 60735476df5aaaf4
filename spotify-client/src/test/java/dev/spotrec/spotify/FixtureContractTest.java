package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.spotrec.spotify.internal.ErrorMapper;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.AudioAnalysis;
import dev.spotrec.spotify.model.AudioFeatures;
import dev.spotrec.spotify.model.Audiobook;
import dev.spotrec.spotify.model.Category;
import dev.spotrec.spotify.model.Chapter;
import dev.spotrec.spotify.model.CursorPage;
import dev.spotrec.spotify.model.Episode;
import dev.spotrec.spotify.model.FeaturedPlaylists;
import dev.spotrec.spotify.model.Image;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Playable;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Recommendations;
import dev.spotrec.spotify.model.Saved;
import dev.spotrec.spotify.model.SearchResult;
import dev.spotrec.spotify.model.Show;
import dev.spotrec.spotify.model.Track;
import dev.spotrec.spotify.model.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Every recorded Spotify reply under {@code ../shared/spotify/fixtures} parses into the models,
 * with values spot-checked. Pre-2026 ({@code tracks}/{@code track}) and 2026 ({@code items}/{@code
 * item}) playlist shapes must give the same model. A fixture without a check fails, so new fixtures
 * are never silently ignored.
 */
class FixtureContractTest {

    private static final String J = "spotify-web-api-java/requests/data/";
    private static final String R = "spotify-web-api-java-10.0.0-RC3-changed/requests/data/";
    private static final String A = "spotify-web-api-java/requests/authorization/";
    private static final String T = "spotify-web-api-ts-sdk/";
    private static final Map<String, Consumer<byte[]>> CHECKS = new HashMap<>();

    static Stream<String> fixtures() throws IOException {
        Path root = SharedDir.resolve("spotify/fixtures");
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesIntoTheModels(String fixture) throws IOException {
        Consumer<byte[]> check = CHECKS.get(fixture);
        assertThat(check).as("no contract check for fixture " + fixture + "; add one").isNotNull();
        byte[] body = Files.readAllBytes(SharedDir.resolve("spotify/fixtures/" + fixture));
        check.accept(body);
    }

    @Test
    void oldAndNewPlaylistShapesGiveTheSameModel() throws IOException {
        Playlist old = read(J + "playlists/GetPlaylistRequest.json", Json.type(Playlist.class));
        Playlist now = read(R + "playlists/GetPlaylistRequest.json", Json.type(Playlist.class));
        assertThat(now).isEqualTo(old);
        Page<PlaylistItem> oldItems =
                read(J + "playlists/GetPlaylistsItemsRequest_Episode.json", ITEMS);
        Page<PlaylistItem> newItems =
                read(R + "playlists/GetPlaylistsItemsRequest_Episode.json", ITEMS);
        assertThat(newItems).isEqualTo(oldItems);
    }

    private static <T> T read(String fixture, JavaType type) throws IOException {
        return Json.read(
                Files.readAllBytes(SharedDir.resolve("spotify/fixtures/" + fixture)), type);
    }

    private static final JavaType ITEMS = Json.type(Page.class, PlaylistItem.class);
    private static final JavaType FLAGS = Json.listOf(Boolean.class);

    private static <T> T as(byte[] body, Class<T> type) {
        return Json.read(body, Json.type(type));
    }

    private static <T> Page<T> page(byte[] body, Class<T> element) {
        return Json.read(body, Json.type(Page.class, element));
    }

    private static <T> Page<T> pageField(byte[] body, String field, Class<T> element) {
        return Json.readField(body, field, Json.type(Page.class, element));
    }

    private static <T> List<T> listField(byte[] body, String field, Class<T> element) {
        return Json.readField(body, field, Json.listOf(element));
    }

    private static <T> Page<Saved<T>> saved(byte[] body, Class<T> element) {
        return Json.read(body, Json.type(Page.class, Json.type(Saved.class, element)));
    }

    private static void check(String path, Consumer<byte[]> check) {
        CHECKS.put(path, check);
    }

    static {
        for (String kind : List.of("Albums", "Episodes", "Shows", "Tracks")) {
            check(
                    J + "library/CheckUsersSaved" + kind + "Request.json",
                    b ->
                            assertThat(Json.<List<Boolean>>read(b, FLAGS))
                                    .containsExactly(true, false));
        }
        check(
                J + "follow/CheckCurrentUserFollowsArtistsOrUsersRequest.json",
                b -> assertThat(Json.<List<Boolean>>read(b, FLAGS)).containsExactly(true, false));
        check(
                J + "follow/CheckUsersFollowPlaylistRequest.json",
                b -> assertThat(Json.<List<Boolean>>read(b, FLAGS)).containsExactly(true, false));
        check(
                J + "library/GetCurrentUsersSavedAlbumsRequest.json",
                b -> {
                    Page<Saved<Album>> p = saved(b, Album.class);
                    assertThat(p.total()).isEqualTo(19);
                    assertThat(p.items().get(0).addedAt())
                            .isEqualTo(Instant.parse("2015-11-26T19:13:31Z"));
                    assertThat(p.items().get(0).item().id()).isEqualTo("5m4VYOPoIpkV0XgOiRKkWC");
                });
        check(
                J + "library/GetUsersSavedTracksRequest.json",
                b -> {
                    Page<Saved<Track>> p = saved(b, Track.class);
                    assertThat(p.total()).isEqualTo(53);
                    assertThat(p.items().get(0).item().name())
                            .isEqualTo("Good Enough For Granddad");
                });
        check(
                J + "library/GetUsersSavedEpisodesRequest.json",
                b ->
                        assertThat(saved(b, Episode.class).items().get(0).item().id())
                                .isEqualTo("7H0fhjEd7ImnED3Iab4RI8"));
        check(
                J + "library/GetUsersSavedShowsRequest.json",
                b ->
                        assertThat(saved(b, Show.class).items().get(0).item().name())
                                .isEqualTo("Darknet Diaries"));
        check(
                J + "artists/GetArtistRequest.json",
                b -> {
                    Artist a = as(b, Artist.class);
                    assertThat(a.name()).isEqualTo("Band of Horses");
                    assertThat(a.genres()).contains("indie folk");
                    assertThat(a.followers().total()).isEqualTo(306565);
                    assertThat(a.popularity()).isEqualTo(59);
                });
        check(
                J + "artists/GetArtistsAlbumsRequest.json",
                b ->
                        assertThat(page(b, Album.class).items().get(0).id())
                                .isEqualTo("37bCTD5iLWMpDcBanNkkXB"));
        check(
                J + "artists/GetArtistsRelatedArtistsRequest.json",
                b ->
                        assertThat(listField(b, "artists", Artist.class).get(0).name())
                                .isEqualTo("Wanda Jackson"));
        check(
                J + "artists/GetArtistsTopTracksRequest.json",
                b ->
                        assertThat(listField(b, "tracks", Track.class).get(0).id())
                                .isEqualTo("44AyOl4qVkzS48vBsbNXaC"));
        check(
                J + "artists/GetSeveralArtistsRequest.json",
                b ->
                        assertThat(listField(b, "artists", Artist.class))
                                .extracting(Artist::name)
                                .contains("David Bowie"));
        check(
                J + "shows/GetSeveralShowsRequest.json",
                b ->
                        assertThat(listField(b, "shows", Show.class).get(0).name())
                                .isEqualTo("Without Fail"));
        check(
                J + "shows/GetShowRequest.json",
                b -> {
                    Show s = as(b, Show.class);
                    assertThat(s.id()).isEqualTo("7iZEp9f2Gg8JvKNqK3t905");
                    assertThat(s.episodes().items().get(0).id())
                            .isEqualTo("4fCuyVT71S1OIOLVnSQDaq");
                });
        check(
                J + "shows/GetShowsEpisodesRequest.json",
                b ->
                        assertThat(page(b, Episode.class).items().get(0).id())
                                .isEqualTo("0Q86acNRm6V9GYx55SXKwf"));
        check(
                J + "search/SearchItemRequest.json",
                b -> {
                    SearchResult r = as(b, SearchResult.class);
                    assertThat(r.tracks().total()).isEqualTo(11113);
                    assertThat(r.artists().items().get(0).name())
                            .isEqualTo("Muse And The Forgetting");
                    assertThat(r.albums()).isNull();
                });
        check(
                J + "search/simplified/SearchAlbumsRequest.json",
                b ->
                        assertThat(as(b, SearchResult.class).albums().items().get(0).name())
                                .isEqualTo("Absolution"));
        check(
                J + "search/simplified/special/SearchAlbumsSpecialRequest.json",
                b -> assertThat(as(b, SearchResult.class).albums().total()).isEqualTo(1550));
        check(
                J + "search/simplified/SearchArtistsRequest.json",
                b -> assertThat(as(b, SearchResult.class).artists().total()).isEqualTo(171));
        check(
                J + "search/simplified/SearchEpisodesRequest.json",
                b ->
                        assertThat(as(b, SearchResult.class).episodes().items().get(0).id())
                                .isEqualTo("2cbgiJZ4czXj8OCPSCDcn3"));
        check(
                J + "search/simplified/SearchShowsRequest.json",
                b ->
                        assertThat(as(b, SearchResult.class).shows().items().get(0).name())
                                .isEqualTo("Mutant Musings"));
        check(
                J + "search/simplified/SearchTracksRequest.json",
                b ->
                        assertThat(as(b, SearchResult.class).tracks().items().get(0).album().id())
                                .isEqualTo("0lw68yx3MhKflWFqCsGkIs"));
        Consumer<byte[]> searchPlaylists =
                b -> {
                    Page<Playlist> p = as(b, SearchResult.class).playlists();
                    assertThat(p.total()).isEqualTo(21476);
                    assertThat(p.items().get(0).id()).isEqualTo("37i9dQZF1DWT6VDwxLyl0W");
                    assertThat(p.items().get(0).total()).isEqualTo(50);
                };
        check(J + "search/simplified/SearchPlaylistsRequest.json", searchPlaylists);
        check(R + "search/simplified/SearchPlaylistsRequest.json", searchPlaylists);
        check(
                J + "users_profile/GetCurrentUsersProfileRequest.json",
                b -> {
                    User u = as(b, User.class);
                    assertThat(u.id()).isEqualTo("wizzler");
                    assertThat(u.email()).isEqualTo("email@example.com");
                    assertThat(u.country()).isEqualTo("SE");
                    assertThat(u.product()).isEqualTo("premium");
                    assertThat(u.followers().total()).isEqualTo(3829);
                });
        check(
                J + "users_profile/GetUsersProfileRequest.json",
                b -> {
                    User u = as(b, User.class);
                    assertThat(u.id()).isEqualTo("tuggareutangranser");
                    assertThat(u.email()).as("absent field").isNull();
                });
        check(
                T + "validUser.json",
                b -> assertThat(as(b, User.class).id()).isEqualTo("11124066204"));
        check(
                J + "follow/GetUsersFollowedArtistsRequest.json",
                b -> {
                    CursorPage<Artist> p =
                            Json.readField(b, "artists", Json.type(CursorPage.class, Artist.class));
                    assertThat(p.total()).isEqualTo(183);
                    assertThat(p.cursors().after()).isEqualTo("0aV6DOiouImYTqrR5YlIqx");
                    assertThat(p.items().get(0).name()).isEqualTo("Afasi & Filthy");
                });
        check(
                J + "follow/GetUsersFollowedArtistsRequest_None.json",
                b -> {
                    CursorPage<Artist> p =
                            Json.readField(b, "artists", Json.type(CursorPage.class, Artist.class));
                    assertThat(p.items()).isEmpty();
                    assertThat(p.total()).isZero();
                });
        check(
                J + "browse/GetCategoryRequest.json",
                b -> assertThat(as(b, Category.class).name()).isEqualTo("Party"));
        check(
                T + "validCategory.json",
                b -> assertThat(as(b, Category.class).id()).isEqualTo("toplists"));
        Consumer<byte[]> categoryPlaylists =
                b -> {
                    Page<Playlist> p = pageField(b, "playlists", Playlist.class);
                    assertThat(p.total()).isEqualTo(86);
                    assertThat(p.items().get(0).name()).isEqualTo("Noite Eletrônica");
                };
        check(J + "browse/GetCategorysPlaylistsRequest.json", categoryPlaylists);
        check(R + "browse/GetCategorysPlaylistsRequest.json", categoryPlaylists);
        check(
                J + "browse/GetListOfCategoriesRequest.json",
                b -> assertThat(pageField(b, "categories", Category.class).total()).isEqualTo(31));
        check(
                T + "validCategories.json",
                b -> assertThat(pageField(b, "categories", Category.class).items()).hasSize(20));
        Consumer<byte[]> featured =
                b -> {
                    FeaturedPlaylists f = as(b, FeaturedPlaylists.class);
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.playlists().items().get(0).name())
                            .isEqualTo("Monday Morning Mood");
                };
        check(J + "browse/GetListOfFeaturedPlaylistsRequest.json", featured);
        check(R + "browse/GetListOfFeaturedPlaylistsRequest.json", featured);
        check(
                J + "browse/GetListOfNewReleasesRequest.json",
                b ->
                        assertThat(pageField(b, "albums", Album.class).items().get(0).name())
                                .isEqualTo("Runnin'"));
        check(
                J + "browse/GetRecommendationsRequest.json",
                b -> {
                    Recommendations r = as(b, Recommendations.class);
                    assertThat(r.tracks()).hasSize(10);
                    assertThat(r.tracks().get(0).name()).isEqualTo("Himmel för två");
                    assertThat(r.seeds().get(0).initialPoolSize()).isEqualTo(448);
                    assertThat(r.seeds().get(0).type()).isEqualTo("ARTIST");
                });
        Consumer<byte[]> genres =
                b ->
                        assertThat(listField(b, "genres", String.class))
                                .hasSize(126)
                                .contains("acoustic");
        check(J + "browse/miscellaneous/GetAvailableGenreSeedsRequest.json", genres);
        check(T + "validGenres.json", genres);
        check(
                T + "validMarkets.json",
                b -> assertThat(listField(b, "markets", String.class)).hasSize(184).contains("SE"));
        check(
                J + "tracks/GetAudioAnalysisForTrackRequest.json",
                b -> {
                    AudioAnalysis a = as(b, AudioAnalysis.class);
                    assertThat(a.track().tempo()).isEqualTo(98.002);
                    assertThat(a.track().key()).isEqualTo(5);
                    assertThat(a.bars().get(0).start()).isEqualTo(251.98282);
                    assertThat(a.segments().get(0).pitches()).startsWith(0.709, 0.092);
                });
        check(
                J + "tracks/GetAudioFeaturesForSeveralTracksRequest.json",
                b ->
                        assertThat(listField(b, "audio_features", AudioFeatures.class))
                                .extracting(AudioFeatures::id)
                                .containsExactly(
                                        "4JpKVNYnVcJ8tuMKjAj50A",
                                        "2NRANZE9UCmPAS5XVbXL40",
                                        "24JygzOLM0EmRQeGtFcIcG"));
        check(
                J + "tracks/GetAudioFeaturesForTrackRequest.json",
                b -> {
                    AudioFeatures f = as(b, AudioFeatures.class);
                    assertThat(f.danceability()).isEqualTo(0.735);
                    assertThat(f.tempo()).isEqualTo(98.002);
                    assertThat(f.key()).isEqualTo(5);
                });
        check(
                J + "tracks/GetSeveralTracksRequest.json",
                b ->
                        assertThat(listField(b, "tracks", Track.class))
                                .extracting(Track::id)
                                .containsExactly(
                                        "3n3Ppam7vgaVa1iaRUc9Lp", "3twNvmDtFQtAd5gMKedhLD"));
        Consumer<byte[]> brightside =
                b -> {
                    Track t = as(b, Track.class);
                    assertThat(t.name()).isEqualTo("Mr. Brightside");
                    assertThat(t.artists().get(0).name()).isEqualTo("The Killers");
                    assertThat(t.album().id()).isEqualTo("4OHNH3sDzIxnmUADXzv2kT");
                    assertThat(t.album().images().get(0)).extracting(Image::height).isEqualTo(640);
                    assertThat(t.availableMarkets()).contains("SE");
                };
        check(J + "tracks/GetTrackRequest.json", brightside);
        check(J + "tracks/GetTrackRequestLocal.json", brightside);
        check(
                T + "validTrack.json",
                b -> {
                    Track t = as(b, Track.class);
                    assertThat(t.name()).isEqualTo("Austerity");
                    assertThat(t.isLocal()).isFalse();
                });
        for (String snapshot :
                List.of(
                        "AddItemsToPlaylistRequest",
                        "RemoveItemsFromPlaylistRequest",
                        "ReorderPlaylistsItemsRequest")) {
            check(
                    J + "playlists/" + snapshot + ".json",
                    b ->
                            assertThat(
                                            Json.<String>readField(
                                                    b, "snapshot_id", Json.type(String.class)))
                                    .isNotBlank());
        }
        check(
                J + "playlists/CreatePlaylistRequest.json",
                b -> {
                    Playlist p = as(b, Playlist.class);
                    assertThat(p.name()).isEqualTo("A New Playlist");
                    assertThat(p.total()).isZero();
                });
        check(
                R + "playlists/CreatePlaylistRequest.json",
                b -> {
                    Playlist p = as(b, Playlist.class);
                    assertThat(p.id()).isEqualTo("3cEYpjA9oz9GiPac4AsH4n");
                    assertThat(p.isPublic()).isFalse();
                    assertThat(p.items().items()).isEmpty();
                });
        Consumer<byte[]> myPlaylists =
                b -> {
                    Page<Playlist> p = page(b, Playlist.class);
                    assertThat(p.items().get(0).name()).isEqualTo("Wizzlers Big Playlist");
                    assertThat(p.items().get(0).owner().id()).contains("wizzler");
                    assertThat(p.items().get(0).total()).isEqualTo(30);
                };
        for (String prefix : List.of(J, R)) {
            check(prefix + "playlists/GetListOfCurrentUsersPlaylistsRequest.json", myPlaylists);
            check(prefix + "playlists/GetListOfUsersPlaylistsRequest_UserWith$.json", myPlaylists);
        }
        check(J + "playlists/GetListOfUsersPlaylistsRequest.json", myPlaylists);
        check(
                J + "playlists/GetPlaylistCoverImageRequest.json",
                b ->
                        assertThat(
                                        Json.<List<Image>>read(b, Json.listOf(Image.class))
                                                .get(0)
                                                .height())
                                .isEqualTo(640));
        Consumer<byte[]> dinner =
                b -> {
                    Playlist p = as(b, Playlist.class);
                    assertThat(p.name()).isEqualTo("Dinner with Friends");
                    assertThat(p.total()).isEqualTo(105);
                    assertThat(p.followers().total()).isEqualTo(143350);
                    assertThat(p.isPublic()).isNull();
                    PlaylistItem first = p.items().items().get(0);
                    assertThat(first.track().id()).isEqualTo("4i9sYtSIlR80bxje5B3rUb");
                    assertThat(first.addedAt()).isEqualTo(Instant.parse("2014-09-01T04:21:28Z"));
                };
        check(J + "playlists/GetPlaylistRequest.json", dinner);
        check(R + "playlists/GetPlaylistRequest.json", dinner);
        Consumer<byte[]> items =
                b -> {
                    Page<PlaylistItem> p = Json.read(b, ITEMS);
                    assertThat(p.total()).isEqualTo(58);
                    assertThat(p.items().get(0).track().name())
                            .isEqualTo("Otra Vez (feat. J Balvin)");
                    assertThat(p.items().get(0).addedBy().id()).isEqualTo("spotify_españa");
                };
        check(J + "playlists/GetPlaylistsItemsRequest.json", items);
        check(R + "playlists/GetPlaylistsItemsRequest.json", items);
        Consumer<byte[]> episodeItems =
                b -> {
                    PlaylistItem item = Json.<Page<PlaylistItem>>read(b, ITEMS).items().get(0);
                    assertThat(item.item()).isInstanceOf(Episode.class);
                    assertThat(item.track()).isNull();
                    assertThat(((Episode) item.item()).name())
                            .isEqualTo("The Giant Beastcast: Episode 0");
                };
        check(J + "playlists/GetPlaylistsItemsRequest_Episode.json", episodeItems);
        check(R + "playlists/GetPlaylistsItemsRequest_Episode.json", episodeItems);
        check(
                T + "validPlaylist.json",
                b -> {
                    Playlist p = as(b, Playlist.class);
                    assertThat(p.id()).isEqualTo("37i9dQZF1DWXIcbzpLauPS");
                    assertThat(p.owner().displayName()).isEqualTo("Spotify");
                    assertThat(p.items().items()).hasSize(74);
                    assertThat(p.items().items().get(0).track().name()).isEqualTo("Left Behind");
                });
        check(
                J + "albums/GetAlbumRequest.json",
                b -> {
                    Album a = as(b, Album.class);
                    assertThat(a.name()).isEqualTo("She's So Unusual");
                    assertThat(a.tracks().total()).isEqualTo(13);
                    assertThat(a.tracks().items().get(0).name())
                            .isEqualTo("Money Changes Everything");
                    assertThat(a.tracks().items().get(0).album()).as("simplified track").isNull();
                    assertThat(a.copyrights()).isNotEmpty();
                });
        check(
                J + "albums/GetAlbumsTracksRequest.json",
                b ->
                        assertThat(page(b, Track.class).items().get(0).name())
                                .isEqualTo("All I Want"));
        check(
                J + "albums/GetSeveralAlbumsRequest.json",
                b ->
                        assertThat(listField(b, "albums", Album.class).get(0).id())
                                .isEqualTo("41MnTivkwTO3UUJ8DrqEJJ"));
        check(
                J + "albums/GetSeveralAlbumsRequest_None.json",
                b -> assertThat(listField(b, "albums", Album.class)).isEmpty());
        check(
                T + "validAlbumResult.json",
                b -> {
                    Album a = as(b, Album.class);
                    assertThat(a.name()).isEqualTo("Sky Void of Stars");
                    assertThat(a.tracks().items()).hasSize(11);
                    assertThat(a.label()).isNotBlank();
                });
        check(
                T + "validAlbumTracksResult.json",
                b -> assertThat(page(b, Track.class).items()).hasSize(11));
        check(
                T + "validArtist.json",
                b -> assertThat(as(b, Artist.class).genres()).contains("doom metal"));
        check(
                J + "episodes/GetEpisodeRequest.json",
                b -> {
                    Episode e = as(b, Episode.class);
                    assertThat(e.id()).isEqualTo("4GI3dxEafwap1sFiTGPKd1");
                    assertThat(e.show()).isNotNull();
                });
        check(
                J + "episodes/GetSeveralEpisodesRequest.json",
                b -> assertThat(listField(b, "episodes", Episode.class)).hasSize(2));
        check(
                T + "validEpisode.json",
                b -> assertThat(as(b, Episode.class).name()).isEqualTo("20. Justin Theroux"));
        check(
                T + "validShow.json",
                b -> {
                    Show s = as(b, Show.class);
                    assertThat(s.name()).isEqualTo("Vetenskapsradion Historia");
                    assertThat(s.episodes().total()).isEqualTo(500);
                });
        check(
                T + "validAudioBook.json",
                b -> {
                    Audiobook book = as(b, Audiobook.class);
                    assertThat(book.authors().get(0).name()).isEqualTo("Blake Pierce");
                    assertThat(book.chapters().total()).isEqualTo(33);
                });
        check(
                T + "validAudiobookChapters.json",
                b ->
                        assertThat(page(b, Chapter.class).items().get(0).name())
                                .isEqualTo("Opening Credits"));
        check(
                T + "validChapterApiResponse.json",
                b -> {
                    Chapter c = as(b, Chapter.class);
                    assertThat(c.id()).isEqualTo("1T07H2V5GwrpPNAH6032ES");
                    assertThat(c.audiobook()).isNotNull();
                });
        check(
                J + "personalization/simplified/GetUsersTopArtistsRequest.json",
                b -> assertThat(page(b, Artist.class).items().get(0).name()).isEqualTo("San Holo"));
        check(
                J + "personalization/simplified/GetUsersTopTracksRequest.json",
                b ->
                        assertThat(page(b, Track.class).items().get(0).name())
                                .isEqualTo("Studiogangster"));
        // The player is out of scope (issue 2); its track and episode payloads still parse as
        // Playable.
        playable(
                J + "player/GetInformationAboutUsersCurrentPlaybackRequest.json",
                Track.class,
                "01iyCAUm8EvOFqVWYJ3dVX");
        playable(
                J + "player/GetInformationAboutUsersCurrentPlaybackRequest_Episode.json",
                Episode.class,
                "78iZfkNcsOJZVhmSQdYNUb");
        playable(
                J + "player/GetUsersCurrentlyPlayingTrackRequest.json",
                Track.class,
                "01iyCAUm8EvOFqVWYJ3dVX");
        playable(
                J + "player/GetUsersCurrentlyPlayingTrackRequest_Episode.json",
                Episode.class,
                "4GI3dxEafwap1sFiTGPKd1");
        check(
                J + "player/GetTheUsersQueueRequest.json",
                b ->
                        assertThat(listField(b, "queue", Playable.class))
                                .hasSize(20)
                                .first()
                                .isInstanceOf(Episode.class));
        check(
                J + "player/GetCurrentUsersRecentlyPlayedTracksRequest.json",
                b -> {
                    JsonNode first = Json.MAPPER.readTree(b).path("items").get(0).path("track");
                    assertThat(Json.MAPPER.treeToValue(first, Track.class).id())
                            .isEqualTo("7vqcDtNvoJn5pXhktc8qe8");
                });
        for (String devices :
                List.of("GetUsersAvailableDevices", "GetUsersAvailableDevices_None")) {
            check(
                    J + "player/" + devices + ".json",
                    b ->
                            assertThatCode(() -> Json.MAPPER.readTree(b))
                                    .as("devices have no model: the player is out of scope")
                                    .doesNotThrowAnyException());
        }
        check(
                A + "auth-invalid-client.json",
                b -> {
                    SpotifyError e = ErrorMapper.parse(b, 400);
                    assertThat(e.reason()).isEqualTo("invalid_client");
                    assertThat(e.message()).isEqualTo("Invalid client");
                });
        for (String token :
                List.of(
                        "client_credentials/ClientCredentials",
                        "authorization_code/AuthorizationCode",
                        "authorization_code/AuthorizationCodeRefresh",
                        "authorization_code/pkce/AuthorizationCodePKCERefresh")) {
            check(
                    A + token + ".json",
                    b -> {
                        JsonNode node = Json.MAPPER.readTree(b);
                        assertThat(node.path("token_type").asString()).isEqualTo("Bearer");
                        assertThat(node.path("expires_in").asInt()).isEqualTo(3600);
                    });
        }
    }

    private static void playable(String path, Class<? extends Playable> type, String id) {
        check(
                path,
                b -> {
                    Playable item = Json.readField(b, "item", Json.type(Playable.class));
                    assertThat(item).isInstanceOf(type);
                    assertThat(item.id()).isEqualTo(id);
                });
    }
}
