package org.mandate.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.mandate.indicator.store.Indicators;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An indicator's value for a year across a unit's sub-units, or across the nation's top-level units,
 * with the total: the actuals of {@link Actuals} (own values, else the top-most reported parts of
 * the lineage combined by the indicator's aggregation). The nation's total is the combination over
 * all the top-level units' lineages taken together, so an AVERAGE is the mean of the reporting units,
 * not of the provinces' means. Needs INDICATOR_READ for the unit, or for every top-level unit.
 */
@Service
@Transactional(readOnly = true)
public class RollUps {

    private final Indicators indicators;
    private final Actuals actuals;
    private final Organization organization;
    private final AccessPolicy access;

    RollUps(Indicators indicators, Actuals actuals, Organization organization, AccessPolicy access) {
        this.indicators = indicators;
        this.actuals = actuals;
        this.organization = organization;
        this.access = access;
    }

    /** The roll-up of the year under the unit, or the national one for a null unit, as the tree stood on the date. */
    public RollUp of(String indicatorCode, String unitCode, int year, LocalDate asOf) {
        if (unitCode != null) {
            access.require(Permission.INDICATOR_READ, unitCode);
        }
        Indicator indicator = indicators.byCode(indicatorCode)
                .orElseThrow(() -> DomainException.notFound("indicator.notFound", indicatorCode));
        List<OrgUnitView> children = organization.childrenAsOf(unitCode, asOf);
        if (unitCode == null) {
            children.forEach(c -> access.require(Permission.INDICATOR_READ, c.code()));
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<RollUp.Part> parts = new ArrayList<>();
        for (OrgUnitView c : children) {
            Annual a = actuals.series(indicator, c.code(), year, year).annual().get(year);
            parts.add(new RollUp.Part(c.code(), english && c.nameEn() != null ? c.nameEn() : c.nameVi(),
                    a == null ? null : indicator.atPrecision(a.value()), a == null ? null : a.source().name(),
                    a != null && a.isEstimate()));
        }
        Actuals.Series total = unitCode != null ? actuals.series(indicator, unitCode, year, year)
                : actuals.combined(indicator, children.stream().map(OrgUnitView::code).toList(), year, year);
        Annual a = total.annual().get(year);
        return new RollUp(indicator.code(), unitCode, year, asOf, indicator.aggregation(),
                a == null ? null : indicator.atPrecision(a.value()), a == null ? null : a.source().name(),
                a != null && a.isEstimate(), parts);
    }
}
