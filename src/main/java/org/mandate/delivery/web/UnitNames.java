package org.mandate.delivery.web;

import java.util.List;

import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Unit and person names for the delivery pages ({@code @deliveryNames} in templates), in the page's language. */
@Component("deliveryNames")
class UnitNames {

    private final Organization organization;

    UnitNames(Organization organization) {
        this.organization = organization;
    }

    /** The unit's name in the current language, or the code when the unit is unknown. */
    public String unit(String code) {
        if (code == null) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return organization.findUnit(code).map(u -> english && u.nameEn() != null ? u.nameEn() : u.nameVi())
                .orElse(code);
    }

    public String units(List<String> codes) {
        return String.join("; ", codes.stream().map(this::unit).toList());
    }

    /** The person's full name, or empty when there is none. */
    public String person(Long id) {
        if (id == null) {
            return "";
        }
        try {
            return organization.person(id).fullName();
        } catch (RuntimeException e) {
            return "#" + id;
        }
    }

    List<OrgUnitView> all() {
        return organization.allUnits();
    }
}
