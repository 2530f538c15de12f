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

    @Column(length = 4000)
    private String description;

    @Column(name = "data_type", length = 200)
    private String dataType;

    @Column(name = "size_text", length = 200)
    private String size;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dataset_keyword", joinColumns = @JoinColumn(name = "dataset_id"))
    @Column(name = "keyword", length = 100)
    private Set<String> keywords = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dataset_country", joinColumns = @JoinColumn(name = "dataset_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new HashSet<>();

    @Column(name = "described_by", length = 255)
    private String describedBy;

    @Column(name = "described_at")
    private Long describedAt;

    @Column(name = "retired_at")
    private Long retiredAt;

    /** The version of its committee's terms applicants accept; null: the committee's current version. */
    @Column(name = "terms_version_id", length = 36)
    private String termsVersionId;

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

    /** What the catalogue shows besides the title: checked by the caller. */
    public record Description(String title, String description, List<String> keywords, List<String> countries,
            String dataType, String size) {
    }

    /** Describes the dataset anew for the catalogue, recording who did and when. */
    public void describe(Description d, String bySubject, Instant at) {
        title = Objects.requireNonNull(d.title(), "title");
        description = d.description();
        keywords.clear();
        keywords.addAll(d.keywords());
        countries.clear();
        countries.addAll(d.countries());
        dataType = d.dataType();
        size = d.size();
        describedBy = Objects.requireNonNull(bySubject, "bySubject");
        describedAt = at.toEpochMilli();
    }

    /** Takes the dataset out of the catalogue: nobody can request it any more; permits for it stay. */
    public void retire(String bySubject, Instant at) {
        if (retiredAt == null) {
            retiredAt = at.toEpochMilli();
            describedBy = Objects.requireNonNull(bySubject, "bySubject");
            describedAt = at.toEpochMilli();
        }
    }

    /** Names the version of its committee's terms applicants must accept; null: the committee's current one. */
    public void nameTerms(TermsVersion version, String bySubject, Instant at) {
        if (version != null && !version.dacId().equals(dac.id())) {
            throw new IllegalArgumentException("Terms of another committee");
        }
        termsVersionId = version == null ? null : version.id();
        describedBy = Objects.requireNonNull(bySubject, "bySubject");
        describedAt = at.toEpochMilli();
    }

    /** The version it names itself; empty when its applicants accept the committee's current terms. */
    public Optional<String> namedTermsVersionId() {
        return Optional.ofNullable(termsVersionId);
    }

    /** The version of the terms its applicants accept: its own, else the committee's current; empty: none. */
    public Optional<String> termsVersionId() {
        return termsVersionId != null ? Optional.of(termsVersionId) : dac.termsVersionId();
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt).map(Instant::ofEpochMilli);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public List<String> keywords() {
        return keywords.stream().sorted().toList();
    }

    /** ISO 3166-1 alpha-2 codes of the countries the data come from. */
    public List<String> countries() {
        return countries.stream().sorted().toList();
    }

    public Optional<String> dataType() {
        return Optional.ofNullable(dataType);
    }

    public Optional<String> size() {
        return Optional.ofNullable(size);
    }

    public Optional<String> describedBy() {
        return Optional.ofNullable(describedBy);
    }

    public Optional<Instant> describedAt() {
        return Optional.ofNullable(describedAt).map(Instant::ofEpochMilli);
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
