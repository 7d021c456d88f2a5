import org.example.synthetic.Service000Code;

/**
 * Lookup by code (symbol and message) in the generated Java package for the synthetic catalog,
 * with a warm-up and System.nanoTime, the way JMH would time it without its harness. Prints the
 * median ns per lookup.
 */
public final class Lookup {
    private Lookup() {}

    private static int[] probes() {
        Service000Code[] all = Service000Code.values();
        int[] probes = new int[1024];
        long state = 0x2545f491L;
        for (int i = 0; i < probes.length; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            probes[i] = i % 16 == 0 ? -7 : all[(int) Long.remainderUnsigned(state, all.length)].code();
        }
        return probes;
    }

    private static double run(int[] probes, int n) {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int code = probes[i & 1023];
            sink += Service000Code.symbolOf(code).map(String::length).orElse(0);
            sink += Service000Code.messageOf(code, "zh").map(String::length).orElse(0);
        }
        double ns = (double) (System.nanoTime() - start) / n;
        if (sink == 0) {
            throw new IllegalStateException("nothing looked up");
        }
        return ns;
    }

    public static void main(String[] args) {
        int[] probes = probes();
        for (int i = 0; i < 5; i++) {
            run(probes, 2_000_000);
        }
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            times[i] = run(probes, 2_000_000);
        }
        java.util.Arrays.sort(times);
        System.out.printf("%.1f%n", times[3]);
    }
}
