package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The immutable catalog of a world as JSON bytes. Each track, artist and album is rendered once, on
 * first use, and kept; responses are then assembled by copying bytes. Memory is about 2 KiB per
 * rendered track; rendering lazily keeps start-up O(1) in the catalog size.
 */
final class Catalog {
    private final World world;
    private final CatalogJson json;
    private final Urls urls;
    private final ConcurrentHashMap<String, byte[]> tracks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, byte[]> simplifiedTracks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, byte[]> artists = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, byte[]> albums = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, byte[]> simplifiedAlbums = new ConcurrentHashMap<>();

    Catalog(World world, CatalogJson json, Urls urls) {
        this.world = world;
        this.json = json;
        this.urls = urls;
    }

    World world() {
        return world;
    }

    CatalogJson json() {
        return json;
    }

    Urls urls() {
        return urls;
    }

    /** TrackObject bytes, or null for an unknown id. */
    byte[] track(String id) {
        byte[] b = tracks.get(id);
        if (b == null) {
            Track t = world.track(id).orElse(null);
            if (t == null) {
                return null;
            }
            JsonOut o = new JsonOut(2048);
            json.track(o, t, simplifiedAlbum(t.albumId()), artistsOf(t.artistIds()));
            b = cache(tracks, id, o.toBytes());
        }
        return b;
    }

    /** SimplifiedTrackObject bytes, or null for an unknown id. */
    byte[] simplifiedTrack(String id) {
        byte[] b = simplifiedTracks.get(id);
        if (b == null) {
            Track t = world.track(id).orElse(null);
            if (t == null) {
                return null;
            }
            JsonOut o = new JsonOut(1024);
            json.simplifiedTrack(o, t, artistsOf(t.artistIds()));
            b = cache(simplifiedTracks, id, o.toBytes());
        }
        return b;
    }

    /** ArtistObject bytes, or null for an unknown id. */
    byte[] artist(String id) {
        byte[] b = artists.get(id);
        if (b == null) {
            Artist a = world.artist(id).orElse(null);
            if (a == null) {
                return null;
            }
            JsonOut o = new JsonOut(768);
            json.artist(o, a);
            b = cache(artists, id, o.toBytes());
        }
        return b;
    }

    /** SimplifiedAlbumObject bytes, or null for an unknown id. */
    byte[] simplifiedAlbum(String id) {
        byte[] b = simplifiedAlbums.get(id);
        if (b == null) {
            Album a = world.album(id).orElse(null);
            if (a == null) {
                return null;
            }
            JsonOut o = new JsonOut(1024);
            json.simplifiedAlbum(
                    o, a, world.albumTracks(id).size(), artistsOf(a.artistIds()), null);
            b = cache(simplifiedAlbums, id, o.toBytes());
        }
        return b;
    }

    /** AlbumObject bytes (with the first 50 tracks), or null for an unknown id. */
    byte[] album(String id) {
        byte[] b = albums.get(id);
        if (b == null) {
            Album a = world.album(id).orElse(null);
            if (a == null) {
                return null;
            }
            List<Track> list = world.albumTracks(id);
            byte[] page =
                    Paging.offsetPage(
                            urls.base() + "/v1/albums/" + id + "/tracks",
                            "",
                            0,
                            50,
                            list.size(),
                            list.subList(0, Math.min(50, list.size())).stream()
                                    .map(t -> simplifiedTrack(t.id()))
                                    .toList());
            JsonOut o = new JsonOut(4096 + page.length);
            json.album(o, a, list.size(), artistsOf(a.artistIds()), page);
            b = cache(albums, id, o.toBytes());
        }
        return b;
    }

    /** ArtistDiscographyAlbumObject bytes, rendered per request (discography pages are small). */
    byte[] discographyAlbum(Album a, String group) {
        JsonOut o = new JsonOut(1536);
        json.simplifiedAlbum(
                o, a, world.albumTracks(a.id()).size(), artistsOf(a.artistIds()), group);
        return o.toBytes();
    }

    /** AudioFeaturesObject bytes, or null for an unknown track or one without features. */
    byte[] audioFeatures(String id) {
        Track t = world.track(id).orElse(null);
        if (t == null || t.features() == null) {
            return null;
        }
        JsonOut o = new JsonOut(640);
        json.audioFeatures(o, t);
        return o.toBytes();
    }

    List<Artist> artistsOf(List<String> ids) {
        List<Artist> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            world.artist(id).ifPresent(list::add);
        }
        return list;
    }

    private static byte[] cache(ConcurrentHashMap<String, byte[]> map, String id, byte[] value) {
        byte[] prior = map.putIfAbsent(id, value);
        return prior == null ? value : prior;
    }
}
