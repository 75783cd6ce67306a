package org.momentum4j.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directory of checkpoints of one training run: {@code checkpoint-000010.json} after epoch 10, and so on.
 * {@link #save} writes a new one atomically and then deletes all but the newest {@code keep}; {@link #newestValid}
 * finds the newest one that loads, skipping (and reporting) damaged ones, e.g. one being written when the
 * machine died, which the atomic rename should prevent, or one damaged later.
 */
public final class CheckpointDirectory {
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d{6,10})\\.json");

    private final Path dir;
    private final int keep;

    /**
     * @param dir  the directory (created on the first save)
     * @param keep how many checkpoints to keep, at least 1
     */
    public CheckpointDirectory(Path dir, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("checkpoints to keep must be at least 1, got " + keep);
        }
        this.dir = dir;
        this.keep = keep;
    }

    /** The file a checkpoint after {@code epochsDone} epochs goes to. */
    public Path fileFor(int epochsDone) {
        return dir.resolve(String.format("checkpoint-%06d.json", epochsDone));
    }

    /** Saves {@code checkpoint} atomically, then deletes all but the newest {@code keep}; returns its file. */
    public Path save(Checkpoint checkpoint) throws IOException {
        Files.createDirectories(dir);
        Path file = fileFor(checkpoint.state().epochsDone());
        checkpoint.save(file);
        List<Path> all = files();
        for (int i = keep; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i));
        }
        return file;
    }

    /** Checkpoint files, newest (most epochs) first; empty if the directory does not exist. */
    public List<Path> files() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (NAME.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
                    found.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        found.sort(Comparator.comparingLong(CheckpointDirectory::epochOf).reversed());
        return found;
    }

    private static long epochOf(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * A checkpoint found by {@link #newestValid}.
     *
     * @param checkpoint the newest checkpoint that loaded
     * @param file       where it was
     * @param skipped    newer files that did not load, each as the loader's one-line message
     */
    public record Found(Checkpoint checkpoint, Path file, List<String> skipped) {
        public Found {
            skipped = List.copyOf(skipped);
        }
    }

    /** The newest checkpoint that loads and passes every check; empty when there is none. */
    public Optional<Found> newestValid() throws IOException {
        List<String> skipped = new ArrayList<>();
        for (Path p : files()) {
            try {
                return Optional.of(new Found(Checkpoint.load(p), p, skipped));
            } catch (ModelFormatException e) {
                skipped.add(e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The directory. */
    public Path directory() {
        return dir;
    }
}
