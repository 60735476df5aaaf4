package dev.spotrec.recommender;

import java.util.Arrays;

/**
 * Fills a {@link TrainingData} one record at a time, so a streaming reader (a dataset file, a
 * warehouse cursor) never materialises whole tables as objects. String keys are mapped to dense ids
 * on arrival; entries are held in primitive arrays. Every method is optional except that {@link
 * #build()} needs nothing at all (an empty world is valid). Not thread-safe.
 */
public final class TrainingDataBuilder {

    private final IdIndex.Builder rows = IdIndex.builder();
    private final IdIndex.Builder items = IdIndex.builder();
    private final IdIndex.Builder users = IdIndex.builder();
    private final IdIndex.Builder artists = IdIndex.builder();
    private final IdIndex.Builder tags = IdIndex.builder();
    private final IdIndex.Builder attributes = IdIndex.builder();
    private final CsrMatrix.Builder interactions = CsrMatrix.builder();
    private final CsrMatrix.Builder positions = CsrMatrix.builder();
    private int[] rowLength = new int[16];
    private final CsrMatrix.Builder itemTags = CsrMatrix.builder();
    private int[] pairTagRow = new int[16];
    private int[] pairTagItem = new int[16];
    private int[] pairTagTag = new int[16];
    private float[] pairTagWeight = new float[16];
    private int pairTagCount;
    private final CsrMatrix.Builder attributeTriplets = CsrMatrix.builder();
    private final CsrMatrix.Builder links = CsrMatrix.builder();
    private final CsrMatrix.Builder topItems = CsrMatrix.builder();
    private final CsrMatrix.Builder topArtists = CsrMatrix.builder();
    private int[] rowOwner = new int[16];
    private String[] rowTitle = new String[16];
    private int[] itemArtist = new int[16];
    private String[] itemTitle = new String[16];
    private String[] itemIsrc = new String[16];
    private boolean rowsAreUsers;

    TrainingDataBuilder() {
        Arrays.fill(rowOwner, -1);
        Arrays.fill(itemArtist, -1);
    }

    /**
     * Records that row {@code rowKey} (a user or playlist) holds item {@code itemKey} with a weight
     * (a play count, or 1 for membership). Repeated pairs add up. Call order within a row is kept
     * as the row's item order (a playlist's track order; first occurrence wins).
     */
    public TrainingDataBuilder interaction(String rowKey, String itemKey, float weight) {
        if (!(weight > 0) || !Float.isFinite(weight)) {
            throw new RecommenderException(
                    "interaction("
                            + rowKey
                            + ", "
                            + itemKey
                            + "): weight must be positive and finite, got "
                            + weight);
        }
        int row = row(rowKey);
        interactions.add(row, item(itemKey), weight);
        positions.add(row, items.id(itemKey), ++rowLength[row]);
        return this;
    }

    /**
     * Declares an item with its artist, title and ISRC (each may be null) for dedup and artist
     * credit.
     */
    public TrainingDataBuilder item(String itemKey, String artistKey, String title, String isrc) {
        int item = item(itemKey);
        if (artistKey != null) {
            itemArtist[item] = artists.add(artistKey);
        }
        itemTitle[item] = title;
        itemIsrc[item] =
                isrc == null || isrc.isBlank()
                        ? null
                        : isrc.trim().toUpperCase(java.util.Locale.ROOT);
        return this;
    }

    /**
     * Sets a numeric attribute of an item (an audio feature, release year, popularity). Set each
     * attribute once per item: repeated calls add up.
     */
    public TrainingDataBuilder itemAttribute(String itemKey, String name, float value) {
        if (!Float.isFinite(value)) {
            throw new RecommenderException(
                    "itemAttribute("
                            + itemKey
                            + ", "
                            + name
                            + "): value must be finite, got "
                            + value
                            + "; leave absent values out");
        }
        attributeTriplets.add(item(itemKey), attributes.add(name), value);
        return this;
    }

    /** Adds weight to a tag or genre of an item (repeated calls add up, e.g. tag counts). */
    public TrainingDataBuilder itemTag(String itemKey, String tag, float weight) {
        itemTags.add(item(itemKey), tags.add(tag), positive("itemTag", weight));
        return this;
    }

    /**
     * Adds weight to a tag that row {@code rowKey}'s user gave item {@code itemKey} (a Last.fm user
     * tagging an artist). It counts toward the item's tags like {@link #itemTag}, with one
     * difference: when the row also interacted with the item, the tag is evidence of that
     * interaction, so it belongs to the pair and is visible only while the pair is in the data: the
     * training part of a split ({@link TrainingData#withInteractions}) hides the tags of the pairs
     * it holds out. Tags on pairs that are not interactions are plain item tags.
     */
    public TrainingDataBuilder pairTag(String rowKey, String itemKey, String tag, float weight) {
        int row = row(rowKey);
        int item = item(itemKey);
        int t = tags.add(tag);
        float w = positive("pairTag", weight);
        if (pairTagCount == pairTagRow.length) {
            int cap = 2 * pairTagCount;
            pairTagRow = Arrays.copyOf(pairTagRow, cap);
            pairTagItem = Arrays.copyOf(pairTagItem, cap);
            pairTagTag = Arrays.copyOf(pairTagTag, cap);
            pairTagWeight = Arrays.copyOf(pairTagWeight, cap);
        }
        pairTagRow[pairTagCount] = row;
        pairTagItem[pairTagCount] = item;
        pairTagTag[pairTagCount] = t;
        pairTagWeight[pairTagCount++] = w;
        return this;
    }

    /** Sets the title of a row (a playlist name). */
    public TrainingDataBuilder rowTitle(String rowKey, String title) {
        int row = row(rowKey);
        rowTitle[row] = title;
        return this;
    }

    /** Sets the owner of a row (the user who owns the playlist). */
    public TrainingDataBuilder rowOwner(String rowKey, String userKey) {
        int row = row(rowKey);
        rowOwner[row] = users.add(userKey);
        return this;
    }

    /** Declares that every row without an explicit owner is a user owning itself (HetRec). */
    public TrainingDataBuilder rowsAreUsers() {
        rowsAreUsers = true;
        return this;
    }

    /** Adds a directed social link (a friend, or the owner of a followed playlist). */
    public TrainingDataBuilder link(String fromUser, String toUser, float weight) {
        links.add(users.add(fromUser), users.add(toUser), positive("link", weight));
        return this;
    }

    /** Adds one of a user's own top items with a weight (higher for higher ranks). */
    public TrainingDataBuilder topItem(String userKey, String itemKey, float weight) {
        topItems.add(users.add(userKey), item(itemKey), positive("topItem", weight));
        return this;
    }

    /** Adds one of a user's own top artists with a weight (higher for higher ranks). */
    public TrainingDataBuilder topArtist(String userKey, String artistKey, float weight) {
        topArtists.add(users.add(userKey), artists.add(artistKey), positive("topArtist", weight));
        return this;
    }

    /**
     * Returns whether {@code itemKey} is already known (so a reader can skip side data of items
     * outside the catalog instead of adding them).
     */
    public boolean hasItem(String itemKey) {
        return items.id(itemKey) >= 0;
    }

    /** Builds the immutable data. */
    public TrainingData build() {
        int nRows = rows.size();
        int nItems = items.size();
        IdIndex rowIndex = rows.build();
        if (rowsAreUsers) {
            for (int r = 0; r < nRows; r++) {
                if (rowOwner[r] < 0) {
                    rowOwner[r] = users.add(rowIndex.key(r));
                }
            }
        }
        int nUsers = users.size();
        int nAttr = attributes.size();
        float[] attr = new float[nItems * nAttr];
        Arrays.fill(attr, Float.NaN);
        CsrMatrix a = attributeTriplets.build(nItems, nAttr);
        for (int i = 0; i < nItems; i++) {
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                attr[i * nAttr + a.colIndex(k)] = a.value(k);
            }
        }
        CsrMatrix matrix = interactions.build(nRows, nItems);
        PairTags pairs = pairTags(matrix);
        return new TrainingData(
                new Parts(
                        rowIndex,
                        items.build(),
                        users.build(),
                        artists.build(),
                        tags.build(),
                        attributes.build(),
                        matrix,
                        positions.build(nRows, nItems, true),
                        Arrays.copyOf(rowOwner, nRows),
                        Arrays.copyOf(rowTitle, nRows),
                        Arrays.copyOf(itemArtist, nItems),
                        Arrays.copyOf(itemTitle, nItems),
                        Arrays.copyOf(itemIsrc, nItems),
                        attr,
                        itemTags.build(nItems, tags.size()),
                        pairs,
                        links.build(nUsers, nUsers),
                        topItems.build(nUsers, nItems),
                        topArtists.build(nUsers, artists.size())));
    }

    /**
     * Splits the pair tags: those on an interaction stay pair tags (in insertion order); the others
     * join the plain item tags.
     */
    private PairTags pairTags(CsrMatrix matrix) {
        int[] keep = new int[pairTagCount];
        int n = 0;
        for (int x = 0; x < pairTagCount; x++) {
            if (matrix.contains(pairTagRow[x], pairTagItem[x])) {
                keep[n++] = x;
            } else {
                itemTags.add(pairTagItem[x], pairTagTag[x], pairTagWeight[x]);
            }
        }
        int[] row = new int[n];
        int[] item = new int[n];
        int[] tag = new int[n];
        float[] weight = new float[n];
        for (int y = 0; y < n; y++) {
            row[y] = pairTagRow[keep[y]];
            item[y] = pairTagItem[keep[y]];
            tag[y] = pairTagTag[keep[y]];
            weight[y] = pairTagWeight[keep[y]];
        }
        return new PairTags(row, item, tag, weight);
    }

    private int row(String key) {
        int id = rows.add(key);
        if (id == rowOwner.length) {
            int cap = id * 2;
            rowOwner = grow(rowOwner, cap);
            rowTitle = Arrays.copyOf(rowTitle, cap);
            rowLength = Arrays.copyOf(rowLength, cap);
        }
        return id;
    }

    private int item(String key) {
        int id = items.add(key);
        if (id == itemArtist.length) {
            int cap = id * 2;
            itemArtist = grow(itemArtist, cap);
            itemTitle = Arrays.copyOf(itemTitle, cap);
            itemIsrc = Arrays.copyOf(itemIsrc, cap);
        }
        return id;
    }

    private static int[] grow(int[] a, int cap) {
        int old = a.length;
        int[] b = Arrays.copyOf(a, cap);
        Arrays.fill(b, old, cap, -1);
        return b;
    }

    private static float positive(String method, float weight) {
        if (!(weight > 0) || !Float.isFinite(weight)) {
            throw new RecommenderException(
                    method + ": weight must be positive and finite, got " + weight);
        }
        return weight;
    }

    /** The parts of a built {@link TrainingData}. */
    record Parts(
            IdIndex rows,
            IdIndex items,
            IdIndex users,
            IdIndex artists,
            IdIndex tags,
            IdIndex attributes,
            CsrMatrix interactions,
            CsrMatrix positions,
            int[] rowOwner,
            String[] rowTitle,
            int[] itemArtist,
            String[] itemTitle,
            String[] itemIsrc,
            float[] attributeValues,
            CsrMatrix itemTags,
            PairTags pairTags,
            CsrMatrix links,
            CsrMatrix topItems,
            CsrMatrix topArtists) {}
}
