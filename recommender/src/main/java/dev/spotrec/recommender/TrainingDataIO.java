package dev.spotrec.recommender;

import dev.spotrec.recommender.internal.StateIO;

/** Writes and reads a {@link TrainingData} as arrays of a model directory. */
final class TrainingDataIO {

    private TrainingDataIO() {}

    static void write(StateIO.Writer w, TrainingData d) {
        keys(w, "rows", d.rows);
        keys(w, "items", d.items);
        keys(w, "users", d.users);
        keys(w, "artists", d.artists);
        keys(w, "tags", d.tags);
        keys(w, "attributes", d.attributes);
        w.matrix("interactions", d.interactions);
        w.matrix("positions", d.positions);
        w.ints("rowOwner", d.rowOwner);
        w.strings("rowTitle", d.rowTitle);
        w.ints("itemArtist", d.itemArtist);
        w.strings("itemTitle", d.itemTitle);
        w.strings("itemIsrc", d.itemIsrc);
        w.floats("attributeValues", d.attributeValues);
        // The plain item tags; pair tags (an addition within format 1) in their own optional
        // files, so a directory without them reads as it did.
        w.matrix("itemTags", d.plainItemTags);
        if (d.pairTags.size() > 0) {
            w.ints("pairTags.row", d.pairTags.row());
            w.ints("pairTags.item", d.pairTags.item());
            w.ints("pairTags.tag", d.pairTags.tag());
            w.floats("pairTags.weight", d.pairTags.weight());
        }
        w.matrix("links", d.links);
        w.matrix("topItems", d.topItems);
        w.matrix("topArtists", d.topArtists);
    }

    static TrainingData read(StateIO.Reader r) {
        return new TrainingData(
                new TrainingDataBuilder.Parts(
                        keys(r, "rows"),
                        keys(r, "items"),
                        keys(r, "users"),
                        keys(r, "artists"),
                        keys(r, "tags"),
                        keys(r, "attributes"),
                        r.matrix("interactions"),
                        r.matrix("positions"),
                        r.ints("rowOwner"),
                        r.strings("rowTitle"),
                        r.ints("itemArtist"),
                        r.strings("itemTitle"),
                        r.strings("itemIsrc"),
                        r.floats("attributeValues"),
                        r.matrix("itemTags"),
                        r.has("pairTags.row")
                                ? new PairTags(
                                        r.ints("pairTags.row"),
                                        r.ints("pairTags.item"),
                                        r.ints("pairTags.tag"),
                                        r.floats("pairTags.weight"))
                                : PairTags.NONE,
                        r.matrix("links"),
                        r.matrix("topItems"),
                        r.matrix("topArtists")));
    }

    private static void keys(StateIO.Writer w, String name, IdIndex index) {
        String[] keys = new String[index.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = index.key(i);
        }
        w.strings("keys." + name, keys);
    }

    private static IdIndex keys(StateIO.Reader r, String name) {
        String[] keys = r.strings("keys." + name);
        IdIndex.Builder b = IdIndex.builder();
        for (String k : keys) {
            b.add(k);
        }
        return b.build();
    }
}
