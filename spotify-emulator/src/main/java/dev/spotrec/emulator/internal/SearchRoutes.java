package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /search} over albums, artists, playlists and tracks (shows, episodes and audiobooks are
 * answered with empty pages: the world has none). Free words must all occur in the item's text; the
 * field filters {@code artist:}, {@code album:}, {@code track:}, {@code year:} (a year or a range),
 * {@code genre:} and {@code isrc:} narrow the match; quotes group words. Results beyond offset 1000
 * are never served. {@code limit} is at most 50, or 10 in development mode.
 */
final class SearchRoutes {
    private static final List<String> TYPES =
            List.of("album", "artist", "playlist", "track", "show", "episode", "audiobook");
    private static final int OFFSET_CAP = 1000;

    private final World world;
    private final Catalog catalog;
    private final Store store;
    private final PeopleJson people;
    private final Derived derived;
    private volatile SearchIndex index;

    SearchRoutes(World world, Catalog catalog, Store store, PeopleJson people, Derived derived) {
        this.world = world;
        this.catalog = catalog;
        this.store = store;
        this.people = people;
        this.derived = derived;
    }

    List<Route> routes() {
        return List.of(Route.get("/v1/search", this::search));
    }

    private SearchIndex index() {
        SearchIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    List<Playlist> editorial =
                            derived.featured().stream()
                                    .map(id -> store.playlist(id).orElseThrow().playlist())
                                    .toList();
                    index = new SearchIndex(world, editorial);
                }
                i = index;
            }
        }
        return i;
    }

    /** A parsed query: free terms and field filters. */
    private record Query(List<String> terms, List<String[]> filters) {}

    private Reply search(Call c) {
        // Spotify's own next/previous links spell the parameter "query", and it accepts them.
        String q = c.query("q") != null ? c.query("q") : c.query("query");
        if (q == null || q.isBlank()) {
            throw ApiError.badRequest("No search query");
        }
        String typeParam = c.query("type");
        if (typeParam == null) {
            throw ApiError.badRequest("Missing parameter type");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String t : typeParam.split(",")) {
            if (!TYPES.contains(t.strip())) {
                throw ApiError.badRequest("Bad search type field " + t.strip());
            }
            types.add(t.strip());
        }
        int limit = c.dev ? c.limit(5, 10) : c.limit(20, 50);
        int offset = c.offset(OFFSET_CAP);
        Query query = parse(q);
        JsonOut out = new JsonOut(64 * 1024).raw("{");
        int n = 0;
        for (String type : types) {
            out.raw(n++ == 0 ? "" : ",")
                    .name(type + "s")
                    .raw(page(c, q, type, query, offset, limit));
        }
        return Reply.json(out.raw("}").toBytes());
    }

    private byte[] page(Call c, String q, String type, Query query, int offset, int limit) {
        List<SearchIndex.Entry> entries =
                switch (type) {
                    case "track" -> index().tracks;
                    case "artist" -> index().artists;
                    case "album" -> index().albums;
                    case "playlist" -> index().playlists;
                    default -> List.of();
                };
        int total = 0;
        List<byte[]> items = new ArrayList<>();
        for (SearchIndex.Entry e : entries) {
            if (matches(e, query)) {
                if (total >= offset && total < offset + limit && total < OFFSET_CAP) {
                    items.add(render(type, e.id()));
                }
                total++;
            }
        }
        String extra = "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&type=" + type;
        return Paging.offsetPage(
                c.base + "/v1/search", extra, offset, limit, total, items, OFFSET_CAP);
    }

    private byte[] render(String type, String id) {
        return switch (type) {
            case "track" -> catalog.track(id);
            case "artist" -> catalog.artist(id);
            case "album" -> catalog.simplifiedAlbum(id);
            default -> people.simplifiedPlaylist(store.playlist(id).orElseThrow());
        };
    }

    private static boolean matches(SearchIndex.Entry e, Query q) {
        for (String term : q.terms()) {
            if (!e.text().contains(term)) {
                return false;
            }
        }
        for (String[] f : q.filters()) {
            boolean ok =
                    switch (f[0]) {
                        case "artist" -> e.artist().contains(f[1]);
                        case "album" -> e.album().contains(f[1]);
                        case "track" -> e.track().contains(f[1]);
                        case "genre" -> e.genre().contains(f[1]);
                        case "isrc" -> e.isrc().equals(f[1]);
                        case "year" -> inYears(e.year(), f[1]);
                        default -> true;
                    };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean inYears(String year, String spec) {
        if (year.isEmpty()) {
            return false;
        }
        int dash = spec.indexOf('-');
        String lo = dash < 0 ? spec : spec.substring(0, dash);
        String hi = dash < 0 ? spec : spec.substring(dash + 1);
        return year.compareTo(lo) >= 0 && year.compareTo(hi) <= 0;
    }

    /** Splits the query into terms and {@code field:value} filters; quotes group words. */
    static Query parse(String q) {
        List<String> terms = new ArrayList<>();
        List<String[]> filters = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : q.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(ch) && !quoted) {
                if (!cur.isEmpty()) {
                    tokens.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(ch);
            }
        }
        if (!cur.isEmpty()) {
            tokens.add(cur.toString());
        }
        for (String t : tokens) {
            String low = t.toLowerCase(Locale.ROOT);
            int colon = low.indexOf(':');
            String field = colon < 0 ? "" : low.substring(0, colon);
            if (List.of("artist", "album", "track", "year", "genre", "isrc", "tag")
                    .contains(field)) {
                filters.add(new String[] {field, low.substring(colon + 1)});
            } else {
                terms.add(low);
            }
        }
        return new Query(terms, filters);
    }
}
