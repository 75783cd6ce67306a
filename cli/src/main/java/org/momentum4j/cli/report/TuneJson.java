package org.momentum4j.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.momentum4j.tune.Rung;
import org.momentum4j.tune.TrialResult;
import org.momentum4j.tune.TrialSettings;
import org.momentum4j.tune.TuneResult;
import org.momentum4j.tune.Tuning;

/**
 * {@code m4j tune --json}: the search's set-up, its rungs, every trial (index order, with its rank or null
 * when it diverged), the best trial and the {@code m4j train} command that trains with its settings.
 */
public final class TuneJson {
    private TuneJson() {
    }

    /** @param trainCommand the command line to print as {@code trainCommand}, or null when there is none */
    public static ObjectNode of(TuneResult result, ReportInfo info, String trainCommand) {
        Tuning t = result.tuning();
        ObjectNode root = Json.object();
        root.put("command", "tune");
        root.put("version", info.version());
        ObjectNode data = root.putObject("data");
        data.put("name", t.data().name());
        data.put("rows", t.data().rows());
        data.put("sha256", DatasetChecksum.sha256(t.data()));
        root.put("network", t.architecture().toString());
        root.put("init", t.init().toString());
        root.put("search", t.strategy().describe());
        root.put("selection", t.selection().describe());
        root.put("epochs", t.epochs());
        root.put("seed", t.seed());
        ArrayNode rungs = root.putArray("rungs");
        for (Rung r : result.rungs()) {
            rungs.addObject().put("index", r.index()).put("trials", r.trials()).put("epochs", r.epochs());
        }
        List<TrialResult> ranked = result.ranked();
        ArrayNode trials = root.putArray("trials");
        for (TrialResult trial : result.trials()) {
            trials.add(trial(trial, ranked));
        }
        if (result.best().isPresent()) {
            root.set("best", trial(result.best().get(), ranked));
        } else {
            root.putNull("best");
        }
        if (trainCommand == null) {
            root.putNull("trainCommand");
        } else {
            root.put("trainCommand", trainCommand);
        }
        return root;
    }

    private static ObjectNode trial(TrialResult t, List<TrialResult> ranked) {
        TrialSettings s = t.settings();
        ObjectNode node = Json.object();
        node.put("index", t.index());
        int rank = ranked.indexOf(t);
        if (rank < 0) {
            node.putNull("rank");
        } else {
            node.put("rank", rank + 1);
        }
        node.put("optimizer", s.spec().toString());
        node.put("rule", s.spec().kind().name());
        node.put("learningRate", s.learningRate());
        Json.number(node, "momentum", s.momentum());
        node.put("batchSize", s.batchSize());
        if (s.hiddenSize() == 0) {
            node.putNull("hiddenSize");
        } else {
            node.put("hiddenSize", s.hiddenSize());
        }
        node.put("seed", t.seed());
        node.put("rung", t.rung());
        node.put("epochs", t.epochs());
        Json.number(node, "validationLoss", t.diverged() ? Double.NaN : t.validationLoss());
        Json.number(node, "validationAccuracy", t.diverged() ? Double.NaN : t.validationAccuracy());
        Json.number(node, "trainingLoss", t.diverged() ? Double.NaN : t.trainingLoss());
        node.put("diverged", t.diverged());
        if (t.diverged()) {
            node.put("divergedAtEpoch", t.divergedAt());
        } else {
            node.putNull("divergedAtEpoch");
        }
        node.put("wallSeconds", t.wallTime().toNanos() / 1e9);
        return node;
    }
}
