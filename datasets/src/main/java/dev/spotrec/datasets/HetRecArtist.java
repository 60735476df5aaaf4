package dev.spotrec.datasets;

import java.util.List;

/**
 * One HetRec Last.fm artist from {@code artists.dat}, with its most used tags.
 *
 * @param id HetRec artist id
 * @param name name
 * @param url Last.fm page
 * @param pictureUrl picture; may be empty
 * @param tags up to three tags, most assigned first (from {@code user_taggedartists.dat})
 */
public record HetRecArtist(int id, String name, String url, String pictureUrl, List<String> tags) {
  /** Validates and copies the arguments. */
  public HetRecArtist {
    Require.range("hetrec artist id", id, 0, Integer.MAX_VALUE);
    Require.text("hetrec artist name", name);
    tags = Require.strings("hetrec artist tags", tags);
  }
}
