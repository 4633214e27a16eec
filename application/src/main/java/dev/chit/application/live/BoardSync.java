package dev.chit.application.live;

import java.util.List;

/**
 * What brings a (re)connecting client up to date: the frames to send first, and the
 * {@code seq} they bring it to; live events at or below that are dropped, later ones follow.
 */
public sealed interface BoardSync {

    long seq();

    List<String> frames();

    /** Every event after the client's {@code afterSeq}, in order (possibly none). */
    record Replay(long seq, List<String> frames) implements BoardSync {
        public Replay {
            frames = List.copyOf(frames);
        }
    }

    /** The board as of {@code seq}: for a new client, or one whose {@code afterSeq} is too old to replay. */
    record Snapshot(long seq, String frame) implements BoardSync {
        @Override
        public List<String> frames() {
            return List.of(frame);
        }
    }
}
