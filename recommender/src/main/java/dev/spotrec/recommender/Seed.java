package dev.spotrec.recommender;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a recommendation continues: a playlist (its items and title) or a user's history.
 *
 * <p>Ids are dense ids of one {@link TrainingData}; resolve keys with {@link
 * TrainingData#seedForRow(String)} or {@link TrainingData#seedOf}. Unknown keys are dropped at
 * resolution, so a seed only holds valid ids.
 *
 * @param row the training row this seed is (a known user or playlist), or -1 for an unseen one
 *     (models then fold it in from its items)
 * @param user the owner in the social graph, or -1 when unknown
 * @param items the seed items, in playlist order; never recommended back
 * @param title the playlist title, or null
 * @param exclude further items that must not be recommended (for example validation items)
 */
public record Seed(int row, int user, int[] items, String title, int[] exclude) {

    private static final int[] NONE = new int[0];

    /** Validates ids and copies the arrays. */
    public Seed {
        if (row < -1 || user < -1) {
            throw new RecommenderException(
                    "Seed: row and user must be >= -1, got row=" + row + " user=" + user);
        }
        items = checked("items", items);
        exclude = checked("exclude", exclude);
    }

    /** A seed of items only (an unseen playlist without title or owner). */
    public static Seed ofItems(int... items) {
        return new Seed(-1, -1, items, null, NONE);
    }

    /** The empty seed: no items, no title, no owner. */
    public static Seed empty() {
        return new Seed(-1, -1, NONE, null, NONE);
    }

    /** Returns this seed with a title. */
    public Seed withTitle(String newTitle) {
        return new Seed(row, user, items, newTitle, exclude);
    }

    /** Returns this seed with an owner. */
    public Seed withUser(int newUser) {
        return new Seed(row, newUser, items, title, exclude);
    }

    /** Returns this seed with these items excluded (replacing any earlier exclusions). */
    public Seed withExclude(int... newExclude) {
        return new Seed(row, user, items, title, newExclude);
    }

    /** Returns a copy of the seed items (records expose arrays; this guards against mutation). */
    @Override
    public int[] items() {
        return items.clone();
    }

    /** Returns a copy of the excluded items. */
    @Override
    public int[] exclude() {
        return exclude.clone();
    }

    /** Returns the number of seed items without copying. */
    public int size() {
        return items.length;
    }

    /** Returns seed item {@code i} without copying. */
    public int item(int i) {
        return items[i];
    }

    /** Returns the number of excluded items without copying. */
    public int excludeSize() {
        return exclude.length;
    }

    /** Returns excluded item {@code i} without copying. */
    public int excluded(int i) {
        return exclude[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seed s
                && row == s.row
                && user == s.user
                && Arrays.equals(items, s.items)
                && Objects.equals(title, s.title)
                && Arrays.equals(exclude, s.exclude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, user, Arrays.hashCode(items), title, Arrays.hashCode(exclude));
    }

    @Override
    public String toString() {
        return "Seed[row="
                + row
                + ", user="
                + user
                + ", items="
                + items.length
                + ", title="
                + title
                + ", exclude="
                + exclude.length
                + "]";
    }

    private static int[] checked(String name, int[] ids) {
        if (ids == null) {
            return NONE;
        }
        for (int id : ids) {
            if (id < 0) {
                throw new RecommenderException(
                        "Seed: "
                                + name
                                + " holds id "
                                + id
                                + "; resolve keys through TrainingData, which drops unknown ones");
            }
        }
        return ids.clone();
    }
}
