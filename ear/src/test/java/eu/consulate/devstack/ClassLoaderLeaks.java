package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import shark.CloseableHeapGraph;
import shark.FilteringLeakingObjectFinder;
import shark.HeapAnalysis;
import shark.HeapAnalysisSuccess;
import shark.HeapAnalyzer;
import shark.HeapField;
import shark.HeapObject;
import shark.HprofHeapGraph;
import shark.HprofIndex;
import shark.IgnoredReferenceMatcher;
import shark.MetadataExtractor;
import shark.OnAnalysisProgressListener;
import shark.ReferencePattern;

/**
 * Finds undeployed applications that are still <em>strongly</em> reachable in a running Payara:
 * a heap dump (jcmd) read with Square's Shark, which gives the shortest path from a GC root to
 * every EAR library class loader that Payara has already closed ({@code doneCalled}). Weak and
 * soft references do not count: the collector clears them (soft ones under memory pressure).
 */
public final class ClassLoaderLeaks {

    private static final String LOADER = "org.glassfish.javaee.full.deployment.EarLibClassLoader";
    private static final String AS_URL_LOADER = "com.sun.enterprise.loader.ASURLClassLoader";

    private ClassLoaderLeaks() {
    }

    /** The leak traces (empty when nothing of an undeployed application is held). */
    public static List<String> in(long pid, Path workDir) throws IOException {
        Path dump = workDir.resolve("heap-" + pid + ".hprof");
        Files.deleteIfExists(dump);
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Processes.run(List.of(jcmd, Long.toString(pid), "GC.heap_dump", dump.toString()), workDir, Map.of(),
                Duration.ofMinutes(2));
        try {
            return analyse(dump);
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    static List<String> analyse(Path dump) throws IOException {
        FilteringLeakingObjectFinder.LeakingObjectFilter closedLoader = object -> {
            if (!(object instanceof HeapObject.HeapInstance instance) || !instance.instanceOf(LOADER)) {
                return false;
            }
            HeapField done = instance.get(AS_URL_LOADER, "doneCalled");
            return done != null && Boolean.TRUE.equals(done.getValue().getAsBoolean());
        };
        List<shark.ReferenceMatcher> weakAndSoft = List.of(
                new IgnoredReferenceMatcher(new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent")));
        try (CloseableHeapGraph graph = HprofHeapGraph.Companion.openHeapGraph(dump.toFile(), null,
                HprofIndex.Companion.defaultIndexedGcRootTags())) {
            HeapAnalysis analysis = new HeapAnalyzer(OnAnalysisProgressListener.Companion.getNO_OP()).analyze(
                    dump.toFile(), graph, new FilteringLeakingObjectFinder(List.of(closedLoader)), weakAndSoft, false,
                    List.of(), MetadataExtractor.Companion.getNO_OP());
            if (!(analysis instanceof HeapAnalysisSuccess success)) {
                throw new IOException("The heap dump could not be analysed: " + analysis);
            }
            return success.getApplicationLeaks().stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The heap dump could not be read: " + e.getMessage(), e);
        }
    }
}
