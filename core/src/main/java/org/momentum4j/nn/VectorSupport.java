package org.momentum4j.nn;

/**
 * Whether the optional SIMD fast path is in use: row kernels written with the JDK's incubating Vector API
 * ({@code jdk.incubator.vector}), which the JIT (C2, JDK 17 to 25) does not produce by itself for loops that
 * read a weight row at an offset and a delta row at offset 0.
 *
 * <p>The fast path is on when the JVM was started with {@code --add-modules jdk.incubator.vector}, unless the
 * system property {@value #PROPERTY} is {@code off}. Without the module the library loads and runs the same
 * API on plain loops; the classes that use the Vector API are then never loaded.
 *
 * <p>The fast path changes speed only, never results: its kernels do the same element-wise operations in the
 * same order (no fused multiply-add), and sums across a row stay in scalar code, so every bit is the same
 * as without it (tested).
 */
public final class VectorSupport {
    /** System property: {@code off} disables the fast path even when the module is present. */
    public static final String PROPERTY = "momentum4j.vector";

    /** The module the fast path needs. */
    public static final String MODULE = "jdk.incubator.vector";

    private static final boolean ENABLED = detect();
    private static final SimdKernels KERNELS = ENABLED ? load() : null;

    private VectorSupport() {
    }

    /** Whether the SIMD kernels are in use in this JVM (fixed when this class is first used). */
    public static boolean enabled() {
        return ENABLED;
    }

    /**
     * The SIMD kernels, or {@code null} when the fast path is off. A constant for the JIT, so callers' checks
     * and calls cost nothing once compiled.
     */
    public static SimdKernels kernels() {
        return KERNELS;
    }

    /** A short description for reports: "vector (jdk.incubator.vector, 512-bit)" or why it is off. */
    public static String describe() {
        if (ENABLED) {
            return "vector (" + MODULE + ", " + KERNELS.vectorBits() + "-bit)";
        }
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return "scalar (" + PROPERTY + "=off)";
        }
        return "scalar (start the JVM with --add-modules " + MODULE + " for SIMD kernels)";
    }

    private static SimdKernels load() {
        try {
            // By name, so that nothing links the Vector API classes unless the module is there.
            return (SimdKernels) Class.forName("org.momentum4j.nn.VectorKernels").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the " + MODULE + " module is present but the SIMD kernels failed to load", e);
        }
    }

    private static boolean detect() {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return false;
        }
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }
}
