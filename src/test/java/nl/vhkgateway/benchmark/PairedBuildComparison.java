package nl.vhkgateway.benchmark;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.*;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two builds compared in one JVM, for a shared machine where separate runs meet different loads: the build in
 * directory A (say main's {@code target}) and in directory B (a branch's), each with its {@code classes} and
 * {@code test-classes}, in two class loaders over the same dependencies; slices of the benchmark's cards screened by A,
 * by B and extracted by bare POI on two threads, alternating (A B E, then E B A), and per slice the process CPU time
 * and the heap bytes allocated per card. Prints the medians and the paired median ratio B/A with its quartiles (its
 * spread says how much the load blurred the comparison). Not a test. Arguments: {@code dirA dirB classpathFile
 * [triples, default 24] [slice ms, default 1500]}; the class path file as written by
 * {@code mvn dependency:build-classpath -Dmdep.includeScope=test}. Run it with the JDK alone on the class path
 * ({@code java -cp target/test-classes nl.vhkgateway.benchmark.PairedBuildComparison ...}).
 */
public final class PairedBuildComparison {
    interface Bench { Object run(byte[] c) throws Exception; }
    static com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    static com.sun.management.ThreadMXBean tb = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static ClassLoader loader(String dir, String cp) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(new File(dir + "/classes/").toURI().toURL());
        urls.add(new File(dir + "/test-classes/").toURI().toURL());
        for (String p : cp.split(":")) urls.add(new File(p).toURI().toURL());
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    static Object service(ClassLoader l) throws Exception {
        Class<?> s = l.loadClass("nl.vhkgateway.infrastructure.config.ScreeningServices");
        return s.getMethod("cardScreening").invoke(null);
    }

    static double[] slice(Bench b, List<byte[]> cards, long millis) throws Exception {
        AtomicLong done = new AtomicLong();
        long a0 = tb.getTotalThreadAllocatedBytes(), c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        long end = t0 + millis * 1_000_000L;
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int off = t * 97;
            Thread th = new Thread(() -> {
                int n = off;
                try { while (System.nanoTime() < end) { b.run(cards.get(n++ % cards.size())); done.incrementAndGet(); } }
                catch (Exception e) { throw new RuntimeException(e); }
            });
            ts.add(th); th.start();
        }
        for (Thread th : ts) th.join();
        double cards_ = done.get();
        return new double[] {(os.getProcessCpuTime() - c0) / 1e6 / cards_, (tb.getTotalThreadAllocatedBytes() - a0) / 1e6 / cards_, cards_};
    }

    static double median(List<Double> v) { List<Double> s = new ArrayList<>(v); Collections.sort(s); int n = s.size(); return n % 2 == 1 ? s.get(n/2) : (s.get(n/2-1)+s.get(n/2))/2; }

    public static void main(String[] args) throws Exception {
        String cp = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[2]))).trim();
        ClassLoader la = loader(args[0], cp), lb = loader(args[1], cp);
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        long ms = args.length > 4 ? Long.parseLong(args[4]) : 1500;
        Class<?> gen = la.loadClass("nl.vhkgateway.testsupport.corpus.CorpusGenerator");
        Object g = gen.getConstructor(long.class).newInstance(2026L);
        Method clean = gen.getMethod("cleanCard", int.class);
        List<byte[]> cards = new ArrayList<>();
        for (int i = 0; i < 200; i++) { Object item = clean.invoke(g, i); cards.add((byte[]) item.getClass().getMethod("content").invoke(item)); }
        Object sa = service(la), sb = service(lb);
        Method screenA = sa.getClass().getMethod("screen", String.class, byte[].class);
        Method screenB = sb.getClass().getMethod("screen", String.class, byte[].class);
        Class<?> bm = la.loadClass("nl.vhkgateway.benchmark.ScreeningBenchmark");
        Method ex = bm.getDeclaredMethod("extract", byte[].class); ex.setAccessible(true);
        Bench A = c -> screenA.invoke(sa, "kaart.docx", c), B = c -> screenB.invoke(sb, "kaart.docx", c), E = c -> ex.invoke(null, (Object) c);
        long warm = System.nanoTime() + 25_000_000_000L;
        while (System.nanoTime() < warm) { slice(A, cards, 1000); slice(B, cards, 1000); slice(E, cards, 1000); }
        List<Double> ca = new ArrayList<>(), cb = new ArrayList<>(), ce = new ArrayList<>(), rba = new ArrayList<>(), rae = new ArrayList<>(), rbe = new ArrayList<>(), ma = new ArrayList<>(), mb = new ArrayList<>(), me = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            double[] a, b, e;
            if (p % 2 == 0) { a = slice(A, cards, ms); b = slice(B, cards, ms); e = slice(E, cards, ms); }
            else { e = slice(E, cards, ms); b = slice(B, cards, ms); a = slice(A, cards, ms); }
            ca.add(a[0]); cb.add(b[0]); ce.add(e[0]); ma.add(a[1]); mb.add(b[1]); me.add(e[1]);
            rba.add(b[0] / a[0]); rae.add(a[0] / e[0]); rbe.add(b[0] / e[0]);
        }
        System.out.printf("load (/proc/loadavg) %s%n", new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
        System.out.printf("CPU ms/card median: main %.2f  branch %.2f  extraction %.2f%n", median(ca), median(cb), median(ce));
        System.out.printf("MB/card median: main %.3f  branch %.3f  extraction %.3f%n", median(ma), median(mb), median(me));
        System.out.printf("paired medians: branch/main %.3f   main/extraction %.3f   branch/extraction %.3f%n", median(rba), median(rae), median(rbe));
        List<Double> s = new ArrayList<>(rba); Collections.sort(s);
        System.out.printf("branch/main quartiles: %.3f %.3f %.3f%n", s.get(s.size()/4), median(rba), s.get(3*s.size()/4));
        System.exit(0);
    }
}
