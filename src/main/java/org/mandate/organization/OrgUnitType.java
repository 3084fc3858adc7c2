package org.mandate.organization;

/** What kind of body an org unit is. Decides nothing by itself; shown as a badge and used in filters. */
public enum OrgUnitType {
    /** A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương). */
    PROVINCE,
    /** A Party committee (tỉnh ủy, huyện ủy, đảng ủy). */
    PARTY_COMMITTEE,
    /** A commission or office of a Party committee (ban, văn phòng, ủy ban kiểm tra). */
    PARTY_BODY,
    /** A People's Council (hội đồng nhân dân). */
    PEOPLES_COUNCIL,
    /** A People's Committee (ủy ban nhân dân). */
    PEOPLES_COMMITTEE,
    /** A department or agency under a People's Committee (sở, ban, ngành). */
    DEPARTMENT,
    /** A district-level unit (huyện, thị xã, thành phố thuộc tỉnh), abolished on 2025-07-01. */
    DISTRICT,
    /** A commune or ward (xã, phường, thị trấn). */
    COMMUNE,
    /** A mass organisation (Mặt trận Tổ quốc, đoàn thể). */
    MASS_ORGANISATION,
    /** Anything else. */
    OTHER
}
