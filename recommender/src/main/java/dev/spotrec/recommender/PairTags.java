package dev.spotrec.recommender;

/**
 * Tags that rows' users gave items they also interacted with (a Last.fm user tagging an artist in
 * their own listening), kept apart from plain item tags because they are evidence of the pair: a
 * split that holds a pair out must hide its tags too. Parallel arrays, in insertion order.
 * Package-private storage of {@link TrainingData}.
 */
record PairTags(int[] row, int[] item, int[] tag, float[] weight) {

    static final PairTags NONE = new PairTags(new int[0], new int[0], new int[0], new float[0]);

    PairTags {
        if (item.length != row.length || tag.length != row.length || weight.length != row.length) {
            throw new RecommenderException("pair tags: arrays of different lengths");
        }
    }

    int size() {
        return row.length;
    }

    /**
     * Returns {@code itemTags} plus every pair tag whose (row, item) is an entry of {@code
     * interactions}. O(nnz(itemTags) + size() log(row length)).
     */
    CsrMatrix visibleIn(CsrMatrix interactions, CsrMatrix itemTags) {
        if (size() == 0) {
            return itemTags;
        }
        CsrMatrix.Builder b = CsrMatrix.builder();
        for (int i = 0; i < itemTags.rows(); i++) {
            for (int q = itemTags.rowStart(i); q < itemTags.rowEnd(i); q++) {
                b.add(i, itemTags.colIndex(q), itemTags.value(q));
            }
        }
        for (int x = 0; x < size(); x++) {
            if (interactions.contains(row[x], item[x])) {
                b.add(item[x], tag[x], weight[x]);
            }
        }
        return b.build(itemTags.rows(), itemTags.cols());
    }
}
