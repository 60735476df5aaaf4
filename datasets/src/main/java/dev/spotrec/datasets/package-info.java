/**
 * Music worlds for spotrec: domain records, a seeded synthetic generator, and dataset readers.
 *
 * <ul>
 *   <li>Values: {@link dev.spotrec.datasets.Artist}, {@link dev.spotrec.datasets.Album}, {@link
 *       dev.spotrec.datasets.Track} (with {@link dev.spotrec.datasets.AudioFeatures}), {@link
 *       dev.spotrec.datasets.User}, {@link dev.spotrec.datasets.Playlist} (with {@link
 *       dev.spotrec.datasets.PlaylistItem}), follows and {@link dev.spotrec.datasets.TopItems}.
 *   <li>Worlds: {@link dev.spotrec.datasets.WorldSpec#parse} a spec, then {@link
 *       dev.spotrec.datasets.Worlds#load} an immutable {@link dev.spotrec.datasets.World}, or
 *       {@link dev.spotrec.datasets.Worlds#stream} it into a {@link
 *       dev.spotrec.datasets.WorldSink} when it is too large for memory.
 *   <li>Formats: {@link dev.spotrec.datasets.MpdWriter} and {@link dev.spotrec.datasets.MpdReader}
 *       (Million Playlist Dataset JSON), {@link dev.spotrec.datasets.HetRecLastFm}, {@link
 *       dev.spotrec.datasets.SpotifyPlaylistCsv}; bad input raises {@link
 *       dev.spotrec.datasets.DatasetFormatException}.
 *   <li>{@link dev.spotrec.datasets.SongVersions} recognises versions of one song.
 * </ul>
 */
package dev.spotrec.datasets;
