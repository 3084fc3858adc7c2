package org.mandate.delivery.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Unit and person names for the delivery pages ({@code @deliveryNames} in templates), in the page's language. */
@Component("deliveryNames")
class UnitNames {

    private static final String KNOWN = UnitNames.class.getName() + ".known";

    private final Organization organization;

    UnitNames(Organization organization) {
        this.organization = organization;
    }

    /** The unit's name in the current language, or the code when the unit is unknown. */
    public String unit(String code) {
        if (code == null) {
            return "";
        }
        Map<String, Optional<OrgUnitView>> known = known();
        Optional<OrgUnitView> unit = known.get(code);
        if (unit == null) {
            unit = organization.findUnit(code);
            known.put(code, unit);
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return unit.map(u -> english && u.nameEn() != null ? u.nameEn() : u.nameVi()).orElse(code);
    }

    /**
     * Reads the units of a page's rows in one query, for the {@link #unit} calls of the same request
     * (a list of 50 tasks asked for its lead units one by one).
     */
    void load(Collection<String> codes) {
        Map<String, Optional<OrgUnitView>> known = known();
        List<String> missing = codes.stream().filter(c -> c != null && !known.containsKey(c)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        for (String code : missing) {
            known.put(code, Optional.empty());
        }
        for (OrgUnitView u : organization.findUnits(missing)) {
            known.put(u.code(), Optional.of(u));
        }
    }

    /** The units looked up during the current request (none outside a request). */
    @SuppressWarnings("unchecked")
    private static Map<String, Optional<OrgUnitView>> known() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object known = request.getAttribute(KNOWN, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = new HashMap<String, Optional<OrgUnitView>>();
            request.setAttribute(KNOWN, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Optional<OrgUnitView>>) known;
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
