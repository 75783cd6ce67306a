package org.momentum4j.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.momentum4j.compare.Comparison;
import org.momentum4j.compare.ComparisonResult;
import org.momentum4j.compare.EpochPoint;
import org.momentum4j.compare.RunResult;
import org.momentum4j.compare.SettingSummary;
import org.momentum4j.data.Dataset;

/**
 * {@code m4j compare --json}: the comparison's set-up, then per setting its summary over seeds and every run
 * with its learning curve (as columns: one array per figure, index = epoch, 0 being the start).
 */
public final class CompareJson {
    private CompareJson() {
    }

    public static ObjectNode of(ComparisonResult result, ReportInfo info) {
        Comparison c = result.comparison();
        ObjectNode root = Json.object();
        root.put("command", "compare");
        root.put("version", info.version());
        root.set("training", data(c.train()));
        if (c.validation() == null) {
            root.putNull("validation");
        } else {
            root.set("validation", data(c.validation()));
        }
        root.put("network", c.architecture().toString());
        root.put("init", c.init().toString());
        root.put("epochs", c.epochs());
        root.put("batchSize", c.batchSize());
        ArrayNode seeds = root.putArray("seeds");
        c.seeds().forEach(seeds::add);
        Json.number(root, "targetLoss", c.targetLoss());
        root.put("divergenceFactor", c.divergenceFactor());
        ArrayNode settings = root.putArray("settings");
        for (SettingSummary s : result.summaries()) {
            settings.add(setting(s));
        }
        return root;
    }

    private static ObjectNode data(Dataset d) {
        ObjectNode node = Json.object();
        node.put("name", d.name());
        node.put("rows", d.rows());
        node.put("sha256", DatasetChecksum.sha256(d));
        return node;
    }

    private static ObjectNode setting(SettingSummary s) {
        ObjectNode node = Json.object();
        node.put("setting", s.label());
        node.put("runs", s.runs().size());
        node.put("diverged", s.divergedCount());
        node.put("reachedTarget", s.reachedCount());
        node.set("epochsToTarget", Json.meanStd(s.epochsToTarget()));
        node.set("itemsToTarget", Json.meanStd(s.itemsToTarget()));
        node.set("bestTrainingLoss", Json.meanStd(s.bestTrainingLoss()));
        node.set("finalTrainingLoss", Json.meanStd(s.finalTrainingLoss()));
        node.set("bestValidationLoss", Json.meanStd(s.bestValidationLoss()));
        node.set("finalValidationLoss", Json.meanStd(s.finalValidationLoss()));
        node.set("finalTrainingAccuracy", Json.meanStd(s.finalTrainingAccuracy()));
        node.set("finalValidationAccuracy", Json.meanStd(s.finalValidationAccuracy()));
        node.set("wallSeconds", Json.meanStd(s.wallSeconds()));
        ArrayNode runs = node.putArray("seedRuns");
        for (RunResult r : s.runs()) {
            runs.add(run(r));
        }
        return node;
    }

    private static ObjectNode run(RunResult r) {
        ObjectNode node = Json.object();
        node.put("seed", r.seed());
        node.put("diverged", r.diverged());
        optionalCount(node, "divergedAtEpoch", r.divergedAt());
        optionalCount(node, "epochsToTarget", r.epochsToTarget());
        optionalCount(node, "itemsToTarget", r.itemsToTarget());
        Json.number(node, "bestTrainingLoss", r.bestTrainingLoss());
        Json.number(node, "finalTrainingLoss", r.finalTrainingLoss());
        Json.number(node, "bestValidationLoss", r.bestValidationLoss());
        Json.number(node, "finalValidationLoss", r.finalValidationLoss());
        Json.number(node, "finalTrainingAccuracy", r.finalTrainingAccuracy());
        Json.number(node, "finalValidationAccuracy", r.finalValidationAccuracy());
        node.put("wallSeconds", r.wallTime().toNanos() / 1e9);
        ObjectNode curve = node.putObject("curve");
        List<EpochPoint> points = r.curve();
        curve.set("trainingLoss", column(points, EpochPoint::trainingLoss));
        curve.set("trainingAccuracy", column(points, EpochPoint::trainingAccuracy));
        curve.set("validationLoss", column(points, EpochPoint::validationLoss));
        curve.set("validationAccuracy", column(points, EpochPoint::validationAccuracy));
        return node;
    }

    /** A count that may be absent (-1 in core): null then. */
    private static void optionalCount(ObjectNode node, String name, long value) {
        if (value < 0) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static ArrayNode column(List<EpochPoint> points, ToDoubleFunction<EpochPoint> figure) {
        return Json.numbers(points.stream().mapToDouble(figure).toArray());
    }
}
