package org.mandate.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.mandate.shared.TextFolding;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An official: a stable code used by imports (e.g. {@code CB0001}), a name, an optional date of birth,
 * and positions in units over time, several of which may be held at once.
 */
@Table("person")
public class Person {

    @Id
    @Column("id")
    private Long id;
    @Column("code")
    private final String code;
    @Column("full_name")
    private String fullName;
    @Column("full_name_folded")
    private String fullNameFolded;
    @Column("date_of_birth")
    private LocalDate dateOfBirth;
    @Column("province_id")
    private Long provinceId;
    @Version
    @Column("version")
    private Integer version;
    @MappedCollection(idColumn = "person_id")
    private Set<Position> positions;

    @PersistenceCreator
    Person(Long id, String code, String fullName, String fullNameFolded, LocalDate dateOfBirth, Long provinceId,
           Integer version, Set<Position> positions) {
        this.id = id;
        this.code = code;
        this.fullName = fullName;
        this.fullNameFolded = fullNameFolded;
        this.dateOfBirth = dateOfBirth;
        this.provinceId = provinceId;
        this.version = version;
        this.positions = positions == null ? new HashSet<>() : new HashSet<>(positions);
    }

    static Person register(String code, String fullName, LocalDate dateOfBirth) {
        return new Person(null, code, fullName, TextFolding.fold(fullName), dateOfBirth, null, null, Set.of());
    }

    void describe(String fullName, LocalDate dateOfBirth) {
        this.fullName = fullName;
        this.fullNameFolded = TextFolding.fold(fullName);
        this.dateOfBirth = dateOfBirth;
    }

    /** Replaces the person's positions (an import states all of a person's positions). */
    void holdPositions(Collection<Position> held) {
        positions = new HashSet<>(held);
        provinceId = held.stream().map(Position::provinceId).filter(p -> p != null).findFirst().orElse(provinceId);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Long provinceId() {
        return provinceId;
    }

    public Integer version() {
        return version;
    }

    public Set<Position> positions() {
        return Set.copyOf(positions);
    }
}
