package bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.example.synthetic.Service000Code;
import org.example.synthetic.Service000Exception;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lookup by code (symbol and message), and an exception's message formatted with two arguments,
 * in the generated Java classes, as the Rust bench measures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupBench {
    private final int[] probes = new int[1024];
    private int next;
    private int[] withParams;
    private int nextFormat;
    private static final Map<String, Object> ARGUMENTS = Map.of("name", "disk-7", "count", 3L);

    @Setup
    public void setup() {
        List<Service000Code> all = Service000Code.values();
        long state = 0x2545f491L;
        for (int i = 0; i < probes.length; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            probes[i] = i % 16 == 0 ? -7 : all.get((int) Long.remainderUnsigned(state, all.size())).code();
        }
        withParams = all.stream().filter(c -> !c.params().isEmpty()).mapToInt(Service000Code::code).toArray();
    }

    @Benchmark
    public String format() {
        int code = withParams[nextFormat++ % withParams.length];
        return new Service000Exception(code, ARGUMENTS, null).message("zh");
    }

    @Benchmark
    public void symbolAndMessage(Blackhole sink) {
        Optional<Service000Code> found = Service000Code.fromCode(probes[next++ & 1023]);
        if (found.isPresent()) {
            sink.consume(found.get().symbol());
            sink.consume(found.get().message("zh"));
        }
    }
}
