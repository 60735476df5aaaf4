package dev.spotrec.app;

import picocli.CommandLine.Option;

/**
 * The {@code --api-url} and {@code --accounts-url} options shared by commands that call Spotify.
 */
final class SpotifyUrlOptions {

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            defaultValue = "https://api.spotify.com/v1",
            description = "Web API base (default: ${DEFAULT-VALUE})")
    String apiUrl;

    @Option(
            names = "--accounts-url",
            paramLabel = "URL",
            defaultValue = "https://accounts.spotify.com",
            description = "Accounts service base (default: ${DEFAULT-VALUE})")
    String accountsUrl;
}
