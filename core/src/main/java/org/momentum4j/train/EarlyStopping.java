package org.momentum4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Early stopping on the validation loss, as Keras's {@code EarlyStopping(monitor="val_loss")}: after each
 * epoch, the loss counts as an improvement when {@code loss < best - minDelta}; training stops once
 * {@code patience} epochs in a row brought none. With {@code restoreBest}, the weights of the best epoch are
 * put back when training ends (whether it stopped early or ran all its epochs), so the network is the one
 * that did best on the validation data.
 *
 * <p>Text form, read by {@link #parse} and written by {@link #toString()}:
 * {@code patience=10,min-delta=1e-4,restore-best=true}; left-out settings take the defaults (patience 10,
 * min-delta 0, restore-best true), so the empty text is valid.
 *
 * @param patience    epochs without improvement before stopping, &gt;= 1
 * @param minDelta    smallest decrease that counts as an improvement, finite and &gt;= 0
 * @param restoreBest put the best epoch's weights back at the end
 */
public record EarlyStopping(int patience, double minDelta, boolean restoreBest) {
    public static final int DEFAULT_PATIENCE = 10;

    public EarlyStopping {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1 epoch, got " + patience);
        }
        if (!(minDelta >= 0) || !Double.isFinite(minDelta)) {
            throw new IllegalArgumentException("min-delta must be finite and >= 0, got " + minDelta);
        }
    }

    /** Patience {@code patience}, no min-delta, best weights restored. */
    public EarlyStopping(int patience) {
        this(patience, 0.0, true);
    }

    /** The state after an epoch (1-based {@code epoch}) whose validation loss was {@code loss}. */
    public EarlyStoppingState observe(EarlyStoppingState state, int epoch, double loss) {
        if (loss < state.bestLoss() - minDelta) {
            return new EarlyStoppingState(loss, epoch, 0);
        }
        return new EarlyStoppingState(state.bestLoss(), state.bestEpoch(), state.badEpochs() + 1);
    }

    /** Whether training should stop in {@code state}. */
    public boolean shouldStop(EarlyStoppingState state) {
        return state.badEpochs() >= patience;
    }

    /** Reads {@code patience=10,min-delta=1e-4,restore-best=false}; each setting is optional. */
    public static EarlyStopping parse(String text) {
        int patience = DEFAULT_PATIENCE;
        double minDelta = 0;
        boolean restore = true;
        List<String> seen = new ArrayList<>();
        String body = text == null ? "" : text.trim();
        if (!body.isEmpty()) {
            for (String pair : body.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("in '" + body + "': expected key=value, got '" + pair.trim()
                            + "'");
                }
                String key = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = pair.substring(eq + 1).trim();
                if (seen.contains(key)) {
                    throw new IllegalArgumentException("in '" + body + "': setting '" + key + "' given twice");
                }
                seen.add(key);
                try {
                    switch (key) {
                        case "patience" -> patience = Integer.parseInt(value);
                        case "min-delta" -> minDelta = Double.parseDouble(value) + 0.0;
                        case "restore-best" -> restore = parseBoolean(value);
                        default -> throw new IllegalArgumentException("unknown setting '" + key
                                + "' (early stopping takes patience, min-delta, restore-best)");
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("in '" + body + "': " + key + " must be a "
                            + (key.equals("patience") ? "whole number" : "number") + ", got '" + value + "'");
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("in '" + body + "': " + e.getMessage(), e);
                }
            }
        }
        try {
            return new EarlyStopping(patience, minDelta, restore);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("in '" + body + "': " + e.getMessage(), e);
        }
    }

    private static boolean parseBoolean(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException("restore-best must be true or false, got '" + value + "'");
        }
    }

    /** The text form {@link #parse} reads back to an equal record, e.g. {@code patience=10,min-delta=1.0E-4}. */
    @Override
    public String toString() {
        return "patience=" + patience + (minDelta == 0 ? "" : ",min-delta=" + minDelta)
                + (restoreBest ? "" : ",restore-best=false");
    }
}
