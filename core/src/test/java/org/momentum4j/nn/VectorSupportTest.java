package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The library loads and runs on a JVM started without the Vector API module (this test class runs in core's
 * default test execution, which has no --add-modules): the fast path is off and says how to turn it on.
 * Everything else in that execution (the whole suite) runs on the plain loops.
 */
class VectorSupportTest {
    @Test
    void withoutTheModuleThePlainLoopsRun() {
        assertFalse(ModuleLayer.boot().findModule(VectorSupport.MODULE).isPresent(),
                "this test class must run without --add-modules " + VectorSupport.MODULE);
        assertFalse(VectorSupport.enabled());
        assertNull(VectorSupport.kernels());
        assertTrue(VectorSupport.describe().contains("--add-modules jdk.incubator.vector"), VectorSupport.describe());
    }
}
