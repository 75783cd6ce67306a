package org.momentum4j.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.momentum4j.compare.MeanStd;

/**
 * The JSON that {@code --json} prints for scripts. Numbers are written in full precision; a figure that
 * does not exist (NaN: no validation data, a regression accuracy, a target not reached) or is not finite
 * (a diverged loss) is {@code null}, because JSON has no NaN or infinity.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts {@code x}, or null when it is NaN or infinite. */
    public static ObjectNode number(ObjectNode node, String name, double x) {
        if (Double.isFinite(x)) {
            node.put(name, x);
        } else {
            node.putNull(name);
        }
        return node;
    }

    /** An array of numbers, non-finite ones as null. */
    public static ArrayNode numbers(double[] xs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (double x : xs) {
            if (Double.isFinite(x)) {
                array.add(x);
            } else {
                array.addNull();
            }
        }
        return array;
    }

    /** {@code {"mean": m, "std": s, "count": n}}, mean and std null where they do not exist. */
    public static ObjectNode meanStd(MeanStd m) {
        ObjectNode node = object();
        number(node, "mean", m.mean());
        number(node, "std", m.std());
        node.put("count", m.count());
        return node;
    }

    /** The node as indented text, ending in a newline. */
    public static String text(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
