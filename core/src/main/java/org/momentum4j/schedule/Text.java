package org.momentum4j.schedule;

/** Writes numbers and settings in the text form {@link ScheduleParser} reads back exactly. */
final class Text {
    private Text() {
    }

    /** The shortest form that reads back to the same double: {@code 30}, {@code 0.1}, {@code 1e-4}. */
    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e7) {
            return Long.toString((long) x);
        }
        String s = Double.toString(x);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /** Appends {@code key=value} to a stage being written, with ':' before the first setting and ',' after. */
    static void setting(StringBuilder out, String key, String value) {
        out.append(out.indexOf(":") < 0 ? ':' : ',').append(key).append('=').append(value);
    }
}
