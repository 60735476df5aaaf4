package dev.spotrec.datasets.internal;

/**
 * The genre clusters of synthetic worlds. Each cluster has a name, two sub-genres and its own
 * audio-feature profile (means; the spread is common), loosely modelled on published averages of
 * Spotify audio features per genre. A world with {@code g} genres uses the first {@code g} rows.
 */
final class Genres {
  /** Columns of {@link #PROFILE}. */
  static final int ENERGY = 0;
  static final int DANCE = 1;
  static final int VALENCE = 2;
  static final int ACOUSTIC = 3;
  static final int INSTRUMENTAL = 4;
  static final int SPEECH = 5;
  static final int TEMPO = 6;
  static final int LOUDNESS = 7;
  static final int DURATION_S = 8;
  static final int EXPLICIT = 9;

  static final String[][] NAMES = {
    {"pop", "dance pop", "electropop"},
    {"rock", "classic rock", "alternative rock"},
    {"hip hop", "trap", "boom bap"},
    {"house", "deep house", "tech house"},
    {"jazz", "bebop", "cool jazz"},
    {"classical", "baroque", "romantic era"},
    {"country", "outlaw country", "country pop"},
    {"metal", "thrash metal", "doom metal"},
    {"r&b", "neo soul", "contemporary r&b"},
    {"latin", "reggaeton", "latin pop"},
    {"indie", "indie pop", "indie folk"},
    {"ambient", "drone", "dark ambient"},
    {"folk", "singer-songwriter", "americana"},
    {"punk", "pop punk", "hardcore punk"},
    {"techno", "minimal techno", "industrial techno"},
    {"k-pop", "k-pop girl group", "k-pop boy group"},
    {"blues", "delta blues", "electric blues"},
    {"reggae", "roots reggae", "dub"},
    {"lo-fi", "lo-fi beats", "chillhop"},
    {"soul", "motown", "northern soul"},
    {"funk", "p-funk", "funk rock"},
    {"disco", "nu disco", "italo disco"},
    {"drum and bass", "liquid funk", "neurofunk"},
    {"afrobeats", "afropop", "amapiano"},
    {"gospel", "contemporary gospel", "worship"},
    {"synthwave", "retrowave", "darksynth"},
    {"bossa nova", "mpb", "samba"},
    {"shoegaze", "dream pop", "noise pop"},
    {"dubstep", "riddim", "brostep"},
    {"opera", "bel canto", "operetta"},
    {"bluegrass", "progressive bluegrass", "newgrass"},
    {"emo", "midwest emo", "screamo"},
    {"salsa", "salsa romantica", "son cubano"},
    {"dancehall", "bashment", "ragga"},
    {"j-pop", "city pop", "anime"},
    {"grunge", "post-grunge", "seattle sound"},
    {"trance", "progressive trance", "psytrance"},
    {"flamenco", "nuevo flamenco", "rumba flamenca"},
    {"celtic", "celtic folk", "celtic rock"},
    {"garage", "uk garage", "speed garage"},
  };

  /** energy, dance, valence, acoustic, instrumental, speech, tempo, loudness, duration s, explicit. */
  static final double[][] PROFILE = {
    {0.70, 0.70, 0.60, 0.15, 0.02, 0.07, 118, -5.5, 205, 0.15},
    {0.78, 0.50, 0.50, 0.10, 0.05, 0.05, 125, -6.0, 235, 0.10},
    {0.65, 0.78, 0.45, 0.12, 0.01, 0.30, 95, -6.5, 200, 0.70},
    {0.80, 0.80, 0.55, 0.05, 0.55, 0.07, 124, -7.5, 330, 0.05},
    {0.35, 0.55, 0.55, 0.75, 0.45, 0.05, 110, -12.0, 320, 0.02},
    {0.15, 0.30, 0.25, 0.92, 0.88, 0.04, 95, -21.0, 420, 0.00},
    {0.62, 0.60, 0.62, 0.30, 0.01, 0.04, 115, -6.5, 200, 0.05},
    {0.93, 0.40, 0.30, 0.02, 0.25, 0.08, 140, -4.5, 270, 0.25},
    {0.55, 0.68, 0.52, 0.25, 0.02, 0.10, 100, -7.0, 215, 0.40},
    {0.75, 0.75, 0.68, 0.18, 0.01, 0.10, 100, -5.0, 200, 0.30},
    {0.58, 0.55, 0.45, 0.30, 0.10, 0.04, 120, -8.0, 220, 0.08},
    {0.15, 0.20, 0.15, 0.80, 0.90, 0.04, 80, -22.0, 360, 0.00},
    {0.35, 0.50, 0.45, 0.80, 0.05, 0.04, 112, -11.0, 225, 0.02},
    {0.90, 0.45, 0.55, 0.03, 0.03, 0.08, 165, -4.5, 160, 0.30},
    {0.85, 0.70, 0.25, 0.03, 0.80, 0.06, 132, -8.0, 390, 0.02},
    {0.80, 0.72, 0.65, 0.10, 0.01, 0.08, 122, -4.0, 200, 0.05},
    {0.50, 0.52, 0.55, 0.55, 0.10, 0.05, 100, -9.5, 250, 0.02},
    {0.60, 0.78, 0.75, 0.20, 0.15, 0.12, 80, -8.0, 230, 0.05},
    {0.30, 0.65, 0.40, 0.70, 0.85, 0.08, 82, -12.5, 150, 0.00},
    {0.55, 0.62, 0.68, 0.40, 0.02, 0.05, 105, -8.0, 195, 0.03},
    {0.72, 0.80, 0.80, 0.12, 0.15, 0.07, 108, -7.0, 240, 0.05},
    {0.82, 0.78, 0.80, 0.08, 0.20, 0.05, 120, -7.0, 270, 0.02},
    {0.90, 0.52, 0.35, 0.02, 0.60, 0.08, 174, -5.0, 300, 0.05},
    {0.70, 0.80, 0.70, 0.20, 0.05, 0.12, 105, -6.0, 205, 0.20},
    {0.50, 0.50, 0.55, 0.45, 0.02, 0.06, 100, -8.0, 270, 0.00},
    {0.78, 0.62, 0.45, 0.05, 0.70, 0.04, 115, -7.5, 260, 0.02},
    {0.35, 0.62, 0.60, 0.78, 0.20, 0.05, 130, -12.0, 190, 0.00},
    {0.70, 0.35, 0.30, 0.15, 0.45, 0.04, 120, -8.5, 270, 0.03},
    {0.92, 0.55, 0.30, 0.02, 0.45, 0.10, 140, -4.0, 250, 0.15},
    {0.28, 0.22, 0.25, 0.88, 0.20, 0.05, 100, -16.0, 300, 0.00},
    {0.55, 0.55, 0.68, 0.85, 0.25, 0.04, 135, -9.0, 185, 0.00},
    {0.80, 0.40, 0.30, 0.05, 0.02, 0.07, 145, -5.5, 220, 0.20},
    {0.72, 0.70, 0.85, 0.35, 0.05, 0.05, 180, -7.0, 285, 0.02},
    {0.70, 0.80, 0.65, 0.10, 0.03, 0.18, 98, -5.5, 195, 0.35},
    {0.75, 0.65, 0.65, 0.12, 0.05, 0.05, 128, -5.5, 235, 0.02},
    {0.82, 0.38, 0.35, 0.05, 0.05, 0.05, 122, -6.0, 250, 0.25},
    {0.88, 0.58, 0.35, 0.02, 0.75, 0.05, 138, -6.5, 420, 0.02},
    {0.55, 0.55, 0.55, 0.80, 0.30, 0.06, 118, -10.0, 245, 0.00},
    {0.50, 0.50, 0.60, 0.70, 0.35, 0.04, 112, -10.5, 225, 0.00},
    {0.80, 0.78, 0.55, 0.05, 0.25, 0.09, 134, -6.5, 240, 0.10},
  };

  /** Common standard deviations of the ratio features, tempo and loudness within a genre. */
  static final double RATIO_SD = 0.075;
  static final double TEMPO_SD = 9.0;
  static final double LOUDNESS_SD = 1.6;

  static final String[] MOODS = {
    "chill", "late night", "sunday morning", "summer", "rainy day", "happy", "sad", "workout",
    "road trip", "party", "focus", "dreamy", "throwback", "feel good", "heartbreak", "morning",
    "midnight", "cozy", "energy", "study"
  };

  static final String[] ACTIVITIES = {
    "running", "studying", "cooking", "the commute", "sleep", "the gym", "a dinner party",
    "coding", "the weekend", "driving"
  };

  private Genres() {}
}
