package dev.spotrec.datasets.internal;

import java.util.SplittableRandom;

/** Word lists and templates for the names of synthetic artists, songs, albums and users. */
final class Names {
    private static final String[] ADJ = {
        "Golden", "Silent", "Electric", "Broken", "Velvet", "Crimson", "Midnight", "Wild", "Hollow",
        "Neon", "Lonely", "Burning", "Frozen", "Secret", "Endless", "Paper", "Silver", "Little",
        "Blue", "Lost", "Sweet", "Dark", "Bright", "Restless", "Gentle", "Cosmic", "Distant",
        "Heavy", "Perfect", "Strange", "Lucky", "Faded", "Sacred", "Quiet", "Savage", "Tender",
        "Northern", "Violet", "Empty", "Shining"
    };
    private static final String[] NOUN = {
        "Heart",
        "River",
        "Moon",
        "Fire",
        "Ocean",
        "City",
        "Dream",
        "Shadow",
        "Light",
        "Road",
        "Rain",
        "Star",
        "Wolf",
        "Garden",
        "Mirror",
        "Storm",
        "Summer",
        "Night",
        "Echo",
        "Flame",
        "Stone",
        "Sky",
        "Window",
        "Ghost",
        "Highway",
        "Island",
        "Kingdom",
        "Letter",
        "Machine",
        "Mountain",
        "Signal",
        "Thunder",
        "Diamond",
        "Harbor",
        "Horizon",
        "Season",
        "Wave",
        "Voice",
        "Engine",
        "Angel",
        "Canyon",
        "Forest",
        "Satellite",
        "Bridge",
        "Tide",
        "Paradise",
        "Comet",
        "Lantern"
    };
    private static final String[] VERB = {
        "Running", "Falling", "Dancing", "Waiting", "Dreaming", "Calling", "Chasing", "Burning",
        "Holding", "Drifting", "Breaking", "Flying", "Singing", "Leaving", "Fading", "Shining"
    };
    private static final String[] FIRST = {
        "Alex", "Maya", "Leo", "Nina", "Omar", "Ivy", "Jonas", "Sofia", "Kai", "Lena", "Marco",
        "Aria", "Theo", "Zoe", "Ravi", "Elif", "Hugo", "Yuki", "Sam", "Noor", "Felix", "Clara",
        "Diego", "Mira", "Ezra", "Lucia", "Finn", "Amara", "Jules", "Hana", "Milo", "Ines", "Oscar",
        "Tara"
    };
    private static final String[] LAST = {
        "Rivers",
        "Stone",
        "Vale",
        "Moreau",
        "Kim",
        "Okafor",
        "Lindqvist",
        "Santos",
        "Novak",
        "Reyes",
        "Hart",
        "Castillo",
        "Nakamura",
        "Brooks",
        "Duval",
        "Sato",
        "Fischer",
        "Quinn",
        "Adeyemi",
        "Marsh",
        "Ortega",
        "Bell",
        "Khan",
        "Wilde",
        "Larsen",
        "Costa",
        "Frost",
        "Ibarra"
    };
    private static final String[] LABEL = {
        "Northbound Records", "Blue Lantern Music", "Harbor Sound", "Paper Moon Recordings",
        "Velvet Tide", "Signal Hill Records", "Comet Music Group", "Golden Hour Records",
        "Stone Garden", "Electric Forest Audio", "Midnight Canyon", "Open Sky Records"
    };
    static final String[] COUNTRIES = {
        "US", "GB", "DE", "SE", "BR", "MX", "FR", "JP", "KR", "ES", "CA", "AU", "NL", "IT", "NG",
        "IN"
    };

    private Names() {}

    static String artist(SplittableRandom r) {
        return switch (r.nextInt(7)) {
            case 0 -> "The " + pick(r, ADJ) + " " + pick(r, NOUN) + "s";
            case 1, 2 -> pick(r, FIRST) + " " + pick(r, LAST);
            case 3 -> pick(r, ADJ) + " " + pick(r, NOUN);
            case 4 -> pick(r, NOUN) + " " + pick(r, NOUN);
            case 5 -> "DJ " + pick(r, ADJ);
            default -> pick(r, FIRST) + " & The " + pick(r, NOUN) + "s";
        };
    }

    static String song(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0, 1 -> pick(r, ADJ) + " " + pick(r, NOUN);
            case 2 -> pick(r, VERB) + " " + pick(r, NOUN);
            case 3 -> pick(r, NOUN) + " of " + pick(r, NOUN);
            case 4 -> pick(r, VERB) + " in the " + pick(r, NOUN);
            case 5 -> "Your " + pick(r, ADJ) + " " + pick(r, NOUN);
            case 6 -> pick(r, NOUN);
            default -> "Take Me to the " + pick(r, NOUN);
        };
    }

    static String album(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> pick(r, ADJ) + " " + pick(r, NOUN) + "s";
            case 1 -> "The " + pick(r, NOUN) + " Sessions";
            case 2 -> pick(r, NOUN) + " & " + pick(r, NOUN);
            default -> pick(r, ADJ);
        };
    }

    static String person(SplittableRandom r) {
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    static String remixer(SplittableRandom r) {
        return r.nextBoolean()
                ? pick(r, ADJ) + " " + pick(r, NOUN)
                : pick(r, FIRST) + " " + pick(r, LAST);
    }

    static String label(SplittableRandom r) {
        return pick(r, LABEL);
    }

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
