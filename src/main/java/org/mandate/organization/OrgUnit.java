package org.mandate.organization;

import java.time.LocalDate;

import org.mandate.shared.TextFolding;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An org unit: a node of the effective-dated tree. Its code is unique and stable; it is valid from
 * {@code validFrom} to {@code validTo} inclusive (open-ended when null). A unit is never re-parented:
 * a reorganisation closes it and opens others, so its materialised path of ids ({@code /1/7/42/})
 * never changes and "this unit and everything under it" is a prefix match at any date.
 */
@Table("org_unit")
public class OrgUnit {

    @Id
    @Column("id")
    private Long id;
    @Column("code")
    private final String code;
    @Column("name_vi")
    private String nameVi;
    @Column("name_en")
    private String nameEn;
    @Column("name_folded")
    private String nameFolded;
    @Column("type")
    private OrgUnitType type;
    @Column("parent_id")
    private final Long parentId;
    @Column("path")
    private String path;
    @Column("depth")
    private int depth;
    @Column("province_id")
    private Long provinceId;
    @Column("valid_from")
    private LocalDate validFrom;
    @Column("valid_to")
    private LocalDate validTo;
    @Column("note")
    private String note;
    @Version
    @Column("version")
    private Integer version;

    @PersistenceCreator
    OrgUnit(Long id, String code, String nameVi, String nameEn, String nameFolded, OrgUnitType type, Long parentId,
            String path, int depth, Long provinceId, LocalDate validFrom, LocalDate validTo, String note,
            Integer version) {
        this.id = id;
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.nameFolded = nameFolded;
        this.type = type;
        this.parentId = parentId;
        this.path = path;
        this.depth = depth;
        this.provinceId = provinceId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.note = note;
        this.version = version;
    }

    /** A new unit under {@code parent} (null for a root); its path is set once it has an id. */
    static OrgUnit open(String code, String nameVi, String nameEn, OrgUnitType type, OrgUnit parent,
                        LocalDate validFrom, LocalDate validTo, String note) {
        OrgUnit unit = new OrgUnit(null, code, nameVi, nameEn, null, type, parent == null ? null : parent.id,
                "/", parent == null ? 0 : parent.depth + 1, parent == null ? null : parent.provinceId,
                validFrom, validTo, note, null);
        unit.refreshSearchKey();
        return unit;
    }

    /** Whether a unit with these dates is valid on {@code date}: from ≤ date and (no end or end ≥ date). */
    public static boolean validOn(LocalDate from, LocalDate to, LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }

    public boolean isValidOn(LocalDate date) {
        return validOn(validFrom, validTo, date);
    }

    /** Completes the materialised path once the database has given this unit its id. */
    void placeUnder(OrgUnit parent) {
        path = (parent == null ? "/" : parent.path) + id + "/";
        provinceId = parent == null ? id : parent.provinceId;
    }

    void rename(String nameVi, String nameEn, OrgUnitType type, String note) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.type = type;
        this.note = note;
        refreshSearchKey();
    }

    void redate(LocalDate validFrom, LocalDate validTo) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid_to before valid_from for " + code);
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Closes the unit at the end of {@code lastDay} (the day before a reorganisation takes effect). */
    void closeAfter(LocalDate lastDay) {
        redate(validFrom, lastDay);
    }

    private void refreshSearchKey() {
        nameFolded = TextFolding.fold(nameVi + " " + (nameEn == null ? "" : nameEn) + " " + code);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameFolded() {
        return nameFolded;
    }

    public OrgUnitType type() {
        return type;
    }

    public Long parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public int depth() {
        return depth;
    }

    public Long provinceId() {
        return provinceId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String note() {
        return note;
    }

    public Integer version() {
        return version;
    }
}
