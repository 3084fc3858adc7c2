package org.mandate.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A position a person holds in a unit from {@code validFrom} to {@code validTo} (inclusive, open
 * when null): title, whether it heads the unit, and the committees it sits on.
 */
@Table("person_position")
public record Position(@Column("unit_id") Long unitId, @Column("title") String title,
                       @Column("head_of_unit") boolean headOfUnit, @Column("committees") String committeeCodes,
                       @Column("valid_from") LocalDate validFrom, @Column("valid_to") LocalDate validTo,
                       @Column("province_id") Long provinceId) {

    static Position of(long unitId, String title, boolean headOfUnit, Set<Committee> committees,
                       LocalDate validFrom, LocalDate validTo, Long provinceId) {
        return new Position(unitId, title, headOfUnit, codes(committees), validFrom, validTo, provinceId);
    }

    public Set<Committee> committees() {
        return parse(committeeCodes);
    }

    public boolean isValidOn(LocalDate date) {
        return OrgUnit.validOn(validFrom, validTo, date);
    }

    static String codes(Set<Committee> committees) {
        return committees.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    public static Set<Committee> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return EnumSet.noneOf(Committee.class);
        }
        return Arrays.stream(codes.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Committee::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Committee.class)));
    }
}
