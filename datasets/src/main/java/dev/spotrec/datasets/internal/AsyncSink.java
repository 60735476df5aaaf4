package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.ArtistFollow;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.UserFollow;
import dev.spotrec.datasets.WorldSink;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a downstream {@link WorldSink} on its own thread, so that generating a world and writing it
 * (JSON encoding, database appends) overlap on two cores. Entities travel in batches of {@value
 * #BATCH} through a bounded queue (back-pressure: the producer blocks when the writer lags), so
 * memory stays bounded and order is preserved. A downstream failure is rethrown to the producer at
 * its next call or at {@link #end()}.
 */
public final class AsyncSink implements WorldSink {
  private static final int BATCH = 512;
  private static final Object[] END = new Object[0];

  private final BlockingQueue<Object[]> queue;
  private final Thread worker;
  private final WorldSink downstream;
  private volatile Throwable failure;
  private Object[] batch = new Object[BATCH];
  private int size;
  private boolean ended;

  /** Starts the worker thread; {@code capacity} is the number of batches that may wait. */
  public AsyncSink(WorldSink downstream, int capacity) {
    this.downstream = downstream;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.worker = new Thread(this::drain, "world-sink-writer");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void artist(Artist v) {
    add(v);
  }

  @Override
  public void album(Album v) {
    add(v);
  }

  @Override
  public void track(Track v) {
    add(v);
  }

  @Override
  public void user(User v) {
    add(v);
  }

  @Override
  public void playlist(Playlist v) {
    add(v);
  }

  @Override
  public void topItems(TopItems v) {
    add(v);
  }

  @Override
  public void playlistFollow(PlaylistFollow v) {
    add(v);
  }

  @Override
  public void artistFollow(ArtistFollow v) {
    add(v);
  }

  @Override
  public void userFollow(UserFollow v) {
    add(v);
  }

  /** Flushes, waits for the downstream to finish (it gets its own end()), rethrows its failure. */
  @Override
  public void end() {
    if (ended) {
      return;
    }
    ended = true;
    flush();
    put(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the world writer", e);
    }
    rethrow();
  }

  private void add(Object v) {
    batch[size++] = v;
    if (size == BATCH) {
      flush();
    }
  }

  private void flush() {
    if (size > 0) {
      Object[] full = batch;
      if (size < BATCH) {
        full = Arrays.copyOf(batch, size);
      }
      put(full);
      batch = new Object[BATCH];
      size = 0;
    }
  }

  private void put(Object[] b) {
    rethrow();
    try {
      while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
        rethrow();
        if (!worker.isAlive()) {
          throw new IllegalStateException("the world writer thread stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing entities to the writer", e);
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  private void drain() {
    try {
      while (true) {
        Object[] b = queue.take();
        if (b == END) {
          downstream.end();
          return;
        }
        for (Object v : b) {
          dispatch(v);
        }
      }
    } catch (Throwable t) {
      failure = t;
      queue.clear();
    }
  }

  private void dispatch(Object v) {
    switch (v) {
      case Artist a -> downstream.artist(a);
      case Album a -> downstream.album(a);
      case Track t -> downstream.track(t);
      case User u -> downstream.user(u);
      case Playlist p -> downstream.playlist(p);
      case TopItems t -> downstream.topItems(t);
      case PlaylistFollow f -> downstream.playlistFollow(f);
      case ArtistFollow f -> downstream.artistFollow(f);
      case UserFollow f -> downstream.userFollow(f);
      default -> throw new IllegalStateException("unexpected entity " + v.getClass());
    }
  }
}
