package io.camelmessaging.bench;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * The CPU time and heap allocation of the whole JVM since it started: the process's CPU time
 * ({@link OperatingSystemMXBean#getProcessCpuTime()}, every thread of the process: the clients, Camel, the sandbox
 * and, under {@code exec:java}, Maven's idle threads and the JIT and GC threads) and the bytes allocated on the heap by
 * all threads, ended ones included ({@link ThreadMXBean#getTotalThreadAllocatedBytes()}, the sum of every thread's
 * TLAB and outside-TLAB allocations, which is what JMH's {@code -prof gc} reports as {@code gc.alloc.rate}).
 *
 * @param cpuNanos       the process's CPU time
 * @param allocatedBytes the bytes allocated by all threads
 */
record ResourceMeter(long cpuNanos, long allocatedBytes) {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The figures now. */
    static ResourceMeter now() {
        return new ResourceMeter(OS.getProcessCpuTime(), THREADS.getTotalThreadAllocatedBytes());
    }

    /** This and {@code other} added up. */
    ResourceMeter plus(ResourceMeter other) {
        return new ResourceMeter(cpuNanos + other.cpuNanos, allocatedBytes + other.allocatedBytes);
    }

    /** What was used from {@code start} to this. */
    ResourceMeter since(ResourceMeter start) {
        return new ResourceMeter(cpuNanos - start.cpuNanos, allocatedBytes - start.allocatedBytes);
    }
}
