package eu.consulate.application;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.datause.DiseaseOntology;
import eu.consulate.domain.model.datause.InvalidDataUse;
import eu.consulate.infrastructure.ontology.DiseaseStore;
import eu.consulate.infrastructure.ontology.OboDiseases;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The disease ontology that purposes and datasets name: kept in the database, held in memory for
 * matching. While no ontology was ever imported, the shipped demo subset of MONDO is (at the
 * first start). A DAC administrator replaces it by importing an OBO file (the full
 * {@code mondo.obo}); other servers pick an import up within {@link #RECHECK_MILLIS}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class Diseases {

    static final String SHIPPED = "ontology/mondo-demo.obo";
    static final long RECHECK_MILLIS = 30_000;
    /** The largest OBO file accepted (mondo.obo is about 50 MB). */
    public static final int MAX_FILE_BYTES = 200 * 1024 * 1024;

    @EJB
    DiseaseStore store;

    private volatile DiseaseOntology ontology = DiseaseOntology.empty();
    private volatile Instant loadedImport;
    private volatile long checkedAt;

    @PostConstruct
    void start() {
        if (store.latest().isEmpty()) {
            OboDiseases.Read shipped;
            try (Reader obo = new InputStreamReader(Objects.requireNonNull(
                    Diseases.class.getClassLoader().getResourceAsStream(SHIPPED), SHIPPED), StandardCharsets.UTF_8)) {
                shipped = OboDiseases.read(obo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store.replace(shipped.terms(), "shipped: " + SHIPPED, shipped.version(), Actor.SYSTEM, Instant.now());
        }
        reload();
    }

    /** The ontology as last imported (re-read when another server imported since the last look). */
    public DiseaseOntology ontology() {
        long now = System.currentTimeMillis();
        if (now - checkedAt > RECHECK_MILLIS) {
            checkedAt = now;
            Instant latest = store.latest().map(DiseaseStore.Import::importedAt).orElse(null);
            if (!Objects.equals(latest, loadedImport)) {
                reload();
            }
        }
        return ontology;
    }

    /**
     * Replaces the ontology by the diseases of an OBO file, all or nothing; a DAC administrator
     * only (the ontology serves every committee). A file that does not parse: 400, nothing changed.
     */
    @Lock(LockType.WRITE)
    public DiseaseStore.Import importObo(Actor admin, String source, Reader obo) {
        if (!admin.hasRole(Actor.DAC_ADMIN)) {
            throw ApplicationRuleViolation.forbidden("Only DAC administrators import disease ontologies.");
        }
        String name = source == null || source.isBlank() ? "upload" : source.strip();
        if (name.length() > 200) {
            throw new InvalidDataUse("The source name is longer than 200 characters.");
        }
        OboDiseases.Read read = OboDiseases.read(obo);
        store.replace(read.terms(), name, read.version(), admin.subject(), Instant.now());
        reload();
        return store.latest().orElseThrow();
    }

    /** The latest imports, newest first, for DAC administrators. */
    public List<DiseaseStore.Import> imports(Actor admin) {
        if (!admin.hasRole(Actor.DAC_ADMIN)) {
            throw ApplicationRuleViolation.forbidden("Only DAC administrators see the imports of disease ontologies.");
        }
        return store.imports(20);
    }

    /** Refuses identifiers the ontology does not know, naming them. */
    public void requireKnown(List<String> ids) {
        List<String> unknown = ontology().unknown(ids);
        if (!unknown.isEmpty()) {
            throw new InvalidDataUse("Unknown disease " + (unknown.size() == 1 ? "identifier" : "identifiers") + ": "
                    + String.join(", ", unknown) + " (not in the imported disease ontology).");
        }
    }

    private void reload() {
        loadedImport = store.latest().map(DiseaseStore.Import::importedAt).orElse(null);
        ontology = new DiseaseOntology(store.load());
        checkedAt = System.currentTimeMillis();
    }
}
