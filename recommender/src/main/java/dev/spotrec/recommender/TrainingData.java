package dev.spotrec.recommender;

import java.util.Collection;
import java.util.Objects;

/**
 * Everything a model trains on: the interaction matrix (rows are users or playlists, columns are
 * items: tracks, or artists in HetRec) and optional side data, all on dense ids.
 *
 * <p>Side data, each optional: item artist, title and ISRC (for version de-duplication and artist
 * credit); numeric item attributes (audio features, release year, popularity; NaN where absent);
 * item tags or genres; row titles (playlist names); row owners; user-to-user links (the social
 * graph); users' top items and top artists. Build with {@link #builder()}, which a streaming reader
 * fills one record at a time. Immutable and thread-safe.
 */
public final class TrainingData {

    final IdIndex rows;
    final IdIndex items;
    final IdIndex users;
    final IdIndex artists;
    final IdIndex tags;
    final IdIndex attributes;
    final CsrMatrix interactions;
    final CsrMatrix positions;
    final int[] rowOwner;
    final String[] rowTitle;
    final int[] itemArtist;
    final String[] itemTitle;
    final String[] itemIsrc;
    final float[] attributeValues;
    final CsrMatrix itemTags;
    final CsrMatrix plainItemTags;
    final PairTags pairTags;
    final CsrMatrix links;
    final CsrMatrix topItems;
    final CsrMatrix topArtists;

    TrainingData(TrainingDataBuilder.Parts p) {
        this.rows = p.rows();
        this.items = p.items();
        this.users = p.users();
        this.artists = p.artists();
        this.tags = p.tags();
        this.attributes = p.attributes();
        this.interactions = p.interactions();
        this.positions = p.positions();
        this.rowOwner = p.rowOwner();
        this.rowTitle = p.rowTitle();
        this.itemArtist = p.itemArtist();
        this.itemTitle = p.itemTitle();
        this.itemIsrc = p.itemIsrc();
        this.attributeValues = p.attributeValues();
        this.plainItemTags = p.itemTags();
        this.pairTags = p.pairTags();
        this.itemTags = pairTags.visibleIn(interactions, plainItemTags);
        this.links = p.links();
        this.topItems = p.topItems();
        this.topArtists = p.topArtists();
    }

    /** Returns a builder for streaming readers. */
    public static TrainingDataBuilder builder() {
        return new TrainingDataBuilder();
    }

    /**
     * Returns the same side data over other interactions of the same shape (for example the
     * training part of a split). Tags given on a pair ({@link TrainingDataBuilder#pairTag}) stay
     * visible only for the pairs {@code matrix} keeps, so held-out pairs leak nothing through tags.
     */
    public TrainingData withInteractions(CsrMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        if (matrix.rows() != rows.size() || matrix.cols() != items.size()) {
            throw new RecommenderException(
                    "withInteractions: matrix is "
                            + matrix.rows()
                            + "x"
                            + matrix.cols()
                            + " but the data has "
                            + rows.size()
                            + " rows and "
                            + items.size()
                            + " items");
        }
        return new TrainingData(
                new TrainingDataBuilder.Parts(
                        rows,
                        items,
                        users,
                        artists,
                        tags,
                        attributes,
                        matrix,
                        positions,
                        rowOwner,
                        rowTitle,
                        itemArtist,
                        itemTitle,
                        itemIsrc,
                        attributeValues,
                        plainItemTags,
                        pairTags,
                        links,
                        topItems,
                        topArtists));
    }

    /** Rows (users or playlists) ↔ dense ids. */
    public IdIndex rows() {
        return rows;
    }

    /** Items (tracks, or artists in HetRec) ↔ dense ids. */
    public IdIndex items() {
        return items;
    }

    /** Users of the social graph ↔ dense ids. */
    public IdIndex users() {
        return users;
    }

    /** Artists ↔ dense ids. */
    public IdIndex artists() {
        return artists;
    }

    /** Tags or genres ↔ dense ids. */
    public IdIndex tags() {
        return tags;
    }

    /** Numeric attribute names ↔ dense ids. */
    public IdIndex attributes() {
        return attributes;
    }

    /**
     * The rows x items interaction matrix (weights such as play counts; 1 for plain membership).
     */
    public CsrMatrix interactions() {
        return interactions;
    }

    /**
     * Returns the items of row {@code row} in the order they were added (a playlist's track order),
     * from the data as built (not affected by {@link #withInteractions}).
     */
    public int[] orderedRow(int row) {
        int start = positions.rowStart(row);
        int n = positions.rowLength(row);
        long[] keyed = new long[n];
        for (int k = 0; k < n; k++) {
            keyed[k] = ((long) positions.value(start + k) << 32) | positions.colIndex(start + k);
        }
        java.util.Arrays.sort(keyed);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = (int) keyed[k];
        }
        return out;
    }

    /** The owner (user id) of a row, or -1. */
    public int rowOwner(int row) {
        return rowOwner[row];
    }

    /** The title of a row (a playlist name), or null. */
    public String rowTitle(int row) {
        return rowTitle[row];
    }

    /** The artist id of an item, or -1 when unknown. */
    public int itemArtist(int item) {
        return itemArtist[item];
    }

    /** The title of an item, or null. */
    public String itemTitle(int item) {
        return itemTitle[item];
    }

    /** The ISRC of an item, or null. */
    public String itemIsrc(int item) {
        return itemIsrc[item];
    }

    /** The value of numeric attribute {@code attr} for {@code item}, or NaN when absent. */
    public float attribute(int item, int attr) {
        return attributeValues[item * attributes.size() + attr];
    }

    /**
     * Items x tags weights (tag counts, genre memberships): the plain item tags plus the tags given
     * on pairs that are interactions of this data.
     */
    public CsrMatrix itemTags() {
        return itemTags;
    }

    /** Users x users directed link weights (friends, owners of followed playlists). */
    public CsrMatrix links() {
        return links;
    }

    /** Users x items weights of each user's own top items. */
    public CsrMatrix topItems() {
        return topItems;
    }

    /** Users x artists weights of each user's own top artists. */
    public CsrMatrix topArtists() {
        return topArtists;
    }

    /**
     * Returns the seed of a known row: its items, title and owner; unknown keys give the empty
     * seed.
     */
    public Seed seedForRow(String rowKey) {
        int row = rows.id(rowKey);
        return row < 0 ? Seed.empty() : seedForRow(row);
    }

    /** Returns the seed of row {@code row}: its items, title and owner. */
    public Seed seedForRow(int row) {
        return new Seed(row, rowOwner[row], interactions.row(row), rowTitle[row], null);
    }

    /**
     * Returns the seed of an unseen playlist from keys; unknown item keys and an unknown user are
     * dropped (a cold seed still gets recommendations).
     *
     * @param title the playlist title, or null
     * @param itemKeys the playlist's item keys in order
     * @param userKey the owner's key, or null
     */
    public Seed seedOf(String title, Collection<String> itemKeys, String userKey) {
        int[] ids = new int[itemKeys.size()];
        int n = 0;
        for (String key : itemKeys) {
            int id = items.id(key);
            if (id >= 0) {
                ids[n++] = id;
            }
        }
        return new Seed(-1, users.id(userKey), java.util.Arrays.copyOf(ids, n), title, null);
    }

    @Override
    public String toString() {
        return "TrainingData[rows="
                + rows.size()
                + ", items="
                + items.size()
                + ", nnz="
                + interactions.nnz()
                + ", users="
                + users.size()
                + ", links="
                + links.nnz()
                + ", tags="
                + tags.size()
                + ", attributes="
                + attributes.size()
                + "]";
    }
}
