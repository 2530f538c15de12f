package eu.consulate.domain.model.dac;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DataUseModifier;
import eu.consulate.domain.model.datause.DuoTerm;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A dataset in the catalogue. Its persistent {@code url} is what a visa grants access to
 * (the visa's {@code value}); the owning committee decides on requests for it.
 */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    private String id;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "dac_id")
    private Dac dac;

    /** The DUO permission's CURIE; null while the data use is not described. */
    @Column(name = "use_permission", length = 20)
    private String usePermission;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "dataset_use_disease", joinColumns = @JoinColumn(name = "dataset_id"))
    @Column(name = "disease_id", length = 64)
    private Set<String> useDiseases = new HashSet<>();

    /** Modifier CURIE to its parameter ('' when it takes none). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "dataset_use_modifier", joinColumns = @JoinColumn(name = "dataset_id"))
    @MapKeyColumn(name = "modifier", length = 20)
    @Column(name = "parameter", length = 100, nullable = false)
    private Map<String, String> useModifiers = new HashMap<>();

    @Column(name = "use_described_by", length = 255)
    private String useDescribedBy;

    @Column(name = "use_described_at")
    private Long useDescribedAt;

    protected Dataset() {
    }

    public Dataset(String url, String title, Dac dac) {
        this.id = UUID.randomUUID().toString();
        this.url = Objects.requireNonNull(url, "url");
        this.title = Objects.requireNonNull(title, "title");
        this.dac = Objects.requireNonNull(dac, "dac");
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public Dac dac() {
        return dac;
    }

    /** The dataset's data-use conditions; empty while nobody described them. */
    public Optional<DataUse> dataUse() {
        if (usePermission == null) {
            return Optional.empty();
        }
        DuoTerm permission = DuoTerm.named(usePermission)
                .orElseThrow(() -> new IllegalStateException("Dataset " + id + " has an unknown permission " + usePermission));
        List<DataUseModifier> modifiers = new ArrayList<>();
        for (DuoTerm term : DuoTerm.values()) {
            String parameter = useModifiers.get(term.id());
            if (parameter != null) {
                modifiers.add(new DataUseModifier(term, parameter));
            }
        }
        return Optional.of(new DataUse(permission, useDiseases.stream().sorted().toList(), modifiers));
    }

    /** Describes the dataset's data use anew, recording who did and when. */
    public void describeUse(DataUse use, String bySubject, Instant at) {
        usePermission = use.permission().id();
        useDiseases.clear();
        useDiseases.addAll(use.diseases());
        useModifiers.clear();
        use.modifiers().forEach(m -> useModifiers.put(m.term().id(), m.parameter()));
        useDescribedBy = Objects.requireNonNull(bySubject, "bySubject");
        useDescribedAt = at.toEpochMilli();
    }

    /** Who described the data use last (subject) and when; empty while nobody did. */
    public Optional<String> useDescribedBy() {
        return Optional.ofNullable(useDescribedBy);
    }

    public Optional<Instant> useDescribedAt() {
        return Optional.ofNullable(useDescribedAt).map(Instant::ofEpochMilli);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
