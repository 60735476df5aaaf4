package dev.spotrec.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import se.michaelthelin.spotify.SpotifyApi;
import se.michaelthelin.spotify.exceptions.detailed.TooManyRequestsException;
import se.michaelthelin.spotify.model_objects.IPlaylistItem;
import se.michaelthelin.spotify.model_objects.specification.Paging;
import se.michaelthelin.spotify.model_objects.specification.PlaylistTrack;
import se.michaelthelin.spotify.model_objects.specification.Track;

/**
 * spotify-web-api-java 9.4.0 with {@code executeAsync()}: every chunk of 50 ids, and every playlist
 * page after the first, in flight at once; a {@link TooManyRequestsException} is retried after its
 * {@code getRetryAfter()} seconds, as the library's users are told to do.
 */
final class PeerAsyncContender implements Contender {

    @Override
    public String name() {
        return "peer async";
    }

    @Override
    public Outcome run(String base, List<String> ids, String playlistId) {
        SpotifyApi api = PeerSequentialContender.api(base);
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Track[]>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 50) {
            String[] chunk =
                    ids.subList(from, Math.min(ids.size(), from + 50)).toArray(String[]::new);
            chunks.add(retrying(() -> api.getSeveralTracks(chunk).build().executeAsync()));
        }
        Paging<PlaylistTrack> first =
                retrying(
                                () ->
                                        api.getPlaylistsItems(playlistId)
                                                .offset(0)
                                                .limit(100)
                                                .build()
                                                .executeAsync())
                        .join();
        List<CompletableFuture<Paging<PlaylistTrack>>> pages = new ArrayList<>();
        for (int offset = 100; offset < first.getTotal(); offset += 100) {
            int o = offset;
            pages.add(
                    retrying(
                            () ->
                                    api.getPlaylistsItems(playlistId)
                                            .offset(o)
                                            .limit(100)
                                            .build()
                                            .executeAsync()));
        }
        List<String> tracks = new ArrayList<>(ids.size());
        for (CompletableFuture<Track[]> chunk : chunks) {
            try {
                for (Track t : chunk.join()) {
                    tracks.add(t == null ? "null" : t.getId() + "|" + t.getName());
                }
            } catch (CompletionException e) {
                failures.incrementAndGet();
            }
        }
        List<String> items = new ArrayList<>();
        addItems(first, items);
        for (CompletableFuture<Paging<PlaylistTrack>> page : pages) {
            try {
                addItems(page.join(), items);
            } catch (CompletionException e) {
                failures.incrementAndGet();
            }
        }
        return new Outcome(tracks, items, failures.get());
    }

    private static void addItems(Paging<PlaylistTrack> page, List<String> items) {
        for (PlaylistTrack item : page.getItems()) {
            IPlaylistItem t = item.getTrack();
            items.add(t.getId() + "|" + t.getName());
        }
    }

    /** Resubmits the call after {@code Retry-After} whenever it fails with 429. */
    private static <T> CompletableFuture<T> retrying(Supplier<CompletableFuture<T>> call) {
        return call.get()
                .exceptionallyCompose(
                        error -> {
                            Throwable cause =
                                    error instanceof CompletionException && error.getCause() != null
                                            ? error.getCause()
                                            : error;
                            if (cause instanceof TooManyRequestsException tooMany) {
                                return CompletableFuture.supplyAsync(
                                                () -> null,
                                                CompletableFuture.delayedExecutor(
                                                        tooMany.getRetryAfter(), TimeUnit.SECONDS))
                                        .thenCompose(ignored -> retrying(call));
                            }
                            return CompletableFuture.failedFuture(cause);
                        });
    }
}
