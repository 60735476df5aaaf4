package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.World;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mutable part of the emulated Spotify, layered over the immutable world: playlists created or
 * changed through the API, editorial playlists, and each user's library and follows. A playlist's
 * state is an immutable value replaced atomically, so readers never see half a change.
 */
public final class Store {
    /**
     * A playlist as it is now.
     *
     * @param playlist the playlist with its current items
     * @param version how many changes it has had; part of the snapshot id
     */
    public record PlaylistState(Playlist playlist, int version) {
        /** Spotify's opaque {@code snapshot_id}. */
        public String snapshotId() {
            return Base64.getEncoder()
                    .encodeToString(
                            (version + ":" + playlist.id() + ":" + playlist.items().size())
                                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private final World world;
    private final Clock clock;
    private final ConcurrentHashMap<String, PlaylistState> overlay = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> createdBy = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Library> libraries = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong();
    private volatile Runnable beforeEditorialLookup = () -> {};

    Store(World world, Clock clock) {
        this.world = world;
        this.clock = clock;
    }

    /** Registers what to wait for before editorial (Spotify-owned) playlists can be looked up. */
    void beforeEditorialLookup(Runnable wait) {
        beforeEditorialLookup = wait;
    }

    /** The playlist's current state. */
    public Optional<PlaylistState> playlist(String id) {
        if (id.startsWith(Derived.EDITORIAL_PREFIX)) {
            beforeEditorialLookup.run();
        }
        PlaylistState s = overlay.get(id);
        if (s != null) {
            return Optional.of(s);
        }
        return world.playlist(id).map(p -> new PlaylistState(p, 0));
    }

    /**
     * Playlists the user owns now: those created through the API first (newest first), then the
     * world's.
     */
    public List<Playlist> ownedBy(String userId) {
        if (userId.equals(Derived.SPOTIFY_USER)) {
            beforeEditorialLookup.run();
        }
        List<Playlist> list = new ArrayList<>();
        List<String> mine = createdBy.getOrDefault(userId, List.of());
        for (int i = mine.size() - 1; i >= 0; i--) {
            list.add(overlay.get(mine.get(i)).playlist());
        }
        for (Playlist p : world.playlistsOwnedBy(userId)) {
            list.add(playlist(p.id()).orElseThrow().playlist());
        }
        return list;
    }

    /** Creates an empty playlist owned by {@code ownerId}. */
    PlaylistState create(
            String ownerId,
            String name,
            String description,
            boolean isPublic,
            boolean collaborative) {
        String id =
                SpotifyIds.derive(
                        "spotrec-emulator-playlist",
                        ownerId + "#" + created.incrementAndGet() + "#" + name);
        return put(
                ownerId,
                new Playlist(
                        id, ownerId, name, description, isPublic, collaborative, 0, List.of()));
    }

    /** Adds an editorial playlist with a fixed id (Spotify-owned, {@code 37i9dQZF...}). */
    PlaylistState put(String ownerId, Playlist p) {
        PlaylistState s = new PlaylistState(p, 0);
        overlay.put(p.id(), s);
        createdBy.computeIfAbsent(ownerId, k -> new CopyOnWriteArrayList<>()).add(p.id());
        return s;
    }

    /** Inserts tracks at {@code position} (null appends), as {@code addedBy}, now. */
    PlaylistState addItems(String id, List<String> trackIds, Integer position, String addedBy) {
        return change(
                id,
                p -> {
                    List<PlaylistItem> items = new ArrayList<>(p.items());
                    int at = position == null ? items.size() : position;
                    List<PlaylistItem> added = new ArrayList<>();
                    for (String t : trackIds) {
                        added.add(new PlaylistItem(t, now(), addedBy));
                    }
                    items.addAll(at, added);
                    return items;
                });
    }

    /** Removes every occurrence of the tracks. */
    PlaylistState removeItems(String id, List<String> trackIds) {
        return change(
                id, p -> p.items().stream().filter(i -> !trackIds.contains(i.trackId())).toList());
    }

    /** Replaces the items with these tracks. */
    PlaylistState replaceItems(String id, List<String> trackIds, String addedBy) {
        return change(
                id, p -> trackIds.stream().map(t -> new PlaylistItem(t, now(), addedBy)).toList());
    }

    /** Moves {@code length} items from {@code start} to before {@code insertBefore}. */
    PlaylistState reorder(String id, int start, int length, int insertBefore) {
        return change(
                id,
                p -> {
                    List<PlaylistItem> items = new ArrayList<>(p.items());
                    List<PlaylistItem> moved =
                            new ArrayList<>(items.subList(start, start + length));
                    items.subList(start, start + length).clear();
                    int at = insertBefore > start ? insertBefore - length : insertBefore;
                    items.addAll(at, moved);
                    return items;
                });
    }

    /** Changes name, description, public and collaborative where not null. */
    PlaylistState changeDetails(
            String id, String name, String description, Boolean isPublic, Boolean collaborative) {
        return overlay.compute(
                id,
                (k, cur) -> {
                    PlaylistState s = cur != null ? cur : playlist(id).orElseThrow();
                    Playlist p = s.playlist();
                    Playlist q =
                            new Playlist(
                                    p.id(),
                                    p.ownerId(),
                                    name == null ? p.name() : name,
                                    description == null ? p.description() : description,
                                    isPublic == null ? p.isPublic() : isPublic,
                                    collaborative == null ? p.collaborative() : collaborative,
                                    p.followers(),
                                    p.items());
                    return new PlaylistState(q, s.version() + 1);
                });
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The user's library, created from the world on first use. */
    Library library(String userId) {
        return libraries.computeIfAbsent(userId, u -> Library.fromWorld(world, u));
    }

    private PlaylistState change(
            String id, java.util.function.Function<Playlist, List<PlaylistItem>> f) {
        return overlay.compute(
                id,
                (k, cur) -> {
                    PlaylistState s = cur != null ? cur : playlist(id).orElseThrow();
                    Playlist p = s.playlist();
                    Playlist q =
                            new Playlist(
                                    p.id(),
                                    p.ownerId(),
                                    p.name(),
                                    p.description(),
                                    p.isPublic(),
                                    p.collaborative(),
                                    p.followers(),
                                    f.apply(p));
                    return new PlaylistState(q, s.version() + 1);
                });
    }
}
